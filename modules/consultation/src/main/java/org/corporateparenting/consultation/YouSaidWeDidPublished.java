package org.corporateparenting.consultation;

import org.corporateparenting.tenancy.CouncilEvent;
import org.jspecify.annotations.Nullable;

/**
 * A finding and the council's response went on the public "you said, we did" page.
 *
 * @param actionReference the strategy action delivering it, by its reference, if one does
 */
public record YouSaidWeDidPublished(String council, long findingId, long consultationId, String theme,
		ResponseStatus status, @Nullable String actionReference) implements CouncilEvent {
}
