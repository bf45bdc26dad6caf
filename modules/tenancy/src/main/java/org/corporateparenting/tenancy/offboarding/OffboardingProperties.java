package org.corporateparenting.tenancy.offboarding;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Offboarding settings.
 *
 * @param exportFolder where offboarded councils' exports are kept ({@code <slug>-<timestamp>.zip}); on Kubernetes a
 * persistent volume, since the export is all that is left of the council once its schema is dropped
 */
@ConfigurationProperties("cpp.offboarding")
public record OffboardingProperties(@DefaultValue("data/exports") Path exportFolder) {
}
