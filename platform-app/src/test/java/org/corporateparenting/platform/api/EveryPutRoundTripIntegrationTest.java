package org.corporateparenting.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.corporateparenting.platform.StarterRecords;
import org.corporateparenting.platform.onboarding.CouncilBundles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every PUT of a council's API, found from the application's request mappings (so a new one is walked too), used as
 * a client uses it on a council onboarded from Walsall's documents: the representation read, changed in one field
 * and sent back is accepted; the same sent again with the version it read is a conflict (409); sent with the ETag
 * it read as If-Match, a failed precondition (412). A PUT with no read at its address has to say why here.
 */
@PlatformTest
class EveryPutRoundTripIntegrationTest {

	static final String COUNCIL = "walkershire";

	static final String PREFIX = "/api/councils/{council}";

	/** PUTs that are not a record's representation sent back, and why. */
	static final Map<String, String> NOT_A_REPRESENTATION = Map.of(
			PREFIX + "/indicators/{code}/tracking", "follows an indicator under a priority: a setting, read with the indicator",
			PREFIX + "/meetings/{id}/record", "records a meeting as held, with its attendance: an act on the meeting",
			PREFIX + "/sharing/{partnership}", "what the council shares with one partnership, read as a list at /sharing",
			PREFIX + "/benchmarking/sharing", "the indicators shared for benchmarking by code; read with their names",
			PREFIX + "/identity-provider", "a council onboarded from its files has none set up to send back");

	/** Records of Walsall's documents tried for each PUT: some are in a state that takes no change (published). */
	static final int CANDIDATES = 6;

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyPutTakesBackWhatItsReadGaveAndRefusesAStaleVersion() throws InterruptedException {
		PlatformApi api = new PlatformApi(port);
		String admin = onboarded(api);
		StarterRecords.awaitGovernance(api, COUNCIL, admin);
		JsonNode description = api.get("/v3/api-docs", null).json();
		Map<String, Set<String>> ids = harvest(api, admin);

		List<String> wrong = new ArrayList<>();
		Set<String> walked = new TreeSet<>();
		List<String> unwalked = new ArrayList<>();
		for (String template : paths(RequestMethod.PUT)) {
			if (NOT_A_REPRESENTATION.containsKey(template)) {
				continue;
			}
			List<String> candidates = resolve(template, ids);
			if (candidates.isEmpty()) {
				unwalked.add(template + ": no record of Walsall's documents to walk it with");
				continue;
			}
			boolean editable = false;
			for (String path : candidates) {
				List<String> found = new ArrayList<>();
				if (walk(api, admin, description, template, path, found)) {
					editable = true;
					wrong.addAll(found);
					walked.add(template);
					break;
				}
			}
			if (!editable) {
				unwalked.add(template + ": every record found is in a state that takes no change");
			}
		}

		assertThat(wrong).as("PUTs that do not take back what they read").isEmpty();
		assertThat(walked).as("walked; not walked: " + unwalked).contains(PREFIX + "/actions/{id}",
				PREFIX + "/strategies/{id}", PREFIX + "/priorities/{id}", PREFIX + "/consultations/{id}",
				PREFIX + "/allocated-actions/{id}", PREFIX + "/partner-organisations/{id}",
				PREFIX + "/notifications/settings", PREFIX + "/governance-bodies/{id}", PREFIX + "/seats/{id}");
	}

	/** Walks one record; false when its state takes no change (a conflict on what was just read). */
	private boolean walk(PlatformApi api, String admin, JsonNode description, String template, String path,
			List<String> wrong) {
		var read = api.get(path, admin);
		if (read.status() != 200) {
			wrong.add(template + ": GET answered " + read.status() + " " + read.body());
			return true;
		}
		JsonNode request = requestSchema(description, template);
		JsonNode sent = read.json().deepCopy();
		String field = null;
		PlatformApi.Response saved = null;
		for (int tried = 0; saved == null || saved.status() == 400 && field != null; tried++) {
			sent = read.json().deepCopy();
			Change change = sent instanceof ObjectNode object ? changeOneField(object, request, tried) : null;
			if (change == null && tried > 0) {
				return false;
			}
			field = change == null ? null : change.field();
			saved = api.put(path, admin, sent.toString());
			if (change == null || !change.mayBeRefused()) {
				break;
			}
		}
		if (saved.status() == 409) {
			return false;
		}
		if (saved.status() != 200 && saved.status() != 204) {
			wrong.add(template + ": sent back" + (field == null ? "" : " with " + field + " changed") + ", answered "
					+ saved.status() + " " + saved.body());
			return true;
		}
		if (field != null && !sameValue(api.get(path, admin).json().path(field), sent.get(field))) {
			wrong.add(template + ": " + field + " was not changed");
		}
		if (!request.path("properties").has("version")) {
			return true;
		}
		if (field == null) {
			wrong.add(template + ": takes a version but has no field a client could change");
			return true;
		}
		var stale = api.put(path, admin, sent.toString());
		if (stale.status() != 409) {
			wrong.add(template + ": sent again with the version read, answered " + stale.status() + " not 409");
		}
		ObjectNode current = (ObjectNode) api.get(path, admin).json();
		var precondition = api.withHeader("If-Match", read.headers().getETag()).put(path, admin, current.toString());
		if (precondition.status() != 412) {
			wrong.add(template + ": sent with the ETag read as If-Match (" + read.headers().getETag() + "), answered "
					+ precondition.status() + " not 412");
		}
		return true;
	}

