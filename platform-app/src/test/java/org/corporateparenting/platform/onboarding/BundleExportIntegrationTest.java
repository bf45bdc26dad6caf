package org.corporateparenting.platform.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.corporateparenting.platform.SignedInPages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A council takes its records away as a bundle of its files, and the bundle onboards a copy of it: Walsall exported,
 * onboarded under another name, reads back the same through the API, record for record (ids aside), and exports
 * the same files again. Only the council's own admins may export it.
 */
@PlatformTest
class BundleExportIntegrationTest {

	/** What differs between two copies of the same records: their ids, versions, times and links. */
	private static final Set<String> COPY_SPECIFIC = Set.of("id", "version", "carriedFrom", "carriedTo",
			"rolledOverTo", "links", "_links", "href", "token", "url");

	/** Walsall, as its documents make it, in a council of its own. */
	private static final String SOURCE = "walsbrook";

	@LocalServerPort
	int port;

	PlatformApi api;

	@BeforeEach
	void setUp() {
		api = new PlatformApi(port);
	}

	@Test
	void walsallsBundleOnboardsACopyThatReadsBackTheSame() throws IOException {
		// Walsall as its documents make it, in a council no other test changes, with progress recorded on the platform.
		Map<String, byte[]> files = new LinkedHashMap<>(CouncilBundles.walsallAs(SOURCE, "E08009942"));
		files.put("inspection.yaml", Files.readAllBytes(CouncilBundles.WALSALL.resolve("inspection.yaml")));
		// A section that gives a partner's offer, which the file names by the organisation's name and the offer's title.
		String provider = "provider: \"Walsall Council, Apprenticeships Programme\"\n";
		files.put("local-offer.yaml", new String(files.get("local-offer.yaml"), StandardCharsets.UTF_8)
			.replace(provider, provider + "        partnerOffer:\n          organisation: \"Walsall Council Apprenticeships"
					+ " Programme\"\n          title: \"Council apprenticeships for care leavers\"\n")
			.getBytes(StandardCharsets.UTF_8));
		String source = onboard(SOURCE, files);
		recordProgress(source);
		Map<String, String> walsall = unzip(export(source));
		assertThat(walsall).containsOnlyKeys("council.yaml", "strategy.yaml", "pledges.yaml", "alliance.yaml",
				"consultation.yaml", "indicators.yaml", "notifications.yaml", "local-offer.yaml", "inspection.yaml");
		assertThat(walsall.get("inspection.yaml")).as("evidence for inspection, each record named as the file names it")
			.contains("action: WAL-23-01", "indicator: PLACEMENT-STABILITY", "offerSection: Council Tax exemption",
					"theme: Money and budgeting");
		assertThat(walsall.get("local-offer.yaml")).as("the offer's publication, review and what it names")
			.contains("2022-09-30", "HOUSING_COOPERATION", "Council Tax exemption provided for Care Leavers",
					"title: Council apprenticeships for care leavers");
		assertThat(walsall.get("strategy.yaml")).as("the links an action has to a pledge and a partner")
			.contains("partnerOrganisation: housing", "Checked at the quarterly review", "illustrative: true")
			.containsPattern("pledges:\\s+- 13\\s");
		assertThat(walsall.get("pledges.yaml")).as("where a work stream's lead is reminded")
			.contains("leadEmail: work.stream.lead@" + source + ".example");

		Map<String, byte[]> bundle = new LinkedHashMap<>();
		walsall.forEach((name, content) -> bundle.put(name, content.getBytes(StandardCharsets.UTF_8)));
		bundle.put("council.yaml", walsall.get("council.yaml")
			.replace(source, "tamebridge")
			.replace("E08009942", "E08009941")
			.getBytes(StandardCharsets.UTF_8));
		onboard("tamebridge", Map.of("tamebridge.zip", CouncilBundles.zip(bundle)));

		Map<String, JsonNode> original = records(source);
		Map<String, JsonNode> copied = records("tamebridge");
		assertThat(copied.keySet()).containsExactlyElementsOf(original.keySet());
		original.forEach((read, records) -> assertThat(copied.get(read)).as(read).isEqualTo(records));
		Map<String, String> copy = unzip(export("tamebridge"));
		walsall.keySet().stream().filter(name -> !name.equals("council.yaml")).forEach(name -> assertThat(
				copy.get(name).replace("tamebridge", source)).as(name).isEqualTo(walsall.get(name)));
	}

