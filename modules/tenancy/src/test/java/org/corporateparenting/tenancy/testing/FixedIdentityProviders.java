package org.corporateparenting.tenancy.testing;

import java.util.List;
import java.util.Optional;

import org.corporateparenting.tenancy.IdentityProvider;
import org.corporateparenting.tenancy.IdentityProviders;
import org.corporateparenting.tenancy.RecordHistory;

/** Councils' identity providers for unit tests: the ones given, found by council and issuer; nothing is saved. */
public record FixedIdentityProviders(List<IdentityProvider> providers) implements IdentityProviders {

	public static FixedIdentityProviders of(IdentityProvider... providers) {
		return new FixedIdentityProviders(List.of(providers));
	}

	@Override
	public Optional<IdentityProvider> find(String council) {
		return providers.stream().filter(provider -> provider.council().equals(council)).findFirst();
	}

	@Override
	public Optional<IdentityProvider> findByIssuer(String issuer) {
		return providers.stream().filter(provider -> provider.issuer().equals(issuer)).findFirst();
	}

	@Override
	public IdentityProvider save(String council, IdentityProvider.Settings settings, long version, String actor) {
		throw new UnsupportedOperationException("A unit test's identity providers are fixed");
	}

	@Override
	public List<RecordHistory.Change> history(String council) {
		return List.of();
	}
}
