package org.corporateparenting.tenancy;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.corporateparenting.web.ConflictException;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reading a council's starter file ({@code strategy.yaml}, {@code alliance.yaml}, ...) the same way in every
 * module: strictly (an unknown key is a mistake), and with every problem named by its place in the file.
 */
public final class StarterFiles {

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private StarterFiles() {
	}

	/** The file as the module's record of it; a file that does not fit says where (path and line). */
	public static <T> T read(Path file, Class<T> type) {
		try {
			return YAML.readValue(file.toFile(), type);
		}
		catch (JacksonException ex) {
			String field = ex.getPath()
				.stream()
				.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
				.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
				.orElse("file");
			String near = ex.getLocation() == null ? "" : " (near line " + ex.getLocation().getLineNr() + ")";
			throw new StarterFileException(file, List.of(new FieldProblem(field + near, ex.getOriginalMessage())));
		}
	}

	/** Refuses the file with every problem found when checking it as a whole. */
	public static void refuseIfAny(Path file, List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new StarterFileException(file, problems);
		}
	}

	/**
	 * Runs one entry's import; what the services refuse is reported against the entry's place in the file, like the
	 * problems found when the whole file is checked first.
	 */
	public static <T> T entry(Path file, String entry, Supplier<T> step) {
		try {
			return step.get();
		}
		catch (InvalidInputException ex) {
			throw new StarterFileException(file, ex.problems()
				.stream()
				.map(problem -> new FieldProblem(entry + "." + problem.field(), problem.message()))
				.toList());
		}
		catch (ConflictException ex) {
			throw new StarterFileException(file,
					List.of(new FieldProblem(entry + ex.field().map(field -> "." + field).orElse(""), ex.getMessage())));
		}
	}

	/** A starter file the platform cannot import, with every problem in it. */
	public static class StarterFileException extends RuntimeException {

		private final List<FieldProblem> problems;

		public StarterFileException(Path file, List<FieldProblem> problems) {
			super(file + ": " + problems.stream().map(p -> p.field() + " " + p.message()).toList());
			this.problems = List.copyOf(problems);
		}

		public List<FieldProblem> problems() {
			return problems;
		}
	}
}
