package org.corporateparenting.tenancy.offboarding;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Set;

import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * How a council's tables are written as CSV in an export, and read back by a restore: RFC 4180 in UTF-8 with a
 * header row; SQL {@code NULL} is an empty unquoted field and an empty string a quoted one ({@code ""}), so the two
 * never meet; binary columns are lower-case hexadecimal (the event publication id {@code binary(16)} reads as a
 * UUID without its hyphens); every other value is the text MySQL gives for it, which it reads back unchanged.
 */
final class ExportCsv {

	/** Written into the manifest, so a reader of the export need not know this class. */
	static final String NULL_VALUE = "an empty unquoted field";

	static final String EMPTY_STRING = "a quoted empty field (\"\")";

	static final String BINARY_ENCODING = "hex";

	private static final Set<String> BINARY_TYPES = Set.of("binary", "varbinary", "tinyblob", "blob", "mediumblob",
			"longblob", "bit");

	private static final CsvMapper CSV = CsvMapper.builder()
		.enable(CsvReadFeature.WRAP_AS_ARRAY)
		.enable(CsvReadFeature.EMPTY_UNQUOTED_STRING_AS_NULL)
		.build();

	private static final HexFormat HEX = HexFormat.of();

	private ExportCsv() {
	}

	/** Whether a column of this MySQL data type ({@code information_schema.columns.data_type}) is written as hex. */
	static boolean isBinary(String dataType) {
		return BINARY_TYPES.contains(dataType.toLowerCase());
	}

	static String hex(byte[] value) {
		return HEX.formatHex(value);
	}

	static byte[] unhex(String value) {
		return HEX.parseHex(value);
	}

	/**
	 * Writes one row. Jackson's CSV writer leaves SQL NULLs out of a row altogether, so rows are written here; they
	 * are read back with Jackson.
	 */
	static void write(Writer out, String[] row) throws IOException {
		for (int i = 0; i < row.length; i++) {
			if (i > 0) {
				out.write(',');
			}
			String value = row[i];
			if (value != null && needsQuotes(value)) {
				out.write('"');
				out.write(value.replace("\"", "\"\""));
				out.write('"');
			}
			else if (value != null) {
				out.write(value);
			}
		}
		out.write("\r\n");
	}

	private static boolean needsQuotes(String value) {
		return value.isEmpty() || value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')
				|| Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1));
	}

	/** The rows of a CSV file, the header row first, with {@code null} for each SQL NULL. */
	static Iterator<String[]> rows(InputStream in) {
		return CSV.readerFor(String[].class).readValues(in);
	}
}