	/**
	 * Changes one field the request takes, and names it; or null when there is none. The first plain text (no enum,
	 * format or pattern, not a reference to another record) that the read gave a value; failing that, the
	 * {@code tried}th of the others: a text the read left empty, a value added to (or taken from) a list of choices, a
	 * yes or no turned round. Those may be refused by a rule of the record's state (a duty for an organisation that is
	 * not a corporate parent, a lead's role without their email), so a 400 tries the next, then the next record.
	 */
	private static Change changeOneField(ObjectNode sent, JsonNode request, int tried) {
		JsonNode properties = request.path("properties");
		for (String name : properties.propertyNames()) {
			if (plainText(name, properties.get(name)) && sent.path(name).isString()
					&& !sent.get(name).asString().isBlank()) {
				sent.put(name, sent.get(name).asString() + " (changed)");
				return new Change(name, false);
			}
		}
		List<String> others = new ArrayList<>();
		for (String name : properties.propertyNames()) {
			JsonNode property = properties.get(name);
			if (plainText(name, property) && sent.path(name).isNull()
					|| property.path("items").path("enum").isArray() && sent.path(name).isArray()
					|| "boolean".equals(property.path("type").asString("")) && sent.path(name).isBoolean()) {
				others.add(name);
			}
		}
		if (tried >= others.size()) {
			return null;
		}
		String name = others.get(tried);
		JsonNode property = properties.get(name);
		if (sent.path(name).isNull()) {
			sent.put(name, "Changed by a round trip");
		}
		else if (sent.path(name).isBoolean()) {
			sent.put(name, !sent.get(name).asBoolean());
		}
		else {
			ArrayNode chosen = (ArrayNode) sent.get(name);
			Set<String> values = new LinkedHashSet<>();
			chosen.forEach(value -> values.add(value.asString()));
			String missing = property.path("items").path("enum").valueStream().map(JsonNode::asString)
				.filter(value -> !values.contains(value)).findFirst().orElse(null);
			if (missing == null) {
				chosen.remove(chosen.size() - 1);
			}
			else {
				chosen.add(missing);
			}
		}
		return new Change(name, true);
	}

	private static boolean plainText(String name, JsonNode property) {
		return "string".equals(property.path("type").asString("")) && !property.has("enum")
				&& !property.has("format") && !name.toLowerCase(java.util.Locale.ROOT).endsWith("reference")
				&& !property.has("pattern");
	}

	/** Equal values, lists of choices in any order. */
	private static boolean sameValue(JsonNode read, JsonNode sent) {
		if (read.isArray() && sent.isArray()) {
			Set<String> readValues = new TreeSet<>();
			Set<String> sentValues = new TreeSet<>();
			read.forEach(value -> readValues.add(value.toString()));
			sent.forEach(value -> sentValues.add(value.toString()));
			return readValues.equals(sentValues);
		}
		return read.equals(sent);
	}

	/** The field changed, and whether a rule of the record's state may refuse the change. */
	private record Change(String field, boolean mayBeRefused) {
	}

	private static JsonNode requestSchema(JsonNode description, String template) {
		String reference = description.path("paths")
			.path(template.replace(PREFIX, "/api/councils/{council}"))
			.at("/put/requestBody/content/application~1json/schema/$ref")
			.asString("");
		return reference.isEmpty() ? description.path("no request body")
				: description.get("components").get("schemas").get(reference.substring(reference.lastIndexOf('/') + 1));
	}

