package org.corporateparenting.inspection.application;

import java.time.LocalDate;
import java.util.List;

import org.corporateparenting.inspection.JudgementArea;
import org.corporateparenting.inspection.SelfEvaluationStatus;
import org.corporateparenting.inspection.domain.SelfEvaluation;
import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/** The self-evaluation as the API returns it. */
public final class SelfEvaluationViews {

	private SelfEvaluationViews() {
	}

	/** A version in the list of versions. */
	@Schema(name = "SelfEvaluationSummary")
	public record Summary(long id, long version, int year, int edition, SelfEvaluationStatus status,
			@Nullable LocalDate savedOn) {

		public static Summary of(SelfEvaluation selfEvaluation) {
			return new Summary(selfEvaluation.getId(), selfEvaluation.getVersion(), selfEvaluation.getYear(),
					selfEvaluation.getEdition(), selfEvaluation.getStatus(), selfEvaluation.getSavedOn());
		}
	}

	/**
	 * A version with each judgement area's narrative and evidence.
	 *
	 * @param evidenceAsSaved the evidence is as it stood when the version was saved; otherwise it is today's
	 */
	@Schema(name = "SelfEvaluation")
	public record Full(long id, long version, int year, int edition, SelfEvaluationStatus status,
			@Nullable LocalDate savedOn, boolean evidenceAsSaved, long areasWithoutEvidence, List<Area> areas) {

		public static Full of(SelfEvaluationDocument document) {
			SelfEvaluation selfEvaluation = document.selfEvaluation();
			return new Full(selfEvaluation.getId(), selfEvaluation.getVersion(), selfEvaluation.getYear(),
					selfEvaluation.getEdition(), selfEvaluation.getStatus(), selfEvaluation.getSavedOn(),
					document.evidenceAsSaved(), document.areasWithoutEvidence(),
					document.areas()
						.stream()
						.map(area -> new Area(area.area(), area.area().label(), area.narrative().quality(),
								area.narrative().improving(), area.evidence().noEvidence(), area.evidence().items()))
						.toList());
		}
	}

	/**
	 * @param quality what the council knows about the quality of practice
	 * @param improving what it is doing to improve
	 * @param noEvidence flagged: no evidence is linked to the area
	 */
	@Schema(name = "SelfEvaluationArea")
	public record Area(JudgementArea area, String label, @Nullable String quality, @Nullable String improving,
			boolean noEvidence, List<EvidenceItem> evidence) {
	}
}
