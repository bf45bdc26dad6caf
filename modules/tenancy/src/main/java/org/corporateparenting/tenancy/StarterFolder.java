package org.corporateparenting.tenancy;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the demo's starter files are, when this start onboards from them: modules with shared starter files (the
 * England values, say) load them at the same time as tenancy onboards the councils' folders. Empty in production
 * and in a migration-only run.
 */
@FunctionalInterface
public interface StarterFolder {

	Optional<Path> toOnboard();
}
