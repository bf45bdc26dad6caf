package org.corporateparenting.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HTTP conventions of the API: a record's version as its ETag on every read, If-Match on an update answering 412
 * when stale (the version field's own check still answering 409), a created record's address in Location, no
 * caching, and lists sorted as asked by the fields of their items.
 */
@PlatformTest
class HttpConventionsIntegrationTest {

	static final String BASE = "/api/councils/etagshire";

	@LocalServerPort
	int port;

	PlatformApi api;

	String officer;

	@BeforeEach
	void setUp() {
		api = new PlatformApi(port);
		officer = api.officerOfNewCouncil("etagshire", "Etagshire Council", "E08009913");
	}

	@Test
	void aReadCarriesItsVersionAsItsETag() {
		var read = api.get(BASE + "/strategies/" + aStrategy(), officer);

		assertThat(read.headers().getETag()).isEqualTo("\"" + read.json().get("version").asLong() + "\"");
		assertThat(api.get(BASE + "/strategies", officer).headers().getETag()).as("a page has no version").isNull();
	}

	@Test
	void anUpdateQuotingItsETagIsMadeAndTheSameTagAgainIsAPreconditionFailed() {
		String address = BASE + "/strategies/" + aStrategy();
		var read = api.get(address, officer);
		String tag = read.headers().getETag();
		ObjectNode changed = ((ObjectNode) read.json()).put("title", "Our promise to you (renamed)");
		changed.remove("version");

		var saved = api.withHeader("If-Match", tag).put(address, officer, changed.toString());

		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(saved.headers().getETag()).isEqualTo("\"" + saved.json().get("version").asLong() + "\"")
			.isNotEqualTo(tag);
		var stale = api.withHeader("If-Match", tag).put(address, officer, changed.put("title", "Lost update").toString());
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.headers().getContentType().toString()).isEqualTo("application/problem+json");
		assertThat(api.get(address, officer).json().get("title").asString()).isEqualTo("Our promise to you (renamed)");
	}

	@Test
	void aStaleIfMatchIsAPreconditionFailedEvenWithTheCurrentVersionInTheBody() {
		String address = BASE + "/strategies/" + aStrategy();
		JsonNode read = api.get(address, officer).json();
		ObjectNode changed = ((ObjectNode) read.deepCopy()).put("title", "Renamed");

		assertThat(api.withHeader("If-Match", "\"" + (read.get("version").asLong() + 7) + "\"")
			.put(address, officer, changed.toString())
			.status()).isEqualTo(412);
		assertThat(api.withHeader("If-Match", "\"not a version\"").put(address, officer, changed.toString()).status())
			.isEqualTo(412);
		assertThat(api.get(address, officer).json().get("version")).isEqualTo(read.get("version"));
	}

	@Test
	void withoutIfMatchAStaleVersionInTheBodyIsStillAConflict() {
		String address = BASE + "/strategies/" + aStrategy();
		ObjectNode read = (ObjectNode) api.get(address, officer).json();
		assertThat(api.put(address, officer, read.deepCopy().put("title", "First").toString()).status()).isEqualTo(200);

		assertThat(api.put(address, officer, read.put("title", "Second").toString()).status()).isEqualTo(409);
		assertThat(api.withHeader("If-Match", "*").put(address, officer, read.toString()).status()).isEqualTo(409);
	}

	@Test
	void anUpdateThatKeepsNoVersionRefusesAnIfMatchItCannotMeet() {
		var refused = api.withHeader("If-Match", "\"1\"")
			.put(BASE + "/benchmarking/sharing", officer, Map.of("indicators", List.of()));

		assertThat(refused.status()).as(refused.body()).isEqualTo(412);
		assertThat(refused.headers().getContentType().toString()).isEqualTo("application/problem+json");
	}

	@Test
	void aCreatedRecordIsAnsweredWithItsAddressAndItsETagAndNothingIsCached() {
		var created = api.post(BASE + "/strategies", officer, Map.of("title", "Created", "periodStart", "2025-04-01",
				"periodEnd", "2028-03-31"));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.headers().getLocation()).hasToString(BASE + "/strategies/" + created.json().get("id").asLong());
		assertThat(created.headers().getETag()).isEqualTo("\"" + created.json().get("version").asLong() + "\"");
		assertThat(created.headers().getCacheControl()).contains("no-store");
		assertThat(api.get(created.headers().getLocation().toString(), officer).headers().getCacheControl())
			.contains("no-store");
	}

	@Test
	void theDescriptionStatesTheETagOfAReadAndTheIfMatchAndPreconditionOfEveryVersionedUpdate() {
		JsonNode description = api.get("/v3/api-docs", null).json();
		JsonNode paths = description.get("paths");

		assertThat(paths.at("/~1api~1councils~1{council}~1actions~1{id}/get/responses/200/headers/ETag/$ref").asString())
			.isEqualTo("#/components/headers/ETag");
		assertThat(description.at("/components/parameters/IfMatch/in").asString()).isEqualTo("header");
		List<String> versionedUpdates = new java.util.ArrayList<>();
		for (String path : paths.propertyNames()) {
			for (String method : List.of("put", "delete")) {
				JsonNode operation = paths.path(path).path(method);
				String request = operation.at("/requestBody/content/application~1json/schema/$ref").asString("");
				boolean versioned = !request.isEmpty() && description.get("components").get("schemas")
					.get(request.substring(request.lastIndexOf('/') + 1)).path("properties").has("version")
						|| operation.path("parameters").findValuesAsString("name").contains("version");
				if (versioned) {
					versionedUpdates.add(method + " " + path);
					assertThat(operation.path("parameters").findValuesAsString("$ref")).as(path)
						.contains("#/components/parameters/IfMatch");
					assertThat(operation.path("responses").has("412")).as(path).isTrue();
				}
			}
		}
		assertThat(versionedUpdates).contains("put /api/councils/{council}/actions/{id}",
				"delete /api/councils/{council}/offer-sections/{id}");
	}

	@Test
	void aListIsSortedAsAskedAcrossItsPages() {
		for (String title : List.of("Bravo", "alpha", "Charlie")) {
			api.post(BASE + "/strategies", officer, Map.of("title", title, "periodStart", "2025-04-01", "periodEnd",
					"2028-03-31"));
		}

		List<String> ascending = titles(api.get(BASE + "/strategies?sort=title&size=100", officer).json());
		List<String> descending = titles(api.get(BASE + "/strategies?sort=title,desc&size=100", officer).json());
		var firstOfTwo = api.get(BASE + "/strategies?sort=title&size=2&page=0", officer).json();

		assertThat(ascending).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER).contains("alpha", "Bravo", "Charlie");
		assertThat(descending).isEqualTo(ascending.reversed());
		assertThat(titles(firstOfTwo)).isEqualTo(ascending.subList(0, 2));
		assertThat(firstOfTwo.get("totalElements").asLong()).isEqualTo(ascending.size());
		assertThat(api.get(BASE + "/board-packs?sort=meetingDate,desc", officer).status()).isEqualTo(200);
		assertThat(api.get(BASE + "/notifications?sort=subject&sort=foundOn,desc", officer).status()).isEqualTo(200);
	}

	@Test
	void anUnknownSortFieldIsRefusedNamingItAndThoseThatCanBeUsed() {
		var refused = api.get(BASE + "/strategies?sort=colour&sort=title,upwards", officer);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.headers().getContentType().toString()).isEqualTo("application/problem+json");
		assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("sort", "sort");
		assertThat(refused.json().get("errors").findValuesAsString("message")).anySatisfy(
				message -> assertThat(message).contains("'colour'", "title", "periodStart"))
			.anySatisfy(message -> assertThat(message).contains("title,upwards"));
	}

	@Test
	void everyQueryParameterThatCannotBeReadIsNamedInOneProblem() {
		var list = api.get(BASE + "/strategies?page=x&size=y&sort=nope,sideways", officer);

		assertThat(list.status()).isEqualTo(400);
		assertThat(list.headers().getContentType().toString()).isEqualTo("application/problem+json");
		assertThat(list.json().get("errors").findValuesAsString("field")).containsExactly("page", "size", "sort");
		assertThat(list.json().get("errors").findValuesAsString("message")).containsExactly(
				"'x' is not a whole number", "'y' is not a whole number",
				"This list cannot be sorted by 'nope'. Sort by one of: " + String.join(", ", "approvalRecommendation",
						"approvedBy", "approvedOn", "childFriendlySummary", "id", "periodEnd", "periodStart", "status",
						"summary", "title", "version", "vision"));

		var filters = api.get(BASE + "/wellbeing/comparison?version=V9&year=last", officer);
		assertThat(filters.status()).isEqualTo(400);
		assertThat(filters.json().get("detail").asString()).isEqualTo("2 fields are not valid");
		assertThat(filters.json().get("errors").findValuesAsString("field")).containsExactly("version", "year");
		assertThat(filters.json().get("errors").get(0).get("message").asString()).startsWith("'V9' is not one of: ");
		assertThat(filters.json().get("errors").get(1).get("message").asString()).isEqualTo("'last' is not a whole number");

		var path = api.get(BASE + "/strategies/first", officer);
		assertThat(path.status()).isEqualTo(400);
		assertThat(path.json().get("errors").findValuesAsString("field")).containsExactly("id");
		assertThat(path.json().get("errors").get(0).get("message").asString()).isEqualTo("'first' is not a whole number");
	}

	private static List<String> titles(JsonNode page) {
		return page.get("content").findValuesAsString("title");
	}

	private long aStrategy() {
		return api.post(BASE + "/strategies", officer, Map.of("title", "Our promise to you", "periodStart", "2025-04-01",
				"periodEnd", "2028-03-31")).json().get("id").asLong();
	}
}
