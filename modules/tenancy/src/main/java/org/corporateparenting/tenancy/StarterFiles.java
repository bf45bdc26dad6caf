package org.corporateparenting.tenancy;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
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
			String field = field(ex);
			String near = ex.getLocation() == null ? "" : " (near line " + ex.getLocation().getLineNr() + ")";
			throw new StarterFileException(file, List.of(new FieldProblem(field + near, ex.getOriginalMessage())));
		}
	}

	/**
	 * Every problem with one file of a bundle, as the module that imports it finds them: the file read as the
	 * module's record of it, then the module's own check of the whole; each problem with its line. Writes nothing.
	 */
	public static <T> List<BundleProblem> check(CouncilBundle bundle, String name, Class<T> type,
			Function<T, List<FieldProblem>> check) {
		byte[] content = bundle.file(name).orElse(null);
		if (content == null) {
			return List.of();
		}
		T read;
		try {
			read = YAML.readValue(content, type);
		}
		catch (JacksonException ex) {
			Integer line = ex.getLocation() == null ? null : ex.getLocation().getLineNr();
			return List.of(new BundleProblem(name, line, field(ex), ex.getOriginalMessage()));
		}
		if (read == null) {
			return List.of(new BundleProblem(name, 1, "file", "is empty"));
		}
		return check.apply(read)
			.stream()
			.map(problem -> new BundleProblem(name, bundle.line(name, problem.field()).orElse(null), problem.field(),
					problem.message()))
			.toList();
	}

	private static String field(JacksonException ex) {
		return ex.getPath()
			.stream()
			.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
			.orElse("file");
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

		private final String file;

		private final List<FieldProblem> problems;

		public StarterFileException(Path file, List<FieldProblem> problems) {
			super(file + ": " + problems.stream().map(p -> p.field() + " " + p.message()).toList());
			this.file = file.getFileName().toString();
			this.problems = List.copyOf(problems);
		}

		/** The file's name, such as {@code strategy.yaml}. */
		public String file() {
			return file;
		}

		public List<FieldProblem> problems() {
			return problems;
		}
	}
}
