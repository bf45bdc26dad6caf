package org.corporateparenting.inspection.web;

import org.corporateparenting.inspection.EvidenceKind;
import org.corporateparenting.inspection.JudgementArea;
import org.corporateparenting.inspection.application.EvidenceRequests.LinkRequest;
import org.corporateparenting.inspection.application.SelfEvaluationRequests.NarrativeRequest;
import org.corporateparenting.inspection.application.SelfEvaluationRequests.SaveRequest;
import org.corporateparenting.inspection.application.SelfEvaluationRequests.StartRequest;
import org.corporateparenting.web.FormValues;
import org.corporateparenting.web.SubmittedForm;
import org.jspecify.annotations.Nullable;

/** The inspection pages' forms as posted, each field as typed. */
final class InspectionForms {

	private InspectionForms() {
	}

	/**
	 * A new link: the page offers every record in one list, each chosen as {@code KIND:reference}, so one choice
	 * names both the kind and the record.
	 */
	record NewLinkForm(@Nullable String area, @Nullable String record, @Nullable String note) implements SubmittedForm {

		LinkRequest toRequest() {
			String chosen = record == null ? "" : record;
			int colon = chosen.indexOf(':');
			EvidenceKind kind = colon < 0 ? null : FormValues.value(EvidenceKind.class, "record", chosen.substring(0, colon));
			String reference = colon < 0 ? null : chosen.substring(colon + 1);
			return new LinkRequest(FormValues.value(JudgementArea.class, "area", area), kind, reference, note, null);
		}
	}

	/** A link moved to another area or given a new note; its kind and record stay. */
	record LinkForm(@Nullable String area, @Nullable String note, @Nullable String version) implements SubmittedForm {

		LinkRequest toRequest(EvidenceKind kind, String reference) {
			return new LinkRequest(FormValues.value(JudgementArea.class, "area", area), kind, reference, note,
					FormValues.version(version));
		}
	}

	record StartForm(@Nullable String year) implements SubmittedForm {

		StartRequest toRequest() {
			return new StartRequest(FormValues.integer("year", year));
		}
	}

	record NarrativeForm(@Nullable String childrenInCareQuality, @Nullable String childrenInCareImproving,
			@Nullable String careLeaversQuality, @Nullable String careLeaversImproving, @Nullable String leadersQuality,
			@Nullable String leadersImproving, @Nullable String version) implements SubmittedForm {

		NarrativeRequest toRequest() {
			return new NarrativeRequest(childrenInCareQuality, childrenInCareImproving, careLeaversQuality,
					careLeaversImproving, leadersQuality, leadersImproving, FormValues.version(version));
		}
	}

	record SaveForm(@Nullable String version) implements SubmittedForm {

		SaveRequest toRequest() {
			return new SaveRequest(FormValues.version(version));
		}
	}
}
