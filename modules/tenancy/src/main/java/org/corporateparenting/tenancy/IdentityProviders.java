package org.corporateparenting.tenancy;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Each council's own identity provider, kept with the registry in the platform schema and read from its copy in
 * memory: the security configuration asks on every request with a council provider's token, so looking one up costs
 * no query, and a change saved on any instance applies everywhere within seconds.
 */
public interface IdentityProviders {

	/** The council's identity provider, if its admins have set one. */
	Optional<IdentityProvider> find(String council);

	/** The council identity provider whose tokens carry this {@code iss}, if any: one issuer serves one council. */
	Optional<IdentityProvider> findByIssuer(String issuer);

	/**
	 * Sets the council's identity provider, keeping the version before in its history.
	 *
	 * @param version the version the change was made from: {@code 0} when the council has none yet
	 * @param actor who is saving it
	 * @throws OptimisticLockingFailureException when someone saved another version since
	 * @throws org.corporateparenting.web.ConflictException when another council signs in with the issuer
	 */
	IdentityProvider save(String council, IdentityProvider.Settings settings, long version, String actor);

	/** Every version saved, newest first: who saved it, when, and what changed from the version before. */
	List<RecordHistory.Change> history(String council);
}
