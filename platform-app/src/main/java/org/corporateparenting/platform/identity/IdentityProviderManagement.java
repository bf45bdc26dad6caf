package org.corporateparenting.platform.identity;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corporateparenting.alliance.PartnerOrganisationDirectory;
import org.corporateparenting.platform.security.SecurityProperties;
import org.corporateparenting.tenancy.IdentityProviders;
import org.corporateparenting.tenancy.IssuerAddresses;
import org.corporateparenting.tenancy.PlatformIssuers;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import jakarta.validation.Validator;

/**
 * A council admin looking after the council's identity provider: reading and saving its settings (every problem at
 * once, partner organisations checked against the council's own), its history, and what a pasted token would get.
 * Runs in the council's context, which the council filter set from the address.
 */
@Service
class IdentityProviderManagement {

	private final IdentityProviders providers;

	private final PartnerOrganisationDirectory organisations;

	private final PlatformIssuers platformIssuers;

	private final Validator validator;

	private final Clock clock;

	private final IssuerAddresses issuerAddresses;

	private final ObjectProvider<SecurityProperties> security;

	/** Without the web security (the migrate-only run), no issuer is the platform's own. */
	IdentityProviderManagement(IdentityProviders providers, PartnerOrganisationDirectory organisations,
			ObjectProvider<PlatformIssuers> platformIssuers, Validator validator, Clock clock,
			IssuerAddresses issuerAddresses, ObjectProvider<SecurityProperties> security) {
		this.issuerAddresses = issuerAddresses;
		this.security = security;
		this.providers = providers;
		this.organisations = organisations;
		this.platformIssuers = platformIssuers.getIfAvailable(() -> Set::of);
		this.validator = validator;
		this.clock = clock;
	}

	IdentityProviderView current(String council) {
		return providers.find(council).map(IdentityProviderView::of).orElseGet(() -> IdentityProviderView.none(council));
	}

	/**
	 * @throws InvalidInputException with every problem of the request
	 * @throws org.springframework.dao.OptimisticLockingFailureException when someone saved a version since
	 * @throws org.corporateparenting.web.ConflictException when another council signs in with the issuer
	 */
	IdentityProviderView save(String council, IdentityProviderRequest request, String actor) {
		List<FieldProblem> problems = FieldProblem.of(validator.validate(request));
		problems.addAll(request.problems(organisations.namesByKey().keySet(), platformIssuers.issuers(),
				issuerAddresses));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return IdentityProviderView.of(providers.save(council, request.toSettings(), request.version(), actor));
	}

	TokenCheck check(String council, @Nullable String token) {
		return TokenCheck.of(council, providers.find(council), platformAudience(), PastedToken.read(token),
				clock.instant());
	}

	/** What a council's provider's tokens must carry when its admins name no audience of their own. */
	String platformAudience() {
		return security.getObject().audience();
	}

	List<RecordHistory.Change> history(String council) {
		return providers.history(council);
	}

	/** The council's partner organisations' names by key, for the page's choice of organisation. */
	Map<String, String> organisations() {
		return organisations.namesByKey();
	}
}
