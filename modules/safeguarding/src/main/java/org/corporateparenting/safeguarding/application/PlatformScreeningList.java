package org.corporateparenting.safeguarding.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.corporateparenting.web.FieldProblem;

/**
 * The platform's screening list, from {@code safeguarding/screening-list.txt} on the class path: what every council
 * screens with until its admins give it a list of its own. Read once; a list that does not pass its own checks stops
 * the platform from starting, since screening with half a list would miss what it was meant to catch.
 */
final class PlatformScreeningList {

	static final String RESOURCE = "safeguarding/screening-list.txt";

	private static final String PATTERN = "pattern:";

	private PlatformScreeningList() {
	}

	static ScreeningList read() {
		try (InputStream in = PlatformScreeningList.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("The platform's screening list " + RESOURCE + " is missing");
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ScreeningList parse(String text) {
		List<String> phrases = new ArrayList<>();
		List<String> patterns = new ArrayList<>();
		text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(line -> {
			if (line.startsWith(PATTERN)) {
				patterns.add(line.substring(PATTERN.length()).strip());
			}
			else {
				phrases.add(line);
			}
		});
		List<FieldProblem> problems = ScreeningList.problems(phrases, patterns);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("The platform's screening list " + RESOURCE + " is wrong: " + problems);
		}
		return ScreeningList.of(phrases, patterns);
	}
}
