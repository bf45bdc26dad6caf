package org.corporateparenting.inspection.application;

import java.util.List;

import org.corporateparenting.inspection.JudgementArea;

/**
 * A judgement area with the evidence linked to it.
 *
 * @param noEvidence flagged: nothing is linked to the area yet, so the council shows inspectors nothing for it
 */
public record AreaEvidence(JudgementArea area, String label, List<EvidenceItem> items, boolean noEvidence) {

	public static AreaEvidence of(JudgementArea area, List<EvidenceItem> items) {
		return new AreaEvidence(area, area.label(), List.copyOf(items), items.isEmpty());
	}
}
