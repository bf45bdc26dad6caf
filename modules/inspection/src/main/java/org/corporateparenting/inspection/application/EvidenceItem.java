package org.corporateparenting.inspection.application;

import org.corporateparenting.inspection.EvidenceKind;
import org.corporateparenting.inspection.JudgementArea;
import org.jspecify.annotations.Nullable;

/**
 * A piece of evidence as inspectors read it: the record a link names, with its latest status in words.
 *
 * @param linkId the link that offers it
 * @param area the judgement area it is evidence for
 * @param status the record's latest status (an action's RAG and status, an indicator's latest figure against its
 *     target, when a response was published, a local offer section's state)
 * @param path where the record's page is, below {@code /councils/{council}}; none when the record has gone
 */
public record EvidenceItem(long linkId, long version, JudgementArea area, EvidenceKind kind, String reference, String title,
		String status, Tone tone, @Nullable String path, @Nullable String note) {

	/** How the status is coloured on the board: green is good, red needs attention, grey says nothing either way. */
	public enum Tone {

		GREEN("Green", "govuk-tag--green"), AMBER("Amber", "govuk-tag--yellow"), RED("Red", "govuk-tag--red"),
		GREY("No rating", "govuk-tag--grey"), BLUE("In progress", "govuk-tag--blue");

		private final String label;

		private final String tagClass;

		Tone(String label, String tagClass) {
			this.label = label;
			this.tagClass = tagClass;
		}

		public String label() {
			return label;
		}

		public String tagClass() {
			return tagClass;
		}
	}
}
