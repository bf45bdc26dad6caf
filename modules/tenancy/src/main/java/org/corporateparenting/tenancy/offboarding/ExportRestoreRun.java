package org.corporateparenting.tenancy.offboarding;

import java.nio.file.Path;

import org.corporateparenting.tenancy.database.DatabaseShards;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

	ExportRestoreRun(CouncilExportRestore restore) {
		this.restore = restore;
	}

	@Override
	public void run(ApplicationArguments args) {
		String export = option(args, "restore-export", "");
		String schema = option(args, "restore-schema", "");
		String shard = option(args, "restore-shard", DatabaseShards.DEFAULT);
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

	/** A command-line option's value: these are a one-off run's arguments, not settings. */
	private static String option(ApplicationArguments args, String name, String otherwise) {
		var values = args.getOptionValues(name);
		return values == null || values.isEmpty() ? otherwise : values.getLast();
	}
}
