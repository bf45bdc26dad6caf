package org.corporateparenting.consultation.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.corporateparenting.consultation.ActivityKind;
import org.corporateparenting.consultation.Audience;
import org.corporateparenting.consultation.ConsultationStatus;
import org.corporateparenting.consultation.DesignedBy;
import org.corporateparenting.consultation.ForumKind;
import org.corporateparenting.consultation.Method;
import org.corporateparenting.consultation.QuestionType;
import org.corporateparenting.consultation.ResponseStatus;
import org.corporateparenting.consultation.application.ConsultationRequests.ActivityRequest;
import org.corporateparenting.consultation.application.ConsultationRequests.ConsultationRequest;
import org.corporateparenting.consultation.application.ConsultationRequests.FindingRequest;
import org.corporateparenting.consultation.application.ConsultationRequests.ForumRequest;
import org.corporateparenting.consultation.application.ConsultationRequests.LinkRequest;
import org.corporateparenting.consultation.application.ConsultationRequests.QuestionRequest;
import org.corporateparenting.web.FormValues;
import org.corporateparenting.web.SubmittedForm;
import org.jspecify.annotations.Nullable;

/**
 * The consultation pages' forms as posted, each field as typed; each becomes the request the API takes, a value
 * that does not parse becoming a problem beside its field. Lists are typed one item a line.
 */
final class ConsultationForms {

	private ConsultationForms() {
	}

	/** A consultation as typed; its audiences are the boxes ticked. */
	record ConsultationForm(@Nullable String topic, @Nullable List<String> audiences, @Nullable String method,
			@Nullable String opensOn, @Nullable String closesOn, @Nullable String status,
			@Nullable String designedBy, @Nullable String informs, @Nullable String forumId,
			@Nullable String summary, @Nullable String surveyIntro, @Nullable String contactRole,
			@Nullable String contactEmail, @Nullable String version) implements SubmittedForm {

		ConsultationRequest toRequest() {
			Set<Audience> chosen = new LinkedHashSet<>();
			for (String audience : audiences == null ? List.<String>of() : audiences) {
				chosen.add(FormValues.value(Audience.class, "audiences", audience));
			}
			return new ConsultationRequest(topic, chosen, FormValues.value(Method.class, "method", method),
					FormValues.date("opensOn", opensOn), FormValues.date("closesOn", closesOn),
					FormValues.value(ConsultationStatus.class, "status", status),
					FormValues.value(DesignedBy.class, "designedBy", designedBy), informs,
					FormValues.id("forumId", forumId), summary, surveyIntro, contactRole, contactEmail,
					FormValues.version(version));
		}
	}

	/** A survey question as typed; the options of a choice, one a line. */
	record QuestionForm(@Nullable String text, @Nullable String type, @Nullable String required,
			@Nullable String options, @Nullable String lowLabel, @Nullable String highLabel,
			@Nullable String maxLength) implements SubmittedForm {

		QuestionRequest toRequest() {
			return new QuestionRequest(text, FormValues.value(QuestionType.class, "type", type),
					"true".equals(required), FormValues.lines(options), lowLabel, highLabel,
					FormValues.integer("maxLength", maxLength), null);
		}
	}

	/** A new anonymous link to the survey; its closing date is {@code linkClosesOn} beside the consultation's own. */
	record LinkForm(@Nullable String label, @Nullable String linkClosesOn, @Nullable String maxResponses)
			implements SubmittedForm {

		LinkRequest toRequest() {
			return new LinkRequest(label, FormValues.date("linkClosesOn", linkClosesOn),
					FormValues.integer("maxResponses", maxResponses));
		}
	}

	record FindingForm(@Nullable String theme, @Nullable String summary, @Nullable String raisedBy,
			@Nullable String whatWeWillDo, @Nullable String responseStatus, @Nullable String reason,
			@Nullable String actionReference, @Nullable String toldBackOn, @Nullable String toldBackHow,
			@Nullable String version) implements SubmittedForm {

		FindingRequest toRequest() {
			return new FindingRequest(theme, summary, FormValues.integer("raisedBy", raisedBy), whatWeWillDo,
					FormValues.value(ResponseStatus.class, "responseStatus", responseStatus), reason, actionReference,
					FormValues.date("toldBackOn", toldBackOn), toldBackHow, FormValues.version(version));
		}
	}

	/** Publishing a finding on the "you said, we did" wall, or taking it down. */
	record PublicationForm(@Nullable String published, @Nullable String version) implements SubmittedForm {

		boolean publish() {
			return "true".equals(published);
		}
	}

	record ForumForm(@Nullable String name, @Nullable String kind, @Nullable String ageFrom, @Nullable String ageTo,
			@Nullable String meetingPattern, @Nullable String version) implements SubmittedForm {

		ForumRequest toRequest() {
			return new ForumRequest(name, FormValues.value(ForumKind.class, "kind", kind),
					FormValues.integer("ageFrom", ageFrom), FormValues.integer("ageTo", ageTo), meetingPattern,
					FormValues.version(version));
		}
	}

	record ActivityForm(@Nullable String date, @Nullable String kind, @Nullable String description)
			implements SubmittedForm {

		ActivityRequest toRequest() {
			return new ActivityRequest(FormValues.date("date", date), FormValues.value(ActivityKind.class, "kind", kind),
					description);
		}
	}
}
