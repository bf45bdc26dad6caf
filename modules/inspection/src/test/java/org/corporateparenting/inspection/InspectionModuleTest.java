package org.corporateparenting.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.corporateparenting.inspection.application.AreaEvidence;
import org.corporateparenting.inspection.application.EvidenceItem;
import org.corporateparenting.inspection.application.EvidenceMapping;
import org.corporateparenting.inspection.application.EvidenceRequests.LinkRequest;
import org.corporateparenting.inspection.application.SelfEvaluationDocument;
import org.corporateparenting.inspection.application.SelfEvaluationDrafting;
import org.corporateparenting.inspection.application.SelfEvaluationRequests.NarrativeRequest;
import org.corporateparenting.inspection.application.SelfEvaluationRequests.SaveRequest;
import org.corporateparenting.inspection.application.SelfEvaluationRequests.StartRequest;
import org.corporateparenting.inspection.domain.EvidenceLink;
import org.corporateparenting.inspection.domain.SelfEvaluation;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.StarterImport;
import org.corporateparenting.tenancy.onboarding.CouncilOnboarding;
import org.corporateparenting.tenancy.testing.FreshCouncils;
import org.corporateparenting.web.ConflictException;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The demo councils' evidence as their files link it, each piece with its latest status read from its own module;
 * links checked (every problem at once, records the council does not have, stale versions); and the self-evaluation's
 * versions: a saved one frozen with the evidence as it stood, its next version superseding it, the event with its
 * council. Each test works in a council of its own.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class InspectionModuleTest {

	@Autowired
	EvidenceMapping evidence;

	@Autowired
	SelfEvaluationDrafting drafting;

	@Autowired
	List<StarterImport> starters;

	@Autowired
	CouncilOnboarding onboarding;

	@Test
	void walsallsEvidenceImportsWithEachRecordsLatestStatus() {
		String council = withDemoFiles("walsall");
		CouncilContext.runIn(council, () -> {
			List<AreaEvidence> board = evidence.board();
			assertThat(board).extracting(AreaEvidence::area).containsExactly(JudgementArea.values());
			assertThat(board).noneMatch(AreaEvidence::noEvidence);
			List<EvidenceItem> careLeavers = area(board, JudgementArea.CARE_LEAVERS).items();
			assertThat(careLeavers).extracting(EvidenceItem::kind)
				.contains(EvidenceKind.ACTION, EvidenceKind.INDICATOR, EvidenceKind.OFFER_SECTION,
						EvidenceKind.YOU_SAID_WE_DID);
			assertThat(careLeavers).filteredOn(item -> item.kind() == EvidenceKind.OFFER_SECTION)
				.singleElement()
				.satisfies(item -> {
					assertThat(item.title()).isEqualTo("Council Tax exemption");
					assertThat(item.status()).startsWith("Published");
					assertThat(item.path()).startsWith("/offer-sections/");
				});
			assertThat(careLeavers).filteredOn(item -> item.kind() == EvidenceKind.INDICATOR)
				.singleElement()
				.satisfies(item -> assertThat(item.status()).contains(" in ").doesNotContain("No figure"));
			assertThat(careLeavers).filteredOn(item -> item.kind() == EvidenceKind.YOU_SAID_WE_DID)
				.singleElement()
				.satisfies(item -> assertThat(item.status()).isEqualTo("We are going to do it; not yet published"));
			assertThat(area(board, JudgementArea.CHILDREN_IN_CARE).items())
				.filteredOn(item -> item.kind() == EvidenceKind.ACTION)
				.singleElement()
				.satisfies(item -> assertThat(item.title()).startsWith("WAL-23-01 "));
		});
	}

	@Test
	void anAreaWithNoEvidenceIsFlagged() {
		String council = withDemoFiles("southwark");
		CouncilContext.runIn(council, () -> {
			List<AreaEvidence> board = evidence.board();
			assertThat(area(board, JudgementArea.LEADERS_IMPACT).noEvidence()).isTrue();
			assertThat(area(board, JudgementArea.CARE_LEAVERS).noEvidence()).isFalse();
		});
		String wirral = withDemoFiles("wirral");
		CouncilContext.runIn(wirral, () -> assertThat(evidence.board()).noneMatch(AreaEvidence::noEvidence));
	}

	@Test
	void aLinkIsCheckedWholeAndChangedOnlyFromTheVersionRead() {
		String council = withDemoFiles("wirral");
		CouncilContext.runIn(council, () -> {
			assertThatThrownBy(() -> evidence.create(new LinkRequest(null, null, " ", "x".repeat(2001), null)))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
					.extracting(FieldProblem::field)
					.containsExactlyInAnyOrder("area", "kind", "reference", "note"));
			assertThatThrownBy(() -> evidence
				.create(new LinkRequest(JudgementArea.CARE_LEAVERS, EvidenceKind.ACTION, "WAL-23-01", null, null)))
				.as("another council's action")
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
					.extracting(FieldProblem::field)
					.containsExactly("reference"));
			assertThatThrownBy(() -> evidence.create(
					new LinkRequest(JudgementArea.CARE_LEAVERS, EvidenceKind.ACTION, "WIR-22-02", null, null)))
				.as("already evidence for that area")
				.isInstanceOf(InvalidInputException.class);

			EvidenceLink link = evidence
				.create(new LinkRequest(JudgementArea.CHILDREN_IN_CARE, EvidenceKind.ACTION, "WIR-22-05", "Guardians", null));
			long read = link.getVersion();
			evidence.update(link.getId(),
					new LinkRequest(JudgementArea.LEADERS_IMPACT, EvidenceKind.ACTION, "WIR-22-05", "Moved", read));
			assertThatThrownBy(() -> evidence.update(link.getId(),
					new LinkRequest(JudgementArea.CARE_LEAVERS, EvidenceKind.ACTION, "WIR-22-05", "Stale", read)))
				.isInstanceOf(OptimisticLockingFailureException.class);
			assertThatThrownBy(() -> evidence.update(link.getId(),
					new LinkRequest(JudgementArea.CARE_LEAVERS, EvidenceKind.INDICATOR, "SDQ-SCORE", null, null)))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
					.extracting(FieldProblem::field)
					.containsExactlyInAnyOrder("kind", "reference", "version"));
			assertThat(evidence.item(link.getId()).area()).isEqualTo(JudgementArea.LEADERS_IMPACT);
			assertThat(evidence.item(link.getId()).note()).isEqualTo("Moved");
		});
	}

	@Test
	void aSavedSelfEvaluationIsFrozenWithItsEvidenceAndSupersededByItsNextVersion(Scenario scenario) {
		String council = withDemoFiles("southwark");
		long first = CouncilContext.callIn(council, () -> {
			assertThatThrownBy(() -> drafting.start(new StartRequest(1999)))
				.isInstanceOfSatisfying(InvalidInputException.class,
						ex -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("year"));
			SelfEvaluation started = drafting.start(new StartRequest(2026));
			assertThatThrownBy(() -> drafting.start(new StartRequest(2026))).isInstanceOf(ConflictException.class);
			SelfEvaluation written = drafting.write(started.getId(), narrative("Stable homes", started.getVersion()));
			assertThatThrownBy(() -> drafting.write(started.getId(), narrative("Stale", started.getVersion())))
				.isInstanceOf(OptimisticLockingFailureException.class);
			SelfEvaluationDocument draft = drafting.document(started.getId());
			assertThat(draft.evidenceAsSaved()).isFalse();
			assertThat(draft.areasWithoutEvidence()).isEqualTo(1);
			assertThat(draft.areas().getFirst().narrative().quality()).isEqualTo("Stable homes");
			return written.getId();
		});

		CouncilContext.runIn(council, () -> scenario
			.stimulate(() -> drafting.save(first, new SaveRequest(drafting.selfEvaluation(first).getVersion())))
			.andWaitForEventOfType(SelfEvaluationSaved.class)
			.matching(event -> event.selfEvaluationId() == first)
			.toArriveAndVerify(event -> {
				assertThat(event.council()).isEqualTo(council);
				assertThat(event.year()).isEqualTo(2026);
				assertThat(event.areasWithoutEvidence()).isEqualTo(1);
			}));

		CouncilContext.runIn(council, () -> {
			assertThatThrownBy(() -> drafting.write(first, narrative("Changed", drafting.selfEvaluation(first)
				.getVersion()))).isInstanceOf(ConflictException.class);
			evidence.create(new LinkRequest(JudgementArea.LEADERS_IMPACT, EvidenceKind.ACTION, "SWK-21-02",
					"Consulting children in care and care leavers", null));
			SelfEvaluationDocument saved = drafting.document(first);
			assertThat(saved.evidenceAsSaved()).isTrue();
			assertThat(saved.areasWithoutEvidence()).as("the evidence as it stood when saved").isEqualTo(1);

			SelfEvaluation next = drafting.nextVersion(first);
			assertThat(next.getEdition()).isEqualTo(2);
			assertThat(next.narrative(JudgementArea.CHILDREN_IN_CARE).quality()).isEqualTo("Stable homes");
			assertThatThrownBy(() -> drafting.nextVersion(first)).isInstanceOf(ConflictException.class);
			assertThat(drafting.document(next.getId()).areasWithoutEvidence()).as("a draft's evidence is today's")
				.isZero();
			drafting.save(next.getId(), new SaveRequest(next.getVersion()));
			assertThat(drafting.selfEvaluation(first).getStatus()).isEqualTo(SelfEvaluationStatus.SUPERSEDED);
			assertThat(drafting.selfEvaluation(next.getId()).getStatus()).isEqualTo(SelfEvaluationStatus.SAVED);
		});
	}

	private static NarrativeRequest narrative(String quality, long version) {
		return new NarrativeRequest(quality, "Family finding", null, null, " ", null, version);
	}

	private static AreaEvidence area(List<AreaEvidence> board, JudgementArea area) {
		return board.stream().filter(a -> a.area() == area).findFirst().orElseThrow();
	}

	/** A fresh council with every file of the demo council, imported in the order onboarding imports them. */
	private String withDemoFiles(String demo) {
		String council = FreshCouncils.onboard(onboarding, "inspectshire");
		CouncilContext.runIn(council, () -> starters.stream()
			.sorted(Comparator.comparingInt(StarterImport::order))
			.filter(starter -> Files.exists(Path.of("../../tenants", demo, starter.file())))
			.forEach(starter -> starter.load(withoutSharing(Path.of("../../tenants", demo, starter.file())))));
		return council;
	}

	/**
	 * The file as it is, but indicators.yaml without what it shares with partnerships (its last keys: shares,
	 * benchmarking, finalised): a fresh council is in none, and the evidence reads only the council's own figures.
	 */
	private static Path withoutSharing(Path file) {
		if (!file.getFileName().toString().equals("indicators.yaml")) {
			return file;
		}
		try {
			String text = Files.readString(file);
			Path copy = Files.createTempDirectory("inspection").resolve("indicators.yaml");
			Files.writeString(copy, text.substring(0, text.indexOf("\nshares:") + 1));
			return copy;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
