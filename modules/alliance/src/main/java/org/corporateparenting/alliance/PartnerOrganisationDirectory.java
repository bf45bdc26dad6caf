package org.corporateparenting.alliance;

import java.util.Map;
import java.util.Optional;

/**
 * The council's partner organisations by id, for modules that name one (a strategy action a partner owns): its key
 * is what a partner's sign-in carries in its {@code organisation} claim. Called in the current council's context.
 */
public interface PartnerOrganisationDirectory {

	/** The key of the organisation with this id, if the council has it. */
	Optional<String> keyOf(long organisationId);

	/** The id of the organisation with this key, if the council has it. */
	Optional<Long> idOf(String key);

	/** Every organisation's name by its key, in name order: what a partner's sign-in may name. */
	Map<String, String> namesByKey();
}
