package org.corporateparenting.tenancy;

import java.util.Optional;

/**
 * A council's schema has been created and migrated. Published in the council's own context, so each module's
 * listener runs in that council and can import its starter file (such as {@code strategy.yaml}) from the
 * council's folder when there is one.
 *
 * @param council the council's slug
 * @param starterFolder the folder holding the council's starter files, or {@code null} when it came without
 */
public record CouncilOnboarded(String council, String name, String starterFolder) implements CouncilEvent {

	public Optional<java.nio.file.Path> starterFile(String fileName) {
		return Optional.ofNullable(starterFolder)
			.map(folder -> java.nio.file.Path.of(folder, fileName))
			.filter(java.nio.file.Files::isRegularFile);
	}
}
