package org.corporateparenting.reporting.starter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corporateparenting.reporting.application.IndicatorCatalogue;
import org.corporateparenting.reporting.application.LocalIndicatorRequest;
import org.corporateparenting.reporting.application.MeasurementRecording;
import org.corporateparenting.reporting.application.MeasurementRequest;
import org.corporateparenting.reporting.application.Publication;
import org.corporateparenting.reporting.starter.IndicatorsStarterFile.MeasurementEntry;
import org.corporateparenting.tenancy.BundleProblem;
import org.corporateparenting.tenancy.CouncilBundle;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.Councils;
import org.corporateparenting.tenancy.StarterFiles;
import org.corporateparenting.tenancy.StarterImport;
import org.corporateparenting.web.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import jakarta.validation.Validator;

/**
 * Imports a council's {@code indicators.yaml} when it is onboarded: its own indicators, what its dashboard follows,
 * its figures, what it shares with its partnerships, and the periods it has finalised, which are sent to those
 * partnerships once the import is committed. The whole file is checked first; a file with problems imports nothing.
 */
@Component
class IndicatorsStarter implements StarterImport {

	static final String FILE = "indicators.yaml";

	private static final Logger log = LoggerFactory.getLogger(IndicatorsStarter.class);

	private final IndicatorCatalogue catalogue;

	private final MeasurementRecording recording;

	private final Publication publication;

	private final Validator validator;

	private final Councils councils;

	IndicatorsStarter(IndicatorCatalogue catalogue, MeasurementRecording recording, Publication publication,
			Validator validator, Councils councils) {
		this.councils = councils;
		this.catalogue = catalogue;
		this.recording = recording;
		this.publication = publication;
		this.validator = validator;
	}

	@Override
	public String file() {
		return FILE;
	}

	/** Last: the dashboard it fills reads every other module. */
	@Override
	public int order() {
		return 50;
	}

	@Override
	public List<BundleProblem> check(CouncilBundle bundle) {
		return StarterFiles.check(bundle, FILE, IndicatorsStarterFile.class, this::check);
	}

	@Override
	@Transactional
	public void load(Path file) {
		importFile(file);
	}

	/** @return how many measurements were imported */
	@Transactional
	public int importFile(Path file) {
		IndicatorsStarterFile content = StarterFiles.read(file, IndicatorsStarterFile.class);
		StarterFiles.refuseIfAny(file, check(content));
		String importer = file.getParent().getFileName() + "/" + FILE;
		for (int i = 0; i < content.localIndicators().size(); i++) {
			IndicatorsStarterFile.LocalEntry entry = content.localIndicators().get(i);
			StarterFiles.entry(file, "local-indicators[" + i + "]", () -> catalogue.createLocal(new LocalIndicatorRequest(
					entry.code(), entry.name(), entry.definition(), entry.unit(), entry.polarity(), entry.source(), null)));
		}
		for (int i = 0; i < content.tracked().size(); i++) {
			IndicatorsStarterFile.TrackedEntry entry = content.tracked().get(i);
			StarterFiles.entry(file, "tracked[" + i + "]", () -> {
				catalogue.get(entry.code());
				catalogue.place(entry.code(), entry.priority());
				return null;
			});
		}
		for (int i = 0; i < content.measurements().size(); i++) {
			MeasurementEntry entry = content.measurements().get(i);
			StarterFiles.entry(file, "measurements[" + i + "]", () -> recording.record(entry.indicator(),
					new MeasurementRequest(entry.period(), entry.value(), entry.numerator(), entry.denominator(),
							entry.target(), entry.tolerance(), entry.note(), entry.illustrative(), null),
					importer));
		}
		for (Map.Entry<String, List<String>> share : content.shares().entrySet()) {
			StarterFiles.entry(file, "shares." + share.getKey(),
					() -> publication.shareOnJoining(share.getKey(), share.getValue()));
		}
		if (!content.benchmarking().isEmpty()) {
			StarterFiles.entry(file, "benchmarking", () -> publication.shareForBenchmarking(content.benchmarking()));
		}
		for (int i = 0; i < content.finalised().size(); i++) {
			String period = content.finalised().get(i);
			StarterFiles.entry(file, "finalised[" + i + "]", () -> {
				publication.finaliseLater(period, importer);
				return null;
			});
		}
		sendOnceCommitted();
		log.info("Imported {} indicators, {} figures from {}", content.localIndicators().size(),
				content.measurements().size(), importer);
		return content.measurements().size();
	}

	/**
	 * The finalised periods go to the council's partnerships once the import is committed, read afresh: by then
	 * onboarding may have added the council to them (if not, joining sends them).
	 */
	private void sendOnceCommitted() {
		String council = CouncilContext.require();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					CouncilContext.runIn(council, publication::republish);
				}
			});
		}
	}

	/** What can be checked before anything is imported: the shape of every entry, and codes that exist. */
	private List<FieldProblem> check(IndicatorsStarterFile content) {
		List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(content)));
		Set<String> codes = new HashSet<>();
		catalogue.national().forEach(indicator -> codes.add(indicator.code()));
		for (int i = 0; i < content.localIndicators().size(); i++) {
			IndicatorsStarterFile.LocalEntry entry = content.localIndicators().get(i);
			String place = "local-indicators[" + i + "]";
			if (entry != null) {
				FieldProblem.of(validator.validate(new LocalIndicatorRequest(entry.code(), entry.name(),
						entry.definition(), entry.unit(), entry.polarity(), entry.source(), null)))
					.forEach(problem -> problems.add(new FieldProblem(place + "." + problem.field(),
							problem.message())));
				if (entry.code() != null && !codes.add(entry.code())) {
					problems.add(new FieldProblem("local-indicators[" + i + "].code",
							"There is already an indicator " + entry.code()));
				}
			}
		}
		for (int i = 0; i < content.tracked().size(); i++) {
			IndicatorsStarterFile.TrackedEntry entry = content.tracked().get(i);
			if (entry != null && entry.code() != null && !codes.contains(entry.code())) {
				problems.add(new FieldProblem("tracked[" + i + "].code", "There is no indicator " + entry.code()));
			}
		}
		content.shares().forEach((partnership, shared) -> {
			if (councils.findPartnership(partnership).isEmpty()) {
				problems.add(new FieldProblem("shares." + partnership, "There is no partnership " + partnership));
			}
			if (shared == null) {
				problems.add(new FieldProblem("shares." + partnership, "List the national indicators shared, or []"));
			}
		});
		Set<String> national = new HashSet<>();
		catalogue.national().forEach(indicator -> national.add(indicator.code()));
		for (int i = 0; i < content.benchmarking().size(); i++) {
			String code = content.benchmarking().get(i);
			if (code == null || !national.contains(code)) {
				problems.add(new FieldProblem("benchmarking[" + i + "]", "There is no national indicator " + code
						+ ": only national indicators compare across councils"));
			}
		}
		for (int i = 0; i < content.measurements().size(); i++) {
			MeasurementEntry entry = content.measurements().get(i);
			if (entry != null && entry.indicator() != null && !codes.contains(entry.indicator())) {
				problems.add(new FieldProblem("measurements[" + i + "].indicator",
						"There is no indicator " + entry.indicator()));
			}
		}
		return problems;
	}
}
