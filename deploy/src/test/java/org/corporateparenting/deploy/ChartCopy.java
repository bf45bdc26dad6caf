package org.corporateparenting.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A copy of the chart whose hooks {@code helm template} through helm-java prints among the other objects. helm-java
 * leaves hooks out of its output, where the helm command prints them; in the copy each {@code helm.sh/hook...}
 * annotation is renamed under {@link #HOOK_PREFIX}, so Helm takes the Job for an ordinary object and the tests can
 * still read every annotation's value.
 */
final class ChartCopy {

	static final String HOOK_PREFIX = "shown.";

	private ChartCopy() {
	}

	static Path withHooksShown(Path chart, Path target) {
		try (Stream<Path> files = Files.walk(chart)) {
			for (Path file : files.toList()) {
				Path copy = target.resolve(chart.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				}
				else {
					String text = Files.readString(file);
					Files.writeString(copy, text.replace("\"helm.sh/hook", "\"" + HOOK_PREFIX + "helm.sh/hook"));
				}
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
