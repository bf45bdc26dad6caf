package org.corporateparenting.reporting.starter;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.corporateparenting.reporting.Period;
import org.corporateparenting.reporting.application.EnglandValues;
import org.corporateparenting.reporting.application.NationalIndicators;
import org.corporateparenting.tenancy.StarterFiles;
import org.corporateparenting.tenancy.StarterFolder;
import org.corporateparenting.web.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads England's values of the national indicators from {@code tenants/england-indicators.yaml} when the platform
 * onboards its {@code tenants/} folder at start (the demo) and no England value has been entered yet. Platform
 * admins enter and correct them afterwards.
 */
@Component
@Order(10)
class EnglandValuesStarter implements ApplicationRunner {

	static final String FILE = "england-indicators.yaml";

	private static final Logger log = LoggerFactory.getLogger(EnglandValuesStarter.class);

	private final EnglandValues england;

	private final NationalIndicators indicators;

	private final TransactionTemplate transactions;

	private final StarterFolder starterFolder;

	EnglandValuesStarter(EnglandValues england, NationalIndicators indicators, PlatformTransactionManager transactions,
			StarterFolder starterFolder) {
		this.england = england;
		this.indicators = indicators;
		this.transactions = new TransactionTemplate(transactions);
		this.starterFolder = starterFolder;
	}

	@Override
	public void run(ApplicationArguments args) {
		Path file = starterFolder.toOnboard().map(folder -> folder.resolve(FILE)).orElse(null);
		if (file == null || !Files.isRegularFile(file) || england.any()) {
			return;
		}
		EnglandFile content = StarterFiles.read(file, EnglandFile.class);
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < content.values().size(); i++) {
			EnglandEntry entry = content.values().get(i);
			if (entry == null || entry.indicator() == null || indicators.find(entry.indicator()).isEmpty()) {
				problems.add(new FieldProblem("values[" + i + "].indicator", "is not a national indicator"));
			}
			if (entry == null || Period.parse(entry.period()).isEmpty()) {
				problems.add(new FieldProblem("values[" + i + "].period", "is not a period such as 2024-25"));
			}
		}
		StarterFiles.refuseIfAny(file, problems);
		// All of the file or none of it: a refused value leaves no England value, so the corrected file loads next time.
		transactions.executeWithoutResult(status -> {
			for (int i = 0; i < content.values().size(); i++) {
				EnglandEntry entry = content.values().get(i);
				StarterFiles.entry(file, "values[" + i + "]", () -> england.set(entry.indicator(), entry.period(),
						entry.value(), Boolean.TRUE.equals(entry.illustrative()), FILE));
			}
		});
		log.info("Loaded {} England values from {}", content.values().size(), file);
	}

	record EnglandFile(List<EnglandEntry> values) {

		EnglandFile {
			values = values == null ? List.of() : values;
		}
	}

	record EnglandEntry(String indicator, String period, BigDecimal value, Boolean illustrative) {
	}
}
