package org.corporateparenting.pledges.starter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.corporateparenting.pledges.PledgeSetPublished;
import org.corporateparenting.pledges.PledgeSetReplaced;
import org.corporateparenting.pledges.PledgeSetStatus;
import org.corporateparenting.pledges.PledgesChanged;
import org.corporateparenting.pledges.WorkStreamStatus;
import org.corporateparenting.pledges.WorkStreamUpdated;
import org.corporateparenting.pledges.application.PledgeManagement;
import org.corporateparenting.pledges.application.PledgeRequests.PledgeRequest;
import org.corporateparenting.pledges.application.PledgeRequests.PledgeSetRequest;
import org.corporateparenting.pledges.application.PledgeRequests.TransitionRequest;
import org.corporateparenting.pledges.application.PledgeRequests.WorkStreamUpdateRequest;
import org.corporateparenting.pledges.application.WorkStreamManagement;
import org.corporateparenting.pledges.domain.Pledge;
import org.corporateparenting.pledges.domain.PledgeSet;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.onboarding.CouncilOnboarding;
import org.corporateparenting.tenancy.testing.FreshCouncils;
import org.corporateparenting.web.ConflictException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * Walsall's pledges as the council brought them, reviewing a set into a new edition that replaces it, and each
 * event the module publishes with its council. Each test works in a council of its own.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class PledgesModuleTest {

	@Autowired
	PledgesStarter starter;

	@Autowired
	PledgeManagement pledges;

	@Autowired
	WorkStreamManagement workStreams;

	@Autowired
	CouncilOnboarding onboarding;

	String council;

	@BeforeEach
	void council() {
		council = FreshCouncils.onboard(onboarding, "pledgeshire");
	}

	@Test
	void walsallsPledgesImportWithTheirThemesAndWorkStreams() {
		List<PledgeSet> sets = CouncilContext.callIn(council,
				() -> starter.importFile(Path.of("../../tenants/walsall/pledges.yaml")));

		assertThat(sets).hasSize(2).allSatisfy(set -> assertThat(set.getStatus()).isEqualTo(PledgeSetStatus.IN_FORCE));
		assertThat(sets.stream().mapToInt(set -> set.pledges().size()).sum()).isEqualTo(17);
		assertThat(sets.getFirst().getThemes()).extracting(theme -> theme.getTitle()).hasSize(5)
			.contains("Your Education", "Your Health");
		Pledge passports = sets.getFirst().pledges().stream().filter(p -> p.getNumber() == 7).findFirst().orElseThrow();
		assertThat(passports.getText()).containsIgnoringCase("passport");
		CouncilContext.runIn(council, () -> {
			var streams = workStreams.workStreams();
			assertThat(streams).hasSize(5);
			assertThat(streams).anySatisfy(ws -> {
				assertThat(ws.getStatus()).isEqualTo(WorkStreamStatus.MERGED);
				assertThat(ws.getMergedInto()).containsIgnoringCase("Virtual School");
			});
			assertThat(streams).filteredOn(ws -> ws.getPledgeIds().contains(passports.getId())).hasSize(1);
		});
	}

	@Test
	void everyDemoCouncilsFileImports() {
		for (String demo : List.of("wirral", "southwark")) {
			List<PledgeSet> sets = CouncilContext.callIn(council,
					() -> starter.importFile(Path.of("../../tenants", demo, "pledges.yaml")));
			assertThat(sets).isNotEmpty();
		}
	}

	@Test
	void reviewingASetMakesADraftEditionThatReplacesItWhenInForce(Scenario scenario) {
		long original = CouncilContext.callIn(council, () -> {
			long id = pledges.create(new PledgeSetRequest("Our Promises", org.corporateparenting.pledges.Audience.BOTH,
					LocalDate.of(2024, 4, 1), "Written with the Children in Care Council", null)).getId();
			long theme = pledges.addTheme(id, new org.corporateparenting.pledges.application.PledgeRequests.ThemeRequest(
					"Your Voice")).getId();
			pledges.addPledge(id, theme, new PledgeRequest(1, "We will listen to you", null, null));
			return id;
		});

		CouncilContext.runIn(council, () -> scenario
			.stimulate(() -> pledges.transition(original, new TransitionRequest(PledgeSetStatus.IN_FORCE)))
			.andWaitForEventOfType(PledgeSetPublished.class)
			.matching(event -> event.pledgeSetId() == original)
			.toArriveAndVerify(event -> {
				assertThat(event.council()).isEqualTo(council);
				assertThat(event.pledgeIds()).hasSize(1);
			}));

		PledgeSet draft = CouncilContext.callIn(council, () -> pledges.review(original));
		assertThat(draft.getEdition()).isEqualTo(2);
		assertThat(draft.getReplacesSetId()).isEqualTo(original);
		long oldPledge = CouncilContext.callIn(council, () -> pledges.set(original).pledges().getFirst().getId());
		Pledge copied = CouncilContext.callIn(council, () -> pledges.set(draft.getId()).pledges().getFirst());
		assertThat(copied.getReplacesPledgeId()).isEqualTo(oldPledge);
		assertThatThrownBy(() -> CouncilContext.runIn(council, () -> pledges.reword(oldPledge,
				new PledgeRequest(1, "Changed in force", null, 0L)))).isInstanceOf(ConflictException.class);

		assertThatThrownBy(() -> CouncilContext.runIn(council,
				() -> pledges.transition(draft.getId(), new TransitionRequest(PledgeSetStatus.IN_FORCE))))
			.hasMessageContaining("inForceFrom");
		CouncilContext.runIn(council, () -> pledges.update(draft.getId(), new PledgeSetRequest("Our Promises",
				org.corporateparenting.pledges.Audience.BOTH, LocalDate.of(2026, 4, 1), "Reviewed with young people",
				pledges.set(draft.getId()).getVersion())));
		CouncilContext.runIn(council, () -> scenario
			.stimulate(() -> pledges.transition(draft.getId(), new TransitionRequest(PledgeSetStatus.IN_FORCE)))
			.andWaitForEventOfType(PledgeSetReplaced.class)
			.matching(event -> event.replacedSetId() == original)
			.toArriveAndVerify(event -> {
				assertThat(event.council()).isEqualTo(council);
				assertThat(event.newSetId()).isEqualTo(draft.getId());
			}));
		assertThat(CouncilContext.callIn(council, () -> pledges.set(original).getStatus()))
			.isEqualTo(PledgeSetStatus.REPLACED);
		assertThat(CouncilContext.callIn(council, () -> pledges.set(original).pledges())).hasSize(1);
	}

	@Test
	void aWorkStreamUpdatePublishesWorkStreamUpdated(Scenario scenario) {
		CouncilContext.runIn(council, () -> starter.importFile(Path.of("../../tenants/walsall/pledges.yaml")));
		long id = CouncilContext.callIn(council, () -> workStreams.workStreams().getFirst().getId());

		CouncilContext.runIn(council, () -> scenario
			.stimulate(() -> workStreams.report(id, new WorkStreamUpdateRequest(LocalDate.of(2024, 6, 1),
					List.of("Leisure passes issued to every child in care"), List.of()), "officer"))
			.andWaitForEventOfType(WorkStreamUpdated.class)
			.matching(event -> event.workStreamId() == id && event.delivered().contains("Leisure passes issued to every child in care"))
			.toArriveAndVerify(event -> {
				assertThat(event.council()).isEqualTo(council);
				assertThat(event.delivered()).containsExactly("Leisure passes issued to every child in care");
			}));
	}

	@Test
	void anImportAnnouncesPledgesChangedEvenWhenNoStepOfItDid(@TempDir Path folder, Scenario scenario)
			throws IOException {
		// A draft set and no work streams: none of the writes the import makes announces anything on its own.
		Path file = Files.writeString(folder.resolve(PledgesStarter.FILE), """
				pledgeSets:
				  - key: draft-2026
				    title: "Our Promises"
				    audience: BOTH
				    status: DRAFT
				    themes:
				      - title: "Your Voice"
				        pledges:
				          - number: 1
				            text: "We will listen to you"
				""");

		CouncilContext.runIn(council, () -> scenario.stimulate(() -> starter.importFile(file))
			.andWaitForEventOfType(PledgesChanged.class)
			.toArriveAndVerify(event -> assertThat(event.council()).isEqualTo(council)));
	}
}
