package org.corporateparenting.consultation.starter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corporateparenting.consultation.AgeBand;
import org.corporateparenting.consultation.Audience;
import org.corporateparenting.consultation.CareStatus;
import org.corporateparenting.consultation.ConsultationChanged;
import org.corporateparenting.consultation.ConsultationClosed;
import org.corporateparenting.consultation.ConsultationStatus;
import org.corporateparenting.consultation.DesignedBy;
import org.corporateparenting.consultation.FindingRecorded;
import org.corporateparenting.consultation.Method;
import org.corporateparenting.consultation.QuestionType;
import org.corporateparenting.consultation.ResponseStatus;
import org.corporateparenting.consultation.YouSaidWeDidPublished;
import org.corporateparenting.consultation.application.ConsultationManagement;
import org.corporateparenting.consultation.application.ConsultationRequests.ConsultationRequest;
import org.corporateparenting.consultation.application.ConsultationRequests.FindingRequest;
import org.corporateparenting.consultation.application.ConsultationRequests.LinkRequest;
import org.corporateparenting.consultation.application.ConsultationRequests.PublicationRequest;
import org.corporateparenting.consultation.application.ConsultationRequests.QuestionRequest;
import org.corporateparenting.consultation.application.FindingManagement;
import org.corporateparenting.consultation.application.SurveyResponding;
import org.corporateparenting.consultation.application.SurveyResponding.Submission;
import org.corporateparenting.consultation.application.SurveyResults;
import org.corporateparenting.consultation.application.SurveyResults.Group;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.onboarding.CouncilOnboarding;
import org.corporateparenting.tenancy.testing.FreshCouncils;
import org.corporateparenting.web.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;

