package org.corporateparenting.tenancy.settings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What this start of the platform is for.
 *
 * @param migrateOnly bring every council's schema up to date and exit ({@code --migrate-only}, as the Helm
 *     pre-upgrade Job runs it): nothing else starts, nothing is onboarded
 */
@ConfigurationProperties("cpp")
public record StartupProperties(@DefaultValue("false") boolean migrateOnly) {
}
