package org.corporateparenting.tenancy.offboarding;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The one-off restore an operator runs with the platform's image:
 * {@code --restore-export=<zip> --restore-schema=<name> [--restore-shard=<server>]} restores an offboarded council's
 * export into a fresh schema, outside the registry, and the application then exits (see the main class).
 */
@Component
@Order(20)
class ExportRestoreRun implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ExportRestoreRun.class);

	private final CouncilExportRestore restore;

	private final String export;

	private final String schema;

	private final String shard;

	ExportRestoreRun(CouncilExportRestore restore, @Value("${restore-export:}") String export,
			@Value("${restore-schema:}") String schema, @Value("${restore-shard:default}") String shard) {
		this.restore = restore;
		this.export = export;
		this.schema = schema;
		this.shard = shard;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (export.isBlank()) {
			return;
		}
		if (schema.isBlank()) {
			throw new IllegalArgumentException("--restore-export needs --restore-schema=<a new schema's name>");
		}
		CouncilExportRestore.RestoredSchema restored = restore.restore(Path.of(export), shard, schema);
		log.info("Restored {} into {} on {}: {} rows in {} tables", restored.council(), restored.schema(),
				restored.shard(), restored.rows().values().stream().mapToLong(Long::longValue).sum(),
				restored.rows().size());
	}
}
