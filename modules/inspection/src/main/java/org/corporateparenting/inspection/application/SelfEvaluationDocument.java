package org.corporateparenting.inspection.application;

import java.util.List;

import org.corporateparenting.inspection.JudgementArea;
import org.corporateparenting.inspection.domain.Narrative;
import org.corporateparenting.inspection.domain.SelfEvaluation;

/**
 * A version of the self-evaluation as it reads: for each judgement area the council's narrative and the evidence
 * (today's for a draft, as it stood when saved for a saved one).
 *
 * @param evidenceAsSaved whether the evidence is as it stood when the version was saved, not live
 */
public record SelfEvaluationDocument(SelfEvaluation selfEvaluation, List<Area> areas, boolean evidenceAsSaved) {

	/** Areas flagged as having no evidence. */
	public long areasWithoutEvidence() {
		return areas.stream().filter(area -> area.evidence().noEvidence()).count();
	}

	/** One judgement area of the self-evaluation. */
	public record Area(JudgementArea area, Narrative narrative, AreaEvidence evidence) {
	}
}