/**
 * The councils' consultations as their documents describe them, anonymous responses, suppression of small groups,
 * and each event with its council. Each test works in a council of its own.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class ConsultationModuleTest {

	@Autowired
	ConsultationStarter starter;

	@Autowired
	ConsultationManagement consultations;

	@Autowired
	SurveyResponding responding;

	@Autowired
	SurveyResults results;

	@Autowired
	FindingManagement findings;

	@Autowired
	CouncilOnboarding onboarding;

	String council;

	@BeforeEach
	void council() {
		council = FreshCouncils.onboard(onboarding, "consultshire");
	}

	@Test
	void eachCouncilsConsultationsImport() {
		String second = FreshCouncils.onboard(onboarding, "consultshire");
		String third = FreshCouncils.onboard(onboarding, "consultshire");

		assertThat(CouncilContext.callIn(council, () -> starter.importFile(Path.of("../../tenants/wirral/consultation.yaml"))))
			.isGreaterThanOrEqualTo(3);
		assertThat(CouncilContext.callIn(second, () -> starter.importFile(Path.of("../../tenants/walsall/consultation.yaml"))))
			.isGreaterThanOrEqualTo(2);
		assertThat(CouncilContext.callIn(third, () -> starter.importFile(Path.of("../../tenants/southwark/consultation.yaml"))))
			.isGreaterThanOrEqualTo(1);

		CouncilContext.runIn(council, () -> {
			var workforce = consultations.consultations()
				.stream()
				.filter(c -> c.audiences().equals(Set.of(Audience.STAFF)) && c.method() == Method.SURVEY)
				.findFirst()
				.orElseThrow();
			assertThat(workforce.responses()).isEqualTo(43);
			var summary = results.of(workforce.id(), false);
			assertThat(summary.illustrative()).isEqualTo(43);
			var open = consultations.consultations()
				.stream()
				.filter(c -> c.status() == ConsultationStatus.OPEN)
				.findFirst()
				.orElseThrow();
			assertThat(consultations.links(open.id())).hasSize(1)
				.allSatisfy(link -> assertThat(link.refusal()).isNull());
			assertThat(findings.published()).isNotEmpty();
		});
	}

	@Test
	void aFileTheServicesRefuseSaysWhereAndImportsNothing(@org.junit.jupiter.api.io.TempDir Path folder)
			throws Exception {
		Path file = folder.resolve("consultation.yaml");
		java.nio.file.Files.writeString(file, """
				consultations:
				  - key: fine
				    topic: "A focus group"
				    audiences: [CARE_LEAVERS]
				    method: FOCUS_GROUP
				    opensOn: 2026-01-01
				    closesOn: 2026-01-31
				    status: CLOSED
				    designedBy: STAFF
				  - key: one-option
				    topic: "A survey"
				    audiences: [CARE_LEAVERS]
				    method: SURVEY
				    opensOn: 2026-01-01
				    closesOn: 2026-01-31
				    status: CLOSED
				    designedBy: STAFF
				    survey:
				      questions:
				        - text: "Pick one"
				          type: SINGLE_CHOICE
				          options: ["Only"]
				""");

		assertThatThrownBy(() -> CouncilContext.runIn(council, () -> starter.importFile(file)))
			.hasMessageContaining("consultations[1].options Give at least two options");
		CouncilContext.runIn(council, () -> assertThat(consultations.consultations()).isEmpty());
	}

	@Test
	void aResponseIsCheckedAndKeptWithoutAnythingThatSaysWhoGaveIt() {
		long id = survey();
		String token = CouncilContext.callIn(council, () -> consultations.open(id, new LinkRequest(null, null, 5)).token());
		long[] questions = CouncilContext.callIn(council,
				() -> consultations.questions(id).stream().mapToLong(q -> q.id()).toArray());

		assertThatThrownBy(() -> CouncilContext.runIn(council, () -> responding.respond(token,
				new Submission(Map.of(questions[0], List.of("Maybe"), questions[2], List.of("x".repeat(101))), null, null))))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.extracting(p -> p.field())
				.containsExactlyInAnyOrder("q" + questions[0], "q" + questions[1], "q" + questions[2]));
		assertThat(CouncilContext.callIn(council, () -> consultations.consultation(id).responses())).isZero();

		CouncilContext.runIn(council, () -> responding.respond(token, answers(questions, "YES", "4", "Good",
				AgeBand.AGE_11_15, CareStatus.IN_CARE)));
		for (int i = 0; i < 4; i++) {
			CouncilContext.runIn(council, () -> responding.respond(token, answers(questions, "NO", "2", null, null, null)));
		}
		assertThatThrownBy(() -> CouncilContext.runIn(council, () -> responding.respond(token,
				answers(questions, "NO", "2", null, null, null))))
			.isInstanceOf(SurveyResponding.Refused.class)
			.hasMessageContaining("all the answers it needs");
		assertThat(CouncilContext.callIn(council, () -> results.raw(id))).hasSize(5)
			.anySatisfy(raw -> assertThat(raw.ageBand()).isEqualTo(AgeBand.AGE_11_15));
	}

	@Test
	void aGroupOfFourIsSuppressedAndAGroupOfFiveIsShown() {
		long id = survey();
		String token = CouncilContext.callIn(council, () -> consultations.open(id, new LinkRequest(null, null, null)).token());
		long[] questions = CouncilContext.callIn(council,
				() -> consultations.questions(id).stream().mapToLong(q -> q.id()).toArray());
		for (int i = 0; i < 4; i++) {
			CouncilContext.runIn(council, () -> responding.respond(token,
					answers(questions, "YES", "5", null, AgeBand.UNDER_11, CareStatus.IN_CARE)));
		}
		for (int i = 0; i < 5; i++) {
			CouncilContext.runIn(council, () -> responding.respond(token,
					answers(questions, "NO", "3", null, AgeBand.AGE_16_17, CareStatus.IN_CARE)));
		}
		// A third small group, so that the hidden groups together (4 + 3) cannot be worked out from the total.
		for (int i = 0; i < 3; i++) {
			CouncilContext.runIn(council, () -> responding.respond(token,
					answers(questions, "NO", "4", null, AgeBand.AGE_11_15, CareStatus.IN_CARE)));
		}

		var result = CouncilContext.callIn(council, () -> results.of(id, true)).questions().getFirst();
		Group four = group(result, "Age band", AgeBand.UNDER_11.label());
		Group five = group(result, "Age band", AgeBand.AGE_16_17.label());
		assertThat(four.suppressed()).isTrue();
		assertThat(four.size()).isEqualTo("c");
		assertThat(four.counts()).allSatisfy(count -> assertThat(count.count() + count.percent()).isEqualTo("cc"));
		assertThat(five.suppressed()).isFalse();
		assertThat(five.size()).isEqualTo("5");
		assertThat(five.counts()).anySatisfy(count -> assertThat(count.count()).isEqualTo("5"));
		assertThat(group(result, "Care status", CareStatus.IN_CARE.label()).size()).isEqualTo("12");

		List<List<String>> rows = CouncilContext.callIn(council, () -> results.exportRows(id));
		assertThat(rows).filteredOn(row -> row.get(3).equals(AgeBand.UNDER_11.label()))
			.isNotEmpty()
			.allSatisfy(row -> assertThat(row.subList(4, 8)).containsExactly("c", row.get(5), "c", "c"));
		assertThat(rows).filteredOn(row -> row.get(3).equals(AgeBand.AGE_16_17.label())).isNotEmpty()
			.allSatisfy(row -> assertThat(row.get(4)).isEqualTo("5"));
	}

	@Test
	void closingRecordingAndPublishingAreAnnouncedWithTheCouncil(Scenario scenario) {
		long id = survey();
		CouncilContext.runIn(council, () -> {
			var current = consultations.consultation(id);
			scenario.stimulate(() -> consultations.update(id, new ConsultationRequest(current.topic(), current.audiences(),
					current.method(), current.opensOn(), current.closesOn(), ConsultationStatus.CLOSED,
					current.designedBy(), null, null, null, null, null, null, current.version())))
				.andWaitForEventOfType(ConsultationClosed.class)
				.matching(event -> event.consultationId() == id)
				.toArriveAndVerify(event -> assertThat(event.council()).isEqualTo(council));
			scenario.stimulate(() -> findings.record(id, new FindingRequest("Contact with family",
					"You said you want to see your brothers and sisters more often", 6,
					"We will arrange family time in every school holiday", ResponseStatus.PLANNED, null, null, null, null,
					null)))
				.andWaitForEventOfType(FindingRecorded.class)
				.matching(event -> event.consultationId() == id)
				.toArriveAndVerify(event -> assertThat(event.council()).isEqualTo(council));
			long findingId = findings.findings(id).getFirst().id();
			long version = findings.findings(id).getFirst().version();
			scenario.stimulate(() -> findings.publish(findingId, new PublicationRequest(true, version)))
				.andWaitForEventOfType(YouSaidWeDidPublished.class)
				.matching(event -> event.findingId() == findingId)
				.toArriveAndVerify(event -> assertThat(event.council()).isEqualTo(council));
			assertThat(findings.published()).extracting(f -> f.theme()).contains("Contact with family");
		});
	}

	@Test
	void openingAConsultationIsAnnouncedAsAChange(AssertablePublishedEvents events) {
		long id = CouncilContext.callIn(council, () -> consultations.create(new ConsultationRequest(
				"Your say on family time", Set.of(Audience.CARE_LEAVERS), Method.FOCUS_GROUP, LocalDate.of(2026, 12, 1),
				LocalDate.of(2026, 12, 18), ConsultationStatus.PLANNED, DesignedBy.STAFF, null, null, null, null, null, null, null))
			.id());
		assertThat(events.ofType(ConsultationChanged.class).matching(event -> event.consultationId() == id)).hasSize(1);

		CouncilContext.runIn(council, () -> {
			var current = consultations.consultation(id);
			consultations.update(id, new ConsultationRequest(current.topic(), current.audiences(), current.method(),
					current.opensOn(), current.closesOn(), ConsultationStatus.OPEN, current.designedBy(), null, null,
					null, null, null, null, current.version()));
		});

		assertThat(events.ofType(ConsultationChanged.class).matching(event -> event.consultationId() == id))
			.hasSize(2)
			.allSatisfy(event -> assertThat(event.council()).isEqualTo(council));
	}

	@Test
	void anImportedConsultationIsAnnouncedAsAChangeOnce(AssertablePublishedEvents events) {
		int imported = CouncilContext.callIn(council,
				() -> starter.importFile(Path.of("../../tenants/wirral/consultation.yaml")));

		assertThat(events.ofType(ConsultationChanged.class)).hasSize(imported)
			.extracting(ConsultationChanged::consultationId)
			.doesNotHaveDuplicates();
	}

	private long survey() {
		return CouncilContext.callIn(council, () -> {
			long id = consultations.create(new ConsultationRequest("How is your placement?",
					Set.of(Audience.CHILDREN_IN_CARE_12_15), Method.SURVEY, LocalDate.of(2026, 11, 1),
					LocalDate.of(2027, 3, 31), ConsultationStatus.OPEN, DesignedBy.BOTH, null, null, null,
					"Tell us how things are", null, null, null)).id();
			consultations.ask(id, new QuestionRequest("Do you feel safe where you live?", QuestionType.YES_NO, true,
					null, null, null, null, null));
			consultations.ask(id, new QuestionRequest("How happy are you?", QuestionType.RATING, true, null, "Not happy",
					"Very happy", null, null));
			consultations.ask(id, new QuestionRequest("Anything else?", QuestionType.FREE_TEXT, false, null, null, null,
					100, null));
			return id;
		});
	}

	private static Submission answers(long[] questions, String yesNo, String rating, String words, AgeBand band,
			CareStatus status) {
		Map<Long, List<String>> answers = new HashMap<>();
		answers.put(questions[0], List.of(yesNo));
		answers.put(questions[1], List.of(rating));
		if (words != null) {
			answers.put(questions[2], List.of(words));
		}
		return new Submission(answers, band, status);
	}

	private static Group group(SurveyResults.QuestionResult result, String dimension, String label) {
		return result.breakdowns()
			.stream()
			.filter(b -> b.dimension().equals(dimension))
			.flatMap(b -> b.groups().stream())
			.filter(g -> g.label().equals(label))
			.findFirst()
			.orElseThrow();
	}
}
