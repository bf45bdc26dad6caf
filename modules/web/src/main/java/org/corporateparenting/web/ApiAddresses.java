package org.corporateparenting.web;

import java.net.URI;

/** Where a council's record is in the API, for the {@code Location} of what a request created. */
public final class ApiAddresses {

	private ApiAddresses() {
	}

	/** {@code /api/councils/{council}{path}}, such as {@code /api/councils/walsall/meetings/12}. */
	public static URI of(String council, String path) {
		return URI.create("/api/councils/" + council + path);
	}
}
