package org.corporateparenting.consultation.web;

import org.corporateparenting.consultation.WellbeingVersion;
import org.corporateparenting.consultation.application.WellbeingRequests.SharingRequest;
import org.corporateparenting.consultation.application.WellbeingRequests.StartRequest;
import org.corporateparenting.web.FormValues;
import org.corporateparenting.web.SubmittedForm;
import org.jspecify.annotations.Nullable;

/** The well-being pages' forms as posted, each field as typed. */
final class WellbeingForms {

	private WellbeingForms() {
	}

	record StartForm(@Nullable String templateVersion, @Nullable String topic, @Nullable String opensOn,
			@Nullable String closesOn, @Nullable String contactRole, @Nullable String contactEmail)
			implements SubmittedForm {

		StartRequest toRequest() {
			return new StartRequest(FormValues.value(WellbeingVersion.class, "templateVersion", templateVersion), topic,
					FormValues.date("opensOn", opensOn), FormValues.date("closesOn", closesOn), contactRole,
					contactEmail);
		}
	}

	/** @param optedIn {@code yes} or {@code no}, as the radios send it */
	record SharingForm(@Nullable String optedIn, @Nullable String version) implements SubmittedForm {

		SharingRequest toRequest() {
			return new SharingRequest("yes".equals(optedIn) ? Boolean.TRUE : "no".equals(optedIn) ? Boolean.FALSE : null,
					FormValues.version(version));
		}
	}
}
