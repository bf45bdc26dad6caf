package org.corporateparenting.tenancy.onboarding;

import java.util.List;

/** The nine regions of England, as the ONS names them. */
public final class EnglishRegions {

	public static final List<String> ALL = List.of("North East", "North West", "Yorkshire and The Humber",
			"East Midlands", "West Midlands", "East of England", "London", "South East", "South West");

	private EnglishRegions() {
	}

	public static boolean contains(String region) {
		return ALL.contains(region);
	}
}
