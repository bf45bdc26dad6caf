package org.corporateparenting.consultation.starter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.corporateparenting.consultation.Audience;
import org.corporateparenting.consultation.ConsultationProgress;
import org.corporateparenting.consultation.ConsultationProgress.ConsultationSummary;
import org.corporateparenting.consultation.ConsultationProgress.Counts;
import org.corporateparenting.consultation.ConsultationProgress.PublishedFinding;
import org.corporateparenting.consultation.ConsultationStatus;
import org.corporateparenting.consultation.DesignedBy;
import org.corporateparenting.consultation.Method;
import org.corporateparenting.consultation.ResponseStatus;
import org.corporateparenting.consultation.application.ConsultationManagement;
import org.corporateparenting.consultation.application.ConsultationRequests.ConsultationRequest;
import org.corporateparenting.consultation.application.ConsultationRequests.FindingRequest;
import org.corporateparenting.consultation.application.ConsultationRequests.PublicationRequest;
import org.corporateparenting.consultation.application.FindingManagement;
import org.corporateparenting.consultation.domain.Consultation;
import org.corporateparenting.consultation.domain.Consultations;
import org.corporateparenting.consultation.domain.Finding;
import org.corporateparenting.consultation.domain.Findings;
import org.corporateparenting.consultation.domain.SurveyResponses;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.onboarding.CouncilOnboarding;
import org.corporateparenting.tenancy.testing.FreshCouncils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The voice of the child as reporting reads it through {@link ConsultationProgress}: checked against a council's
 * imported consultations counted through the repositories, and against consultations made to sit on either side of
 * a period's first and last days. Each test works in a council of its own.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class ConsultationProgressModuleTest {

	@Autowired
	ConsultationProgress progress;

	@Autowired
	ConsultationStarter starter;

	@Autowired
	ConsultationManagement consultations;

	@Autowired
	FindingManagement findings;

	@Autowired
	Consultations consultationRecords;

	@Autowired
	Findings findingRecords;

	@Autowired
	SurveyResponses responseRecords;

	@Autowired
	CouncilOnboarding onboarding;

	String council;

	@BeforeEach
	void council() {
		council = FreshCouncils.onboard(onboarding, "progresshire");
	}

	@Test
	void countsOpenConsultationsAndPublishedFindingsByWhatBecameOfThem() {
		CouncilContext.runIn(council, () -> starter.importFile(Path.of("../../tenants/wirral/consultation.yaml")));

		CouncilContext.runIn(council, () -> {
			List<Finding> published = findingRecords.findAll().stream().filter(Finding::isPublished).toList();
			Map<ResponseStatus, Long> byStatus = published.stream()
				.collect(Collectors.groupingBy(Finding::getResponseStatus, Collectors.counting()));
			long open = consultationRecords.findAll()
				.stream()
				.filter(consultation -> consultation.getStatus() == ConsultationStatus.OPEN)
				.count();
			assertThat(open).isPositive();
			assertThat(published).isNotEmpty();

			assertThat(progress.counts()).isEqualTo(new Counts(open, published.size(),
					byStatus.getOrDefault(ResponseStatus.DONE, 0L), byStatus.getOrDefault(ResponseStatus.PLANNED, 0L),
					byStatus.getOrDefault(ResponseStatus.NOT_POSSIBLE, 0L)));
		});
	}

	@Test
	void listsAPeriodsConsultationsWithTheirResponsesAndOnlyTheirPublishedFindings() {
		CouncilContext.runIn(council, () -> starter.importFile(Path.of("../../tenants/wirral/consultation.yaml")));
		LocalDate from = LocalDate.of(2021, 11, 1);
		LocalDate to = LocalDate.of(2021, 12, 31);

		CouncilContext.runIn(council, () -> {
			List<Consultation> inPeriod = consultationRecords.findAll()
				.stream()
				.filter(consultation -> consultation.getStatus() != ConsultationStatus.PLANNED
						&& !consultation.getOpensOn().isAfter(to) && !consultation.getClosesOn().isBefore(from))
				.sorted(Comparator.comparing(Consultation::getOpensOn).thenComparing(Consultation::getId))
				.toList();
			assertThat(inPeriod).hasSizeGreaterThan(1);
			assertThat(inPeriod).anyMatch(consultation -> findingRecords.findByConsultationIdOrderById(
					consultation.getId()).stream().anyMatch(finding -> !finding.isPublished()));

			List<ConsultationSummary> summaries = progress.between(from, to);

			assertThat(summaries).extracting(ConsultationSummary::id)
				.containsExactlyElementsOf(inPeriod.stream().map(Consultation::getId).toList());
			assertThat(summaries).anySatisfy(summary -> assertThat(summary.responses()).isPositive())
				.allSatisfy(summary -> {
					assertThat(summary.responses()).isEqualTo(responseRecords.countByConsultationId(summary.id()));
					assertThat(summary.findings()).containsExactlyElementsOf(findingRecords
						.findByConsultationIdOrderById(summary.id())
						.stream()
						.filter(Finding::isPublished)
						.map(finding -> new PublishedFinding(finding.getTheme(), finding.getSummary(),
								finding.getWhatWeWillDo(), finding.getResponseStatus()))
						.toList());
				});
			assertThat(summaries).flatMap(ConsultationSummary::findings).isNotEmpty();
		});
	}

	@Test
	void takesConsultationsOpenOnAnyDayOfThePeriodOrToldBackInIt() {
		LocalDate from = LocalDate.of(2025, 4, 1);
		LocalDate to = LocalDate.of(2025, 6, 30);
		Map<String, Long> ids = CouncilContext.callIn(council, () -> Map.of(
				"ended the day before", consultation("ended the day before", LocalDate.of(2025, 1, 6),
						from.minusDays(1), ConsultationStatus.CLOSED),
				"closes on the first day", consultation("closes on the first day", LocalDate.of(2025, 2, 3), from,
						ConsultationStatus.CLOSED),
				"opens on the last day", consultation("opens on the last day", to, LocalDate.of(2025, 8, 29),
						ConsultationStatus.OPEN),
				"opens the day after", consultation("opens the day after", to.plusDays(1), LocalDate.of(2025, 8, 29),
						ConsultationStatus.OPEN),
				"still planned", consultation("still planned", LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 30),
						ConsultationStatus.PLANNED),
				"told back in it", consultation("told back in it", LocalDate.of(2024, 9, 2),
						LocalDate.of(2024, 10, 31), ConsultationStatus.REPORTED_BACK)));
		CouncilContext.runIn(council, () -> {
			long toldBack = ids.get("told back in it");
			var published = findings.record(toldBack, finding("Somewhere to meet", LocalDate.of(2025, 5, 20)));
			findings.publish(published.id(), new PublicationRequest(true, published.version()));
			findings.record(toldBack, finding("Pocket money", LocalDate.of(2025, 5, 20)));
		});

		List<ConsultationSummary> summaries = CouncilContext.callIn(council, () -> progress.between(from, to));

		assertThat(summaries).extracting(ConsultationSummary::topic)
			.containsExactly("told back in it", "closes on the first day", "opens on the last day");
		assertThat(summaries.getFirst().findings()).extracting(PublishedFinding::theme)
			.containsExactly("Somewhere to meet");
		assertThat(summaries.getFirst().status()).isEqualTo(ConsultationStatus.REPORTED_BACK);
	}

	private long consultation(String topic, LocalDate opensOn, LocalDate closesOn, ConsultationStatus status) {
		return consultations.create(new ConsultationRequest(topic, Set.of(Audience.CARE_LEAVERS),
				Method.FOCUS_GROUP, opensOn, closesOn, status, DesignedBy.STAFF, null, null, null, null, null, null, null)).id();
	}

	private static FindingRequest finding(String theme, LocalDate toldBackOn) {
		return new FindingRequest(theme, "You said " + theme.toLowerCase(), 5, "We will look at " + theme.toLowerCase(),
				ResponseStatus.PLANNED, null, null, toldBackOn, "At the care leavers' forum", null);
	}
}
