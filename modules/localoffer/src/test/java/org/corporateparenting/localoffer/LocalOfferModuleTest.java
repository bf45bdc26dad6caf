package org.corporateparenting.localoffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.corporateparenting.consultation.ConsultationRecords;
import org.corporateparenting.localoffer.application.Coverage;
import org.corporateparenting.localoffer.application.LocalOfferManagement;
import org.corporateparenting.localoffer.application.LocalOfferRequests.OfferRequest;
import org.corporateparenting.localoffer.application.LocalOfferRequests.SectionRequest;
import org.corporateparenting.localoffer.application.LocalOfferRequests.TransitionRequest;
import org.corporateparenting.localoffer.domain.LocalOffer;
import org.corporateparenting.notifications.Reminder;
import org.corporateparenting.notifications.ReminderKind;
import org.corporateparenting.notifications.ReminderSettings;
import org.corporateparenting.notifications.ReminderSource;
import org.corporateparenting.tenancy.CouncilBundle;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.StarterImport;
import org.corporateparenting.tenancy.onboarding.CouncilOnboarding;
import org.corporateparenting.tenancy.testing.FreshCouncils;
import org.corporateparenting.web.ConflictException;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The demo councils' local offers as their documents give them, the life of a version (consulted on, published,
 * changed only by a new version that replaces it), the checker, the review reminder, and each event with its council.
 * Each test works in a council of its own.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class LocalOfferModuleTest {

	@Autowired
	LocalOfferManagement offers;

	@Autowired
	ConsultationRecords consultations;

	@Autowired
	List<StarterImport> starters;

	@Autowired
	List<ReminderSource> reminderSources;

	@Autowired
	CouncilOnboarding onboarding;

	String council;

	@BeforeEach
	void council() {
		council = FreshCouncils.onboard(onboarding, "offershire");
	}

	@Test
	void walsallsOfferImportsPublishedAndFlaggedWithTheAreasItDoesNotCover() {
		CouncilContext.runIn(council, () -> {
			load("walsall", "consultation.yaml");
			load("walsall", "local-offer.yaml");
			LocalOffer offer = offers.published().orElseThrow();
			assertThat(offer.getStatus()).isEqualTo(OfferStatus.PUBLISHED);
			assertThat(offer.getPublishedOn()).isEqualTo(LocalDate.of(2022, 9, 30));
			assertThat(offer.publishedWithoutConsultation()).as("no consultation on the offer is recorded").isTrue();
			assertThat(offer.reviewDue(LocalDate.of(2026, 1, 1))).isTrue();
			assertThat(offer.getSections()).extracting(section -> section.getWhatYouCanGet())
				.contains("Council Tax exemption provided for Care Leavers up to the age of 25 in Walsall.");
			Coverage coverage = Coverage.of(offer);
			assertThat(coverage.missing()).contains(OfferArea.HOMELESSNESS_PREVENTION, OfferArea.RELATIONSHIPS)
				.doesNotContain(OfferArea.ACCOMMODATION, OfferArea.HEALTH_AND_WELLBEING);
			assertThat(coverage.areas()).filteredOn(area -> area.area() == OfferArea.HOUSING_COOPERATION)
				.singleElement()
				.satisfies(area -> assertThat(area.sections()).as("there, but not saying who and how").isOne());
		});
	}

	@Test
	void everyDemoCouncilsOfferImports() {
		for (String demo : List.of("wirral", "southwark")) {
			String fresh = FreshCouncils.onboard(onboarding, "offershire");
			CouncilContext.runIn(fresh, () -> {
				load(demo, "consultation.yaml");
				load(demo, "local-offer.yaml");
				assertThat(offers.offers()).singleElement()
					.satisfies(offer -> assertThat(offer.getSections()).isNotEmpty());
			});
		}
	}

	@Test
	void aVersionIsConsultedOnPublishedAndChangedOnlyByTheNextVersion(Scenario scenario) {
		long id = CouncilContext.callIn(council, () -> {
			load("walsall", "consultation.yaml");
			long consultation = consultations.all().getFirst().id();
			long created = offers.create(new OfferRequest("Our Local Offer", "What we offer you", consultation,
					LocalDate.now().plusYears(1), "Head of Leaving Care", "leaving.care@offershire.example", false, null))
				.getId();
			offers.addSection(created, section(OfferArea.ACCOMMODATION, "Council tax"));
			offers.transition(created, new TransitionRequest(OfferStatus.CONSULTED, null));
			return created;
		});

		CouncilContext.runIn(council, () -> scenario
			.stimulate(() -> offers.transition(id, new TransitionRequest(OfferStatus.PUBLISHED, null)))
			.andWaitForEventOfType(LocalOfferPublished.class)
			.matching(event -> event.offerId() == id)
			.toArriveAndVerify(event -> {
				assertThat(event.council()).isEqualTo(council);
				assertThat(event.areasCovered()).containsExactly(OfferArea.ACCOMMODATION);
				assertThat(event.consultationId()).isNotNull();
			}));

		CouncilContext.runIn(council, () -> {
			assertThatThrownBy(() -> offers.addSection(id, section(OfferArea.EMPLOYMENT, "Jobs")))
				.isInstanceOf(ConflictException.class);
			long sectionId = offers.offer(id).getSections().getFirst().getId();
			assertThatThrownBy(() -> offers.rewrite(sectionId, section(OfferArea.ACCOMMODATION, "Changed", 0L)))
				.isInstanceOf(ConflictException.class);
			assertThat(offers.offer(id).publishedWithoutConsultation()).isFalse();
		});

		LocalOffer next = CouncilContext.callIn(council, () -> offers.nextVersion(id));
		assertThat(next.getEdition()).isEqualTo(2);
		assertThat(next.getReplacesOfferId()).isEqualTo(id);
		CouncilContext.runIn(council, () -> {
			assertThat(offers.offer(id).getStatus()).as("young people still see it").isEqualTo(OfferStatus.UNDER_REVIEW);
			assertThat(offers.offer(next.getId()).getSections()).hasSize(1);
			assertThat(offers.offer(next.getId()).getConsultationId()).as("the next version is consulted on anew")
				.isNull();
			offers.addSection(next.getId(), section(OfferArea.EMPLOYMENT, "Apprenticeships"));
			assertThatThrownBy(() -> offers.nextVersion(id)).as("one next version at a time")
				.isInstanceOf(ConflictException.class);
		});

		CouncilContext.runIn(council, () -> scenario
			.stimulate(() -> offers.transition(next.getId(),
					new TransitionRequest(OfferStatus.PUBLISHED, LocalDate.now().plusYears(2))))
			.andWaitForEventOfType(LocalOfferReplaced.class)
			.matching(event -> event.replacedOfferId() == id)
			.toArriveAndVerify(event -> assertThat(event.council()).isEqualTo(council)));
		CouncilContext.runIn(council, () -> {
			assertThat(offers.offer(id).getStatus()).isEqualTo(OfferStatus.REPLACED);
			LocalOffer published = offers.published().orElseThrow();
			assertThat(published.getId()).isEqualTo(next.getId());
			assertThat(published.publishedWithoutConsultation()).isTrue();
		});
	}

	@Test
	void refusesBadInputWithEveryProblemAndWritesNothing() {
		CouncilContext.runIn(council, () -> {
			assertThatThrownBy(() -> offers.create(new OfferRequest(" ", null, 999_999L, null, null, "not-an-email",
					null, null)))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
					.extracting(FieldProblem::field)
					.containsExactlyInAnyOrder("title", "contactEmail", "consultationId"));
			assertThat(offers.offers()).isEmpty();

			long id = offers.create(new OfferRequest("Offer", null, null, null, null, null, null, null)).getId();
			assertThatThrownBy(() -> offers.addSection(id, new SectionRequest(null, "", "", null, null, null, null,
					null, null, null, null)))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
					.extracting(FieldProblem::field)
					.containsExactlyInAnyOrder("area", "title", "whatYouCanGet", "entitlement"));
			assertThatThrownBy(() -> offers.transition(id, new TransitionRequest(OfferStatus.CONSULTED, null)))
				.as("consulted on needs its consultation")
				.isInstanceOfSatisfying(InvalidInputException.class,
						ex -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("consultationId"));
			assertThatThrownBy(() -> offers.transition(id, new TransitionRequest(OfferStatus.PUBLISHED, null)))
				.isInstanceOfSatisfying(InvalidInputException.class,
						ex -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("reviewDue"));
			assertThat(offers.offer(id).getStatus()).isEqualTo(OfferStatus.DRAFT);
		});
	}

	@Test
	void whoeverLooksAfterThePublishedOfferHearsWhenItsReviewIsDue() {
		CouncilContext.runIn(council, () -> {
			load("walsall", "consultation.yaml");
			load("walsall", "local-offer.yaml");
			LocalDate today = LocalDate.of(2025, 9, 20);
			List<Reminder> soon = reminders(today);
			assertThat(soon).singleElement().satisfies(reminder -> {
				assertThat(reminder.kind()).isEqualTo(ReminderKind.LOCAL_OFFER_REVIEW_DUE);
				assertThat(reminder.to().email()).isEqualTo("corporate.parenting@walsall.example");
				assertThat(reminder.path()).isEqualTo("/councils/" + council + "/local-offers/"
						+ offers.published().orElseThrow().getId());
			});
			assertThat(reminders(LocalDate.of(2025, 10, 1))).singleElement()
				.satisfies(reminder -> assertThat(reminder.kind()).isEqualTo(ReminderKind.LOCAL_OFFER_REVIEW_OVERDUE));
			assertThat(reminders(LocalDate.of(2025, 8, 1))).as("more than 14 days before").isEmpty();
		});
	}

	@Test
	void aBundlesOfferIsCheckedAgainstItsConsultationsWritingNothing() {
		String file = """
				offers:
				  - title: "First"
				    status: PUBLISHED
				    publishedOn: 2022-01-01
				    reviewDue: 2023-01-01
				    consultation: "A consultation nobody held"
				  - title: "Second"
				    status: PUBLISHED
				""";
		StarterImport starter = starter("local-offer.yaml");
		var problems = starter.check(CouncilBundle.of(Map.of("local-offer.yaml", file.getBytes(),
				"consultation.yaml", read("walsall", "consultation.yaml"))));
		assertThat(problems).extracting(problem -> problem.field())
			.containsExactlyInAnyOrder("offers", "offers[0].consultation", "offers[1].publishedOn",
					"offers[1].reviewDue");
		assertThat(problems).filteredOn(problem -> problem.field().equals("offers[0].consultation"))
			.singleElement()
			.satisfies(problem -> assertThat(problem.line()).isEqualTo(6));
		CouncilContext.runIn(council, () -> assertThat(offers.offers()).isEmpty());
	}

	private List<Reminder> reminders(LocalDate today) {
		return reminderSources.stream()
			.flatMap(source -> source.reminders(today, ReminderSettings.DEFAULTS).stream())
			.filter(reminder -> reminder.kind().name().startsWith("LOCAL_OFFER"))
			.toList();
	}

	private static SectionRequest section(OfferArea area, String title) {
		return section(area, title, null);
	}

	private static SectionRequest section(OfferArea area, String title, Long version) {
		return new SectionRequest(area, title, "What you can get", "Care leavers up to 25", "Ask your personal adviser",
				Entitlement.DISCRETIONARY, "The council", null, false, null, version);
	}

	private void load(String demo, String file) {
		starter(file).load(Path.of("../../tenants", demo, file));
	}

	private StarterImport starter(String file) {
		return starters.stream().filter(starter -> starter.file().equals(file)).findFirst().orElseThrow();
	}

	private static byte[] read(String demo, String file) {
		try {
			return Files.readAllBytes(Path.of("../../tenants", demo, file));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}
}
