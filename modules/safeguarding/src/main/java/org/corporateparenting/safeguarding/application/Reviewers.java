package org.corporateparenting.safeguarding.application;

import java.util.Optional;

import org.corporateparenting.safeguarding.domain.SafeguardingSettings;
import org.corporateparenting.safeguarding.domain.SafeguardingSettingsStore;
import org.corporateparenting.web.CouncilPermissions;
import org.corporateparenting.web.PersonEmail;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who reads the council's possible disclosures, decided here and asked by the API, the pages and the home panel: the
 * named safeguarding lead (by the email address of their sign-in, holding a role in the council), and, only while no
 * lead is named, the council's admins. Nobody else, whatever their role.
 */
@Component
public class Reviewers {

	static final String REFUSED = "Only the council's safeguarding lead reads possible disclosures (its admins, while no"
			+ " lead is named)";

	private final SafeguardingSettingsStore settings;

	Reviewers(SafeguardingSettingsStore settings) {
		this.settings = settings;
	}

	/** One query: the council's settings. */
	@Transactional(readOnly = true)
	public boolean mayReview(@Nullable Authentication caller) {
		CouncilPermissions may = CouncilPermissions.of(caller);
		if (!may.read()) {
			return false;
		}
		Optional<String> lead = settings.findById(SafeguardingSettings.ID).map(SafeguardingSettings::getLeadEmail);
		return lead.isPresent() ? PersonEmail.of(caller).filter(lead.get()::equals).isPresent() : may.administer();
	}

	/** @throws AccessDeniedException (403) for anyone but a reviewer */
	public void require(@Nullable Authentication caller) {
		if (!mayReview(caller)) {
			throw new AccessDeniedException(REFUSED);
		}
	}
}
