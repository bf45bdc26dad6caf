package org.corporateparenting.tenancy.offboarding;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The base tables of one schema and their columns, in the order MySQL declares them. */
record SchemaTables(List<TableShape> tables) {

	static SchemaTables of(Connection connection, String schema) throws SQLException {
		Map<String, List<ColumnShape>> tables = new LinkedHashMap<>();
		try (PreparedStatement query = connection.prepareStatement("select c.table_name, c.column_name,"
				+ " c.column_type, c.data_type from information_schema.columns c join information_schema.tables t"
				+ " on t.table_schema = c.table_schema and t.table_name = c.table_name"
				+ " where c.table_schema = ? and t.table_type = 'BASE TABLE'"
				+ " order by c.table_name, c.ordinal_position")) {
			query.setString(1, schema);
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					tables.computeIfAbsent(rs.getString(1), table -> new ArrayList<>())
						.add(new ColumnShape(rs.getString(2), rs.getString(3), rs.getString(4)));
				}
			}
		}
		return new SchemaTables(tables.entrySet()
			.stream()
			.map(table -> new TableShape(table.getKey(), List.copyOf(table.getValue())))
			.toList());
	}

	record TableShape(String name, List<ColumnShape> columns) {

		/** The table's name quoted for SQL. */
		String quoted() {
			return quote(name);
		}

		String columnList() {
			return String.join(", ", columns.stream().map(column -> quote(column.name())).toList());
		}
	}

	/**
	 * @param type the declared type, such as {@code varchar(200)}
	 * @param dataType the bare type, such as {@code varchar}
	 */
	record ColumnShape(String name, String type, String dataType) {

		boolean binary() {
			return ExportCsv.isBinary(dataType);
		}
	}

	static String quote(String identifier) {
		return "`" + identifier.replace("`", "``") + "`";
	}
}
