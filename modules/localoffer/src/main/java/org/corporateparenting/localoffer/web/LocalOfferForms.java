package org.corporateparenting.localoffer.web;

import org.corporateparenting.localoffer.Entitlement;
import org.corporateparenting.localoffer.OfferArea;
import org.corporateparenting.localoffer.OfferStatus;
import org.corporateparenting.localoffer.application.LocalOfferRequests.OfferRequest;
import org.corporateparenting.localoffer.application.LocalOfferRequests.SectionRequest;
import org.corporateparenting.localoffer.application.LocalOfferRequests.TransitionRequest;
import org.corporateparenting.web.FormValues;
import org.corporateparenting.web.SubmittedForm;
import org.jspecify.annotations.Nullable;

/** The local offer's forms as posted, each field as typed. */
final class LocalOfferForms {

	private LocalOfferForms() {
	}

	record OfferForm(@Nullable String title, @Nullable String introduction, @Nullable String consultationId,
			@Nullable String reviewDue, @Nullable String contactRole, @Nullable String contactEmail,
			@Nullable String illustrative, @Nullable String version) implements SubmittedForm {

		OfferRequest toRequest() {
			return new OfferRequest(title, introduction, FormValues.id("consultationId", consultationId),
					FormValues.date("reviewDue", reviewDue), contactRole, contactEmail, "true".equals(illustrative),
					FormValues.version(version));
		}
	}

	record SectionForm(@Nullable String area, @Nullable String title, @Nullable String whatYouCanGet,
			@Nullable String whoIsEligible, @Nullable String howToAsk, @Nullable String entitlement,
			@Nullable String provider, @Nullable String contact, @Nullable String illustrative,
			@Nullable String partnerOfferId, @Nullable String version) implements SubmittedForm {

		SectionRequest toRequest() {
			return new SectionRequest(FormValues.value(OfferArea.class, "area", area), title, whatYouCanGet,
					whoIsEligible, howToAsk, FormValues.value(Entitlement.class, "entitlement", entitlement), provider,
					contact, "true".equals(illustrative), FormValues.id("partnerOfferId", partnerOfferId),
					FormValues.version(version));
		}
	}

	record TransitionForm(@Nullable String to, @Nullable String reviewDue) implements SubmittedForm {

		TransitionRequest toRequest() {
			return new TransitionRequest(FormValues.value(OfferStatus.class, "to", to),
					FormValues.date("reviewDue", reviewDue));
		}
	}
}