	/** Onboards a council from files (or one zip of them) and waits until it is on the platform. */
	private String onboard(String slug, Map<String, byte[]> files) {
		String admin = api.token("platform-admin");
		boolean zip = files.keySet().stream().anyMatch(name -> name.endsWith(".zip"));
		var started = api.upload("/api/admin/councils/bundles", admin, zip ? "bundle" : "files", files);
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		JsonNode done = CouncilBundles.finished(api, admin, started.headers().getLocation().toString());
		assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("DONE");
		return slug;
	}

	/**
	 * An update an officer records on the platform, on the first action under way in the latest plan; and where the
	 * lead of the first work stream is reminded, which Walsall's file does not say.
	 */
	@SuppressWarnings("unchecked")
	private void recordProgress(String council) {
		String officer = api.token(council + "-officer");
		String base = "/api/councils/" + council;
		JsonNode workStream = api.get(base + "/work-streams", officer).json().get(0);
		Map<String, Object> led = JsonMapper.builder().build().convertValue(workStream, Map.class);
		led.put("leadEmail", "work.stream.lead@" + council + ".example");
		var leadSaved = api.put(base + "/work-streams/" + id(workStream), officer, led);
		assertThat(leadSaved.status()).as(leadSaved.body()).isEqualTo(200);
		JsonNode strategy = api.get(base + "/strategies", officer).json().get("content").get(0);
		JsonNode plans = api.get(base + "/strategies/" + id(strategy) + "/action-plans", officer).json();
		JsonNode actions = api.get(base + "/action-plans/" + id(plans.get(plans.size() - 1)) + "/actions", officer)
			.json()
			.get("content");
		JsonNode action = actions.valueStream()
			.filter(candidate -> candidate.get("status").asString().equals("ON_TRACK"))
			.findFirst()
			.orElseThrow();
		var recorded = api.post(base + "/actions/" + id(action) + "/progress", officer, Map.of("narrative",
				"Checked at the quarterly review", "status", "AT_RISK", "percentComplete", 40));
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
	}

