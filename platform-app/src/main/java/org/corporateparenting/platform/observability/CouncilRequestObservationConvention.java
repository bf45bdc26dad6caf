package org.corporateparenting.platform.observability;

import org.corporateparenting.tenancy.Council;
import org.corporateparenting.tenancy.CouncilRequestFilter;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;

import io.micrometer.common.KeyValues;

/**
 * Tags the HTTP server metrics ({@code http_server_requests}) with the council each request ran in, so an operator
 * can see one council's traffic, latency and errors. (Its database time is tenancy's
 * {@code cpp.database.connection.held} timer, tagged the same way.)
 * <p>
 * The tag holds only the slug of a council the {@link CouncilRequestFilter} let the request into, which the
 * registry must know; every other request (platform admin, partnership, public, or a made-up or refused slug in
 * the URL) is tagged {@code none}. So URLs cannot grow the number of series beyond one per council.
 */
@Component
class CouncilRequestObservationConvention extends DefaultServerRequestObservationConvention {

	static final String COUNCIL = "council";

	static final String NO_COUNCIL = "none";

	/** Asked again when the request ends, by which time the council filter has recorded the council it entered. */
	@Override
	public KeyValues getLowCardinalityKeyValues(ServerRequestObservationContext context) {
		String council = CouncilRequestFilter.councilOf(context.getCarrier()).map(Council::slug).orElse(NO_COUNCIL);
		return super.getLowCardinalityKeyValues(context).and(COUNCIL, council);
	}
}
