package org.corporateparenting.platform.onboarding;

import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.tenancy.database.SchemaNames;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Council bundles as the onboarding tests send them (Walsall's documents, as another council's and with any file
 * changed), and what the tests look for in the answers: a file's problem, the line a text is on, the council's schema.
 */
public final class CouncilBundles {

	static final Path WALSALL = Path.of("../tenants/walsall");

	static final List<String> FILES = List.of("council.yaml", "pledges.yaml", "alliance.yaml", "strategy.yaml",
			"consultation.yaml", "indicators.yaml", "notifications.yaml", "local-offer.yaml");

	static final Path GUIDE = Path.of("../docs/council-files.md");

	private static final Pattern GUIDE_EXAMPLE = Pattern.compile(
			"```yaml\n(# yaml-language-server: \\$schema=\\S+/schemas/([a-z-]+)\\.schema\\.json\n.*?)```", Pattern.DOTALL);

	private CouncilBundles() {
	}

	/** Walsall's documents, with council.yaml naming another council. */
	public static Map<String, byte[]> walsallAs(String slug, String onsCode) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		FILES.forEach(name -> files.put(name, read(name)));
		change(files, "council.yaml", text -> text.replace("slug: walsall", "slug: " + slug)
			.replace("name: Walsall Council", "name: " + slug + " Council")
			.replace("onsCode: E08000030", "onsCode: " + onsCode));
		return files;
	}

	/**
	 * Walsall's documents as another council's whose role mailboxes are its own ({@code corporate.parenting@<slug>.example}
	 * ...), as the local sign-in's people of that council read them: its reminders are theirs alone.
	 */
	public static Map<String, byte[]> walsallWithOwnMailboxesAs(String slug, String onsCode) {
		Map<String, byte[]> files = walsallAs(slug, onsCode);
		for (String name : List.of("strategy.yaml", "alliance.yaml", "consultation.yaml", "notifications.yaml",
				"local-offer.yaml")) {
			change(files, name, text -> text.replace("@walsall.example", "@" + slug + ".example"));
		}
		return files;
	}

	/**
	 * The example files of the guide to a council's files, by the file named in each example's first line (the
	 * comment that names its schema for an editor).
	 */
	static Map<String, byte[]> guideExamples() {
		Matcher example = GUIDE_EXAMPLE.matcher(text(readFile(GUIDE)));
		Map<String, byte[]> files = new LinkedHashMap<>();
		while (example.find()) {
			files.put(example.group(2) + ".yaml", example.group(1).getBytes(StandardCharsets.UTF_8));
		}
		return files;
	}

	/** Changes one file's text. */
	static void change(Map<String, byte[]> files, String name, UnaryOperator<String> change) {
		files.put(name, change.apply(text(files.get(name))).getBytes(StandardCharsets.UTF_8));
	}

	static JsonNode problem(JsonNode problems, String file) {
		for (JsonNode problem : problems) {
			if (problem.get("file").asString().equals(file)) {
				return problem;
			}
		}
		throw new AssertionError("No problem in " + file + ": " + problems);
	}

	static int lineOf(byte[] content, String text) {
		List<String> lines = text(content).lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i + 1;
			}
		}
		throw new AssertionError("No line with " + text);
	}

	static boolean schemaExists(JdbcClient jdbc, SchemaNames schemaNames, String slug) {
		return jdbc.sql("select count(*) from information_schema.schemata where schema_name = :schema")
			.param("schema", schemaNames.council(slug))
			.query(Long.class)
			.single() > 0;
	}

	public static byte[] zip(Map<String, byte[]> files) {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			for (var file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry("council/" + file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return bytes.toByteArray();
	}

	static byte[] read(String name) {
		return readFile(WALSALL.resolve(name));
	}

	private static byte[] readFile(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String text(byte[] content) {
		return new String(content, StandardCharsets.UTF_8);
	}

	/** The onboarding at this address once it has finished, as the platform admin sees it. */
	public static JsonNode finished(PlatformApi api, String admin, String progress) {
		await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(300))
			.until(() -> !api.get(progress, admin).json().get("status").asString().equals("RUNNING"));
		return api.get(progress, admin).json();
	}
}
