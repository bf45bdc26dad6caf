package org.corporateparenting.tenancy.settings;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * The councils' starter folders the demo onboards from (one folder per council, with its documents as YAML, and
 * shared files such as {@code partnerships.yaml} and {@code england-indicators.yaml}).
 *
 * @param location where the folders are, as configured ({@code cpp.tenants.folder})
 * @param onboardAtStart whether councils found there and not yet registered are onboarded at start-up (the demo
 *     profile; never in production)
 * @param moveDatesToToday whether the dates in those councils' files are moved forward by whole years when they are
 *     onboarded, so that their latest recorded event falls in the last twelve months (the demo profile, so that its
 *     councils' cycles are live whenever it first starts; tests keep the files' own dates)
 */
@ConfigurationProperties("cpp.tenants")
public record TenantsProperties(@DefaultValue("tenants") @Name("folder") String location,
		@DefaultValue("false") boolean onboardAtStart, @DefaultValue("false") boolean moveDatesToToday) {

	/** Where the folders are, relative to the working folder unless absolute. */
	public Path folder() {
		return Path.of(location);
	}
}