	@Test
	void onlyTheCouncilsOwnAdminsMayExportIt() {
		assertThat(api.get("/api/councils/walsall/bundle", api.token("walsall-officer")).status()).isEqualTo(403);
		assertThat(api.get("/api/councils/walsall/bundle", api.token("wirral-admin")).status()).isEqualTo(404);
		assertThat(api.get("/api/councils/walsall/bundle", api.token("platform-admin")).status()).isIn(403, 404);
		var own = api.get("/api/councils/wirral/bundle", api.token("wirral-admin"));
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.headers().getContentType()).hasToString("application/zip");
		assertThat(own.headers().getContentDisposition().getFilename()).isEqualTo("wirral-bundle.zip");
	}

	@Test
	void aSignedInCouncilAdminDownloadsTheBundleFromTheCouncilsHomePage() {
		SignedInPages admin = SignedInPages.signIn(port, "wirral-admin");
		assertThat(admin.get("/councils/wirral", null).body()).contains("/councils/wirral/bundle.zip");
		var download = admin.get("/councils/wirral/bundle.zip", null);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/zip");

		SignedInPages officer = SignedInPages.signIn(port, "wirral-officer");
		assertThat(officer.get("/councils/wirral", null).body()).doesNotContain("bundle.zip");
		assertThat(officer.get("/councils/wirral/bundle.zip", null).statusCode()).isEqualTo(403);
	}

	private byte[] export(String council) {
		return api.download("/api/councils/" + council + "/bundle", api.token(council + "-admin"));
	}

	/**
	 * Everything the council's files carry, as the API reads it back: its strategy with priorities, plans, actions and
	 * their progress; pledge sets and work streams; partners, bodies with their seats, meetings, decisions and
	 * allocated actions, partner pledges; forums, consultations with their questions and findings; indicators with
	 * their figures.
	 */
	private Map<String, JsonNode> records(String council) {
		String token = api.token(council + "-officer");
		Map<String, JsonNode> records = new LinkedHashMap<>();
		Reader read = path -> {
			JsonNode node = api.get("/api/councils/" + council + path, token).json();
			records.put(records.size() + " " + path.replaceAll("/[0-9]+", "/{id}"), withoutCopySpecifics(node, council));
			return node.has("content") ? node.get("content") : node;
		};
		for (JsonNode strategy : read.list("/strategies")) {
			read.list("/strategies/" + id(strategy) + "/priorities");
			for (JsonNode plan : read.list("/strategies/" + id(strategy) + "/action-plans")) {
				for (JsonNode action : read.list("/action-plans/" + id(plan) + "/actions")) {
					read.list("/actions/" + id(action) + "/progress");
				}
			}
		}
		for (JsonNode set : read.list("/pledge-sets")) {
			read.list("/pledge-sets/" + id(set));
		}
		read.list("/work-streams");
		read.list("/local-offers");
		read.list("/partner-organisations");
		read.list("/partner-pledges");
		for (JsonNode inTree : read.list("/governance-bodies")) {
			JsonNode body = inTree.get("body");
			read.list("/governance-bodies/" + id(body) + "/seats");
			read.list("/governance-bodies/" + id(body) + "/terms-of-reference");
			for (JsonNode meeting : read.list("/governance-bodies/" + id(body) + "/meetings")) {
				read.list("/meetings/" + id(meeting) + "/decisions");
				read.list("/meetings/" + id(meeting) + "/actions");
			}
		}
		read.list("/forums");
		for (JsonNode consultation : read.list("/consultations")) {
			read.list("/consultations/" + id(consultation) + "/questions");
			read.list("/consultations/" + id(consultation) + "/findings");
		}
		for (JsonNode indicator : read.list("/indicators")) {
			read.list("/indicators/" + indicator.get("indicator").get("code").asString() + "/measurements");
		}
		read.list("/notifications/settings");
		return records;
	}

	private static String id(JsonNode record) {
		return record.get("id").asString();
	}

	/**
	 * The record with what differs between copies taken out, and the names of the councils in it (the council's, and
	 * the one its file came from, as in an author {@code walsbrook-officer}) made Walsall's.
	 */
	private static JsonNode withoutCopySpecifics(JsonNode node, String council) {
		String text = node.toString();
		for (String name : List.of(council, SOURCE)) {
			text = text.replace(name, "walsall").replace(Character.toUpperCase(name.charAt(0)) + name.substring(1),
					"Walsall");
		}
		JsonNode copy = JsonMapper.builder().build().readTree(text);
		strip(copy);
		return copy;
	}

	private static void strip(JsonNode node) {
		if (node instanceof ObjectNode object) {
			object.propertyNames()
				.stream()
				.filter(name -> COPY_SPECIFIC.contains(name) || name.endsWith("Id") || name.endsWith("Ids")
						|| name.endsWith("At"))
				.toList()
				.forEach(object::remove);
		}
		node.values().forEach(BundleExportIntegrationTest::strip);
	}

	private static Map<String, String> unzip(byte[] zip) {
		Map<String, String> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				String name = entry.getName();
				files.put(name.substring(name.lastIndexOf('/') + 1),
						new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

	/** Reads one address of the council, keeping what it answers; gives back its list (or the record itself). */
	@FunctionalInterface
	private interface Reader {

		JsonNode read(String path);

		default Iterable<JsonNode> list(String path) {
			return read(path).values();
		}
	}
}
