package org.corporateparenting.tenancy.offboarding;

import java.util.List;

/**
 * {@code manifest.json} in a council's export: whose data it is, where it lived, how far its schema was migrated,
 * how the CSV files are written, and what each table held.
 *
 * @param council the council's slug
 * @param partnerships the partnerships it belonged to when it was offboarded
 * @param schema the schema the tables were exported from
 * @param shard the database server that schema was on
 * @param exportedAt when the export was taken (ISO 8601, UTC)
 * @param changelog the Liquibase state of the schema
 * @param csv how the CSV files are written
 * @param tables every table of the schema, one CSV file each
 */
public record ExportManifest(int format, String council, String name, String onsCode, String region,
		List<String> partnerships, String schema, String shard, String exportedAt, String exportedBy,
		Changelog changelog, Csv csv, List<Table> tables) {

	/** The layout of this manifest and the files beside it; a restore refuses a format it does not know. */
	public static final int FORMAT = 1;

	/**
	 * @param path the council changelog on the platform's classpath
	 * @param version the changelog version the registry had recorded for the council
	 * @param changesets how many changesets had run in the schema ({@code databasechangelog} holds each)
	 * @param lastChangeset the last of them, as {@code file::id::author}
	 */
	public record Changelog(String path, String version, int changesets, String lastChangeset) {
	}

	public record Csv(String encoding, String nullValue, String emptyString, String binaryEncoding) {
	}

	/** @param file the CSV file in the export, {@code <table>.csv} */
	public record Table(String name, String file, long rows, List<Column> columns) {
	}

	/** @param type the column type as MySQL declares it, such as {@code binary(16)} or {@code datetime(6)} */
	public record Column(String name, String type) {
	}
}