	/**
	 * The ids of the council's records by the segment of the address they follow ({@code actions} for
	 * {@code /actions/{id}}), read from every list and record the API gives: lists by their last segment, and every
	 * array of records inside an answer by its field's name.
	 */
	private Map<String, Set<String>> harvest(PlatformApi api, String admin) {
		Map<String, Set<String>> ids = new LinkedHashMap<>();
		ids.computeIfAbsent("councils", key -> new LinkedHashSet<>()).add(COUNCIL);
		List<String> reads = paths(RequestMethod.GET).stream()
			.filter(path -> !path.matches(".*(\\.\\w+|/history|/progress|/results|/responses|/pdf.*|/trend)$"))
			.toList();
		Set<String> done = new LinkedHashSet<>();
		for (int round = 0; round < 4; round++) {
			for (String template : reads) {
				List<String> resolved = resolve(template, ids);
				if (resolved.isEmpty() || !done.add(resolved.getFirst())) {
					continue;
				}
				String path = resolved.getFirst();
				var answer = api.get(path, admin);
				if (answer.status() == 200 && (answer.body().startsWith("{") || answer.body().startsWith("["))) {
					String last = template.substring(template.lastIndexOf('/') + 1);
					collect(last.startsWith("{") ? null : last, answer.json(), ids);
				}
			}
		}
		return ids;
	}

	private static void collect(String name, JsonNode node, Map<String, Set<String>> ids) {
		if (node.isArray()) {
			for (JsonNode item : node) {
				if (name != null && item.isObject()) {
					JsonNode record = item;
					if (!item.has("id") && !item.has("code")) {
						// a list of records each with what goes with it: {"body": {"id": 3 ...}, "seats": [...]}
						for (JsonNode inside : item) {
							if (inside.isObject() && inside.has("id")) {
								record = inside;
								break;
							}
						}
					}
					for (String key : List.of("id", "code", "slug")) {
						if (record.path(key).isValueNode()) {
							ids.computeIfAbsent(name + "/" + key, k -> new LinkedHashSet<>()).add(record.get(key).asString());
						}
					}
				}
				collect(null, item, ids);
			}
		}
		else if (node.isObject()) {
			for (String field : node.propertyNames()) {
				collect("content".equals(field) ? name : field, node.get(field), ids);
			}
		}
	}

	/**
	 * The addresses of up to {@link #CANDIDATES} records for this template: each variable given the first id known for
	 * the segment before it, the last one each id known; none when a variable has no id known.
	 */
	private static List<String> resolve(String template, Map<String, Set<String>> ids) {
		Matcher variable = VARIABLE.matcher(template);
		List<String> prefixes = List.of("");
		int end = 0;
		while (variable.find()) {
			String before = template.substring(0, variable.start() - 1);
			String segment = before.substring(before.lastIndexOf('/') + 1);
			String key = switch (variable.group(1)) {
				case "code" -> segment + "/code";
				case "partnership" -> segment + "/slug";
				default -> segment + "/id";
			};
			Set<String> known = "council".equals(variable.group(1)) ? Set.of(COUNCIL)
					: ids.getOrDefault(key, ids.get(key.substring(key.lastIndexOf('-') + 1)));
			if (known == null || known.isEmpty()) {
				return List.of();
			}
			String literal = template.substring(end, variable.start());
			List<String> next = new ArrayList<>();
			for (String prefix : prefixes) {
				known.stream().limit(CANDIDATES).forEach(id -> next.add(prefix + literal + id));
			}
			prefixes = next.stream().limit(CANDIDATES).toList();
			end = variable.end();
		}
		String rest = template.substring(end);
		return prefixes.stream().map(prefix -> prefix + rest).toList();
	}

	private List<String> paths(RequestMethod method) {
		return mappings.getHandlerMethods()
			.keySet()
			.stream()
			.filter(mapping -> mapping.getMethodsCondition().getMethods().contains(method))
			.flatMap(mapping -> mapping.getPatternValues().stream())
			.filter(path -> path.startsWith(PREFIX + "/"))
			.sorted()
			.toList();
	}

	private static String onboarded(PlatformApi api) {
		String admin = api.token("platform-admin");
		if (api.get("/api/admin/councils/" + COUNCIL, admin).status() == 404) {
			var started = api.upload("/api/admin/councils/bundles", admin, "files",
					CouncilBundles.walsallAs(COUNCIL, "E08009912"));
			assertThat(started.status()).as(started.body()).isEqualTo(202);
			var done = CouncilBundles.finished(api, admin, started.headers().getLocation().toString());
			assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("DONE");
		}
		return api.token(COUNCIL + "-admin");
	}
}
