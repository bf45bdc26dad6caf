package org.corporateparenting.tenancy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A council's documents as a platform admin uploads them: {@code council.yaml} and any module's file
 * ({@code strategy.yaml}, {@code pledges.yaml} ...), given as files or as one zip. Bounded in number and size, so
 * that no upload can fill memory; the files are kept as sent, and each module reads its own.
 */
public final class CouncilBundle {

	/** The council's own file: slug, name, ONS code, region, partnerships, identity providers. */
	public static final String COUNCIL = "council.yaml";

	/** At most this many files in a bundle. */
	public static final int MAX_FILES = 12;

	/** At most this many bytes in one file, and in the whole bundle unpacked. */
	public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

	public static final long MAX_BUNDLE_BYTES = 8L * 1024 * 1024;

	private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,40}\\.ya?ml");

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private final Map<String, byte[]> files;

	private final Map<String, Map<String, Integer>> lines = new HashMap<>();

	private CouncilBundle(Map<String, byte[]> files) {
		this.files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
	}

	/**
	 * The files by name; a folder in a name is dropped ({@code walsall/strategy.yaml} is {@code strategy.yaml}).
	 *
	 * @throws InvalidInputException when a name is not a YAML file's, comes twice, or the bundle is too big
	 */
	public static CouncilBundle of(Map<String, byte[]> files) {
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, byte[]> named = new LinkedHashMap<>();
		long total = 0;
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			String name = baseName(file.getKey());
			total += file.getValue().length;
			if (!NAME.matcher(name).matches()) {
				problems.add(new FieldProblem("files", name + " is not one of a council's files: each is a .yaml file,"
						+ " such as council.yaml or strategy.yaml"));
			}
			else if (named.put(name, file.getValue()) != null) {
				problems.add(new FieldProblem("files", name + " is given twice"));
			}
			else if (file.getValue().length > MAX_FILE_BYTES) {
				problems.add(new FieldProblem("files", name + " is larger than 2 MB"));
			}
		}
		if (named.size() > MAX_FILES) {
			problems.add(new FieldProblem("files", "A bundle holds at most " + MAX_FILES + " files"));
		}
		if (total > MAX_BUNDLE_BYTES) {
			problems.add(new FieldProblem("files", "A bundle is at most 8 MB of files"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new CouncilBundle(named);
	}

	/** The YAML files in a zip (folders and other files in it are a problem), read no further than the limits. */
	public static CouncilBundle fromZip(InputStream zip) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		long total = 0;
		try (ZipInputStream entries = new ZipInputStream(zip)) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				if (entry.isDirectory() || baseName(entry.getName()).startsWith(".")) {
					continue;
				}
				if (files.size() == MAX_FILES * 2) {
					throw InvalidInputException.of("bundle", "A bundle holds at most " + MAX_FILES + " files");
				}
				byte[] content = entries.readNBytes((int) MAX_FILE_BYTES + 1);
				total += content.length;
				if (content.length > MAX_FILE_BYTES || total > MAX_BUNDLE_BYTES) {
					throw InvalidInputException.of("bundle", "The zip unpacks to more than a bundle may hold (2 MB a"
							+ " file, 8 MB in all)");
				}
				if (files.putIfAbsent(entry.getName(), content) != null) {
					throw InvalidInputException.of("bundle", entry.getName() + " is in the zip twice");
				}
			}
		}
		catch (ZipException ex) {
			throw InvalidInputException.of("bundle", "The file is not a zip that can be read: " + ex.getMessage());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (files.isEmpty()) {
			throw InvalidInputException.of("bundle", "The zip holds no files");
		}
		return of(files);
	}

	private static String baseName(String name) {
		String plain = name.replace('\\', '/');
		return plain.substring(plain.lastIndexOf('/') + 1).strip();
	}

	public Set<String> names() {
		return new TreeSet<>(files.keySet());
	}

	public boolean has(String name) {
		return files.containsKey(name);
	}

	public Optional<byte[]> file(String name) {
		return Optional.ofNullable(files.get(name));
	}

	/**
	 * The line each field of a file starts on, by its place in the file ({@code priorities[2].title}); a field
	 * with no line of its own (one that is missing) is looked up by the field it is in, and a missing top-level field
	 * by the line the file's fields start on.
	 */
	public Optional<Integer> line(String name, String field) {
		Map<String, Integer> fileLines = lines.computeIfAbsent(name, this::readLines);
		for (String place = field;; place = parent(place)) {
			Integer line = fileLines.get(place);
			if (line != null) {
				return Optional.of(line);
			}
			if (place.isEmpty()) {
				return Optional.empty();
			}
		}
	}

	private static String parent(String place) {
		int cut = Math.max(place.lastIndexOf('.'), place.lastIndexOf('['));
		return cut <= 0 ? "" : place.substring(0, cut);
	}

	private Map<String, Integer> readLines(String name) {
		Map<String, Integer> found = new HashMap<>();
		byte[] content = files.get(name);
		if (content == null) {
			return found;
		}
		try (JsonParser parser = YAML.createParser(content)) {
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				if (token == JsonToken.PROPERTY_NAME || token.isScalarValue() || token.isStructStart()) {
					String place = place(parser.streamReadContext().pathAsPointer().toString());
					found.putIfAbsent(place, parser.currentTokenLocation().getLineNr());
				}
			}
		}
		catch (JacksonException ex) {
			// The lines read so far are kept; the module's own reading says what is wrong with the rest.
		}
		return found;
	}

	/** {@code /priorities/2/title} as {@code priorities[2].title}. */
	private static String place(String pointer) {
		StringBuilder place = new StringBuilder();
		for (String step : pointer.split("/")) {
			if (step.isEmpty()) {
				continue;
			}
			if (step.chars().allMatch(Character::isDigit)) {
				place.append('[').append(step).append(']');
			}
			else {
				place.append(place.isEmpty() ? "" : ".").append(step.replace("~1", "/").replace("~0", "~"));
			}
		}
		return place.toString();
	}

	/** Writes the files into a folder, for the modules' imports to read. */
	public void writeTo(Path folder) {
		try {
			Files.createDirectories(folder);
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				Files.write(folder.resolve(file.getKey()), file.getValue());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
