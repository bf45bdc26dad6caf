package org.corporateparenting.tenancy.onboarding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.corporateparenting.tenancy.CouncilBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A council's files written to a temporary folder for the modules' imports to read, in a folder named after the council
 * as the demo councils' are: the imports record who entered what as the folder and file ({@code walsall/indicators.yaml}).
 */
final class StarterCopy {

	private static final Logger log = LoggerFactory.getLogger(StarterCopy.class);

	private StarterCopy() {
	}

	static Path of(CouncilBundle bundle, String slug) {
		try {
			Path folder = Files.createDirectory(Files.createTempDirectory("cpp-bundle-").resolve(slug));
			bundle.writeTo(folder);
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Removes the copy once onboarding has read it. */
	static void delete(Path copy) {
		try (Stream<Path> files = Files.walk(copy.getParent())) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			log.warn("Could not delete the copy of the council's files {}", copy, ex);
		}
	}
}
