package org.corporateparenting.inspection;

import org.corporateparenting.tenancy.CouncilEvent;

/**
 * A version of a year's self-evaluation was saved, frozen with the evidence as it stood, superseding the year's
 * version saved before it, if any.
 */
public record SelfEvaluationSaved(String council, long selfEvaluationId, int year, int edition,
		int areasWithoutEvidence) implements CouncilEvent {
}
