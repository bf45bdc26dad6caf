package org.corporateparenting.safeguarding.web;

import org.corporateparenting.safeguarding.Outcome;
import org.corporateparenting.safeguarding.application.SafeguardingRequests.OutcomeRequest;
import org.corporateparenting.safeguarding.application.SafeguardingRequests.SettingsRequest;
import org.corporateparenting.safeguarding.application.SafeguardingViews.SettingsView;
import org.corporateparenting.web.FormValues;
import org.corporateparenting.web.SubmittedForm;
import org.jspecify.annotations.Nullable;

/** The safeguarding pages' forms as posted, each field as typed. */
final class SafeguardingForms {

	private SafeguardingForms() {
	}

	/** @param list {@code platform} or {@code own}; phrases and patterns one a line */
	record SettingsForm(@Nullable String leadEmail, @Nullable String leadRole, @Nullable String adminsEmail,
			@Nullable String list, @Nullable String phrases, @Nullable String patterns, @Nullable String version)
			implements SubmittedForm {

		static SettingsForm of(SettingsView view) {
			return new SettingsForm(view.leadEmail(), view.leadRole(), view.adminsEmail(),
					view.ownList() ? "own" : "platform", String.join("\n", view.phrases()),
					String.join("\n", view.patterns()), String.valueOf(view.version()));
		}

		SettingsRequest toRequest() {
			return new SettingsRequest(leadEmail, leadRole, adminsEmail, "own".equals(list),
					FormValues.lines(phrases), FormValues.lines(patterns), FormValues.version(version));
		}
	}

	record OutcomeForm(@Nullable String outcome, @Nullable String note, @Nullable String version)
			implements SubmittedForm {

		OutcomeRequest toRequest() {
			Outcome chosen = FormValues.value(Outcome.class, "outcome", outcome);
			return new OutcomeRequest(chosen, note, FormValues.version(version));
		}
	}
}
