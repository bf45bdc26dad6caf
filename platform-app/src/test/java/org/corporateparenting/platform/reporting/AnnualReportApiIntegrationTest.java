package org.corporateparenting.platform.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.corporateparenting.platform.onboarding.CouncilBundles;
import org.corporateparenting.web.testing.AccessibleDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The board's annual report through the API, on a copy of Walsall's documents onboarded as a council of its own (so
 * that the test may hold meetings and record decisions): its figures are those the other modules' API gives for the
 * year until it is finalised, and frozen after; bad input, stale versions, roles and other councils.
 */
@PlatformTest
class AnnualReportApiIntegrationTest {

	static final String COUNCIL = "annualshire";

	static final String API = "/api/councils/" + COUNCIL;

	private static boolean onboarded;

	@LocalServerPort
	int port;

	PlatformApi api;

	String officer;

	@BeforeEach
	void setUp() {
		api = new PlatformApi(port);
		if (!onboarded) {
			String admin = api.token("platform-admin");
			if (api.get("/api/admin/councils/" + COUNCIL, admin).status() == 404) {
				var started = api.upload("/api/admin/councils/bundles", admin, "files",
						CouncilBundles.walsallAs(COUNCIL, "E08009935"));
				assertThat(started.status()).as(started.body()).isEqualTo(202);
				JsonNode done = CouncilBundles.finished(api, admin, started.headers().getLocation().toString());
				assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("DONE");
			}
			onboarded = true;
		}
		officer = api.token(COUNCIL + "-officer");
	}

	@Test
	void itsFiguresAreTheLiveRecordsOfTheYearUntilItIsFinalisedAndFrozenAfter() {
		long id = start("2024-25", "Corporate Parenting Board annual report 2024-25").get("id").asLong();
		JsonNode figures = api.get(API + "/annual-reports/" + id, officer).json().get("figures");
		assertMatchesTheLiveRecords(figures, LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31));

		// A board meeting is held in the year, with young people, attendance and a decision: the draft shows it.
		long board = boardId();
		JsonNode seats = api.get(API + "/governance-bodies/" + board + "/seats", officer).json();
		List<JsonNode> seatList = seats.has("content") ? seats.get("content").valueStream().toList()
				: seats.valueStream().toList();
		long meeting = api.post(API + "/governance-bodies/" + board + "/meetings", officer,
				Map.of("date", "2025-03-10", "theme", "The year in review")).json().get("id").asLong();
		long meetingVersion = api.get(API + "/meetings/" + meeting, officer).json().get("version").asLong();
		var held = api.put(API + "/meetings/" + meeting + "/record", officer, Map.of("attendance",
				List.of(Map.of("seatId", seatList.get(0).get("id").asLong(), "status", "PRESENT"),
						Map.of("seatId", seatList.get(1).get("id").asLong(), "status", "APOLOGIES")),
				"youngPeoplePresent", 4, "version", meetingVersion));
		assertThat(held.status()).as(held.body()).isEqualTo(200);
		assertThat(api.post(API + "/meetings/" + meeting + "/decisions", officer,
				Map.of("type", "APPROVE", "wording", "The Board approved its annual report for 2024-25.")).status())
			.isEqualTo(201);
		JsonNode after = api.get(API + "/annual-reports/" + id, officer).json().get("figures");
		assertMatchesTheLiveRecords(after, LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31));
		JsonNode meetings = figures.get("meetings");
		assertThat(after.get("meetings").get("held").asInt()).isEqualTo(meetings.get("held").asInt() + 1);
		assertThat(after.get("meetings").get("withYoungPeople").asInt())
			.isEqualTo(meetings.get("withYoungPeople").asInt() + 1);
		assertThat(after.get("meetings").get("seatsRecorded").asInt()).isEqualTo(meetings.get("seatsRecorded").asInt() + 2);
		assertThat(after.get("meetings").get("seatsRepresented").asInt())
			.isEqualTo(meetings.get("seatsRepresented").asInt() + 1);
		assertThat(after.get("meetings").get("decisions").findValuesAsString("wording"))
			.contains("The Board approved its annual report for 2024-25.");

		// Finalised, the report keeps the figures as they stood; a new version draws them from the records again.
		long version = api.get(API + "/annual-reports/" + id, officer).json().get("report").get("version").asLong();
		JsonNode finalised = api.post(API + "/annual-reports/" + id + "/finalise", officer, Map.of("version", version))
			.json();
		assertThat(finalised.get("status").asString()).isEqualTo("FINALISED");
		assertThat(api.post(API + "/meetings/" + meeting + "/decisions", officer,
				Map.of("type", "NOTE", "wording", "The Board noted the figures after the report was finalised.")).status())
			.isEqualTo(201);
		JsonNode frozen = api.get(API + "/annual-reports/" + id, officer).json().get("figures");
		assertThat(frozen.get("meetings")).isEqualTo(after.get("meetings"));
		assertThat(frozen.get("meetings").get("decisions").findValuesAsString("wording"))
			.doesNotContain("The Board noted the figures after the report was finalised.");

		var next = api.post(API + "/annual-reports/" + id + "/next-version", officer, null);
		assertThat(next.status()).isEqualTo(201);
		JsonNode corrected = api.get(API + "/annual-reports/" + next.json().get("id").asLong(), officer).json();
		assertThat(corrected.get("report").get("edition").asInt()).isEqualTo(2);
		assertThat(corrected.get("figures").get("meetings").get("decisions").findValuesAsString("wording"))
			.contains("The Board noted the figures after the report was finalised.");
		assertMatchesTheLiveRecords(corrected.get("figures"), LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31));
	}

	@Test
	void aReportIsCheckedSavedWithItsVersionFinalisedOnceAndCorrectedByOneNewVersion() {
		var bad = api.post(API + "/annual-reports", officer,
				Map.of("year", "2023-24 Q1", "title", " ", "challenges", "x".repeat(20_001)));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.headers().getContentType().toString()).startsWith("application/problem+json");
		assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("year", "title",
				"challenges");
		var future = api.post(API + "/annual-reports", officer, Map.of("year", "2099-00", "title", "Too soon"));
		assertThat(future.status()).isEqualTo(400);
		assertThat(api.get(API + "/annual-reports", officer).json().get("content").findValuesAsString("year"))
			.as("nothing half-written")
			.doesNotContain("2023-24", "2099-00");

		JsonNode created = start("2023-24", "Annual report 2023-24");
		long id = created.get("id").asLong();
		assertThat(api.post(API + "/annual-reports", officer, Map.of("year", "2023-24", "title", "Again")).status())
			.isEqualTo(409);

		Map<String, Object> words = new HashMap<>(Map.of("title", "Corporate Parenting Board annual report 2023-24",
				"chairsForeword", "This year the board met young people at every meeting.", "nextYearPriorities",
				"Homes for care leavers\nHealth assessments on time", "version", created.get("version").asLong()));
		assertThat(api.put(API + "/annual-reports/" + id, officer, words).status()).isEqualTo(200);
		assertThat(api.put(API + "/annual-reports/" + id, officer, words).status()).as("stale").isEqualTo(409);
		Map<String, Object> noVersion = new HashMap<>(words);
		noVersion.remove("version");
		noVersion.put("year", "2022-23");
		noVersion.put("title", "");
		var invalid = api.put(API + "/annual-reports/" + id, officer, noVersion);
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.json().get("errors").findValuesAsString("field")).contains("year", "title");

		JsonNode read = api.get(API + "/annual-reports/" + id, officer).json();
		assertThat(read.get("narrative").get("chairsForeword").asString()).startsWith("This year the board");
		long version = read.get("report").get("version").asLong();
		assertThat(api.post(API + "/annual-reports/" + id + "/finalise", officer, Map.of()).status())
			.as("no version").isEqualTo(400);
		assertThat(api.post(API + "/annual-reports/" + id + "/finalise", officer, Map.of("version", version - 1))
			.status()).as("stale").isEqualTo(409);
		assertThat(api.post(API + "/annual-reports/" + id + "/next-version", officer, null).status())
			.as("a draft is changed, not versioned").isEqualTo(409);
		JsonNode finalised = api.post(API + "/annual-reports/" + id + "/finalise", officer, Map.of("version", version))
			.json();
		words.put("version", finalised.get("version").asLong());
		assertThat(api.put(API + "/annual-reports/" + id, officer, words).status()).as("frozen").isEqualTo(409);
		assertThat(api.post(API + "/annual-reports/" + id + "/finalise", officer,
				Map.of("version", finalised.get("version").asLong())).status()).isEqualTo(409);

		var next = api.post(API + "/annual-reports/" + id + "/next-version", officer, null);
		assertThat(next.status()).isEqualTo(201);
		assertThat(next.json().get("replacesReportId").asLong()).isEqualTo(id);
		assertThat(api.get(API + "/annual-reports/" + next.json().get("id").asLong(), officer).json().get("narrative")
			.get("chairsForeword").asString()).startsWith("This year the board");
		assertThat(api.post(API + "/annual-reports/" + id + "/next-version", officer, null).status()).isEqualTo(409);
		assertThat(api.get(API + "/annual-reports/" + id + "/history", officer).json().findValuesAsString("author"))
			.contains(COUNCIL + "-officer");
	}

	@Test
	void theReportIsATaggedPdfThatSaysWhatThePageSays() throws Exception {
		long id = start("2022-23", "Corporate Parenting Board annual report 2022-23").get("id").asLong();
		Map<String, Object> words = new HashMap<>(Map.of("title", "Corporate Parenting Board annual report 2022-23",
				"achievements", "Care leavers were exempted from council tax.", "version",
				api.get(API + "/annual-reports/" + id, officer).json().get("report").get("version").asLong()));
		assertThat(api.put(API + "/annual-reports/" + id, officer, words).status()).isEqualTo(200);

		byte[] pdf = api.download(API + "/annual-reports/" + id + "/export.pdf", officer);
		assertThat(AccessibleDocuments.pdfUaFailures(pdf)).as("PDF/UA-1, as veraPDF checks it").isEmpty();
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			// Words as read, whatever line a table cell or heading broke them onto.
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains(COUNCIL + " Council", "Corporate Parenting Board annual report 2022-23",
					"Achievements", "Care leavers were exempted from council tax.", "The board's meetings",
					"The strategy's progress", "The local offer for care leavers")
				.as("a section left empty is left out, never printed as None")
				.doesNotContain("Chair's foreword", "Challenges", "None", "null");
		}
	}

	@Test
	void everyoneInTheCouncilButPartnersReadsOfficersWriteAndOtherCouncilsGet404() {
		long id = start("2021-22", "Annual report 2021-22").get("id").asLong();
		Map<String, Object> words = Map.of("title", "x", "version", 0);
		for (String reader : List.of("-viewer", "-board-member", "-admin")) {
			String token = api.token(COUNCIL + reader);
			assertThat(api.get(API + "/annual-reports", token).status()).as(reader).isEqualTo(200);
			assertThat(api.get(API + "/annual-reports/" + id, token).status()).as(reader).isEqualTo(200);
		}
		for (String reader : List.of("-viewer", "-board-member")) {
			String token = api.token(COUNCIL + reader);
			assertThat(api.post(API + "/annual-reports", token, Map.of("year", "2020-21", "title", "x")).status())
				.isEqualTo(403);
			assertThat(api.put(API + "/annual-reports/" + id, token, words).status()).isEqualTo(403);
			assertThat(api.post(API + "/annual-reports/" + id + "/finalise", token, Map.of("version", 0)).status())
				.isEqualTo(403);
			assertThat(api.post(API + "/annual-reports/" + id + "/next-version", token, null).status()).isEqualTo(403);
		}
		String partner = api.token(COUNCIL + "-partner");
		String walsall = api.token("walsall-officer");
		for (String path : List.of("", "/" + id, "/" + id + "/history", "/" + id + "/export.pdf")) {
			assertThat(api.get(API + "/annual-reports" + path, partner).status()).as("partner " + path).isEqualTo(403);
			assertThat(api.get(API + "/annual-reports" + path, walsall).status()).as("Walsall " + path).isEqualTo(404);
		}
		assertThat(api.post(API + "/annual-reports", walsall, Map.of("year", "2020-21", "title", "x")).status())
			.isEqualTo(404);
		assertThat(api.put(API + "/annual-reports/" + id, walsall, words).status()).isEqualTo(404);
		assertThat(api.post(API + "/annual-reports/" + id + "/finalise", walsall, Map.of("version", 0)).status())
			.isEqualTo(404);
		assertThat(api.post(API + "/annual-reports/" + id + "/next-version", walsall, null).status()).isEqualTo(404);
		assertThat(api.get("/api/councils/walsall/annual-reports/" + id, walsall).status())
			.as("Walsall's own reports do not hold it").isEqualTo(404);
	}

	private JsonNode start(String year, String title) {
		var created = api.post(API + "/annual-reports", officer, Map.of("year", year, "title", title));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json();
	}

	private long boardId() {
		return boards().getFirst().get("id").asLong();
	}

	/** The council's boards, from its tree of governance bodies. */
	private List<JsonNode> boards() {
		return api.get(API + "/governance-bodies", officer).json().valueStream()
			.map(entry -> entry.get("body"))
			.filter(body -> body.get("type").asString().equals("BOARD"))
			.toList();
	}

	/** The report's figures against what each module's own API says of the same records. */
	private void assertMatchesTheLiveRecords(JsonNode figures, LocalDate from, LocalDate to) {
		// The board's meetings held in the year, their young people, attendance and decisions.
		List<JsonNode> held = new ArrayList<>();
		boards().forEach(body -> api.get(API + "/governance-bodies/" + body.get("id").asLong() + "/meetings?size=100", officer)
				.json()
				.get("content")
				.valueStream()
				.filter(m -> m.get("status").asString().equals("HELD"))
				.filter(m -> !LocalDate.parse(m.get("date").asString()).isBefore(from)
						&& !LocalDate.parse(m.get("date").asString()).isAfter(to))
				.forEach(held::add));
		JsonNode meetings = figures.get("meetings");
		assertThat(meetings.get("held").asInt()).isEqualTo(held.size());
		assertThat(meetings.get("withYoungPeople").asInt())
			.isEqualTo((int) held.stream().filter(m -> m.get("youngPeoplePresent").asInt() > 0).count());
		assertThat(meetings.get("youngPeoplePresent").asInt())
			.isEqualTo(held.stream().mapToInt(m -> m.get("youngPeoplePresent").asInt()).sum());
		assertThat(meetings.get("seatsRecorded").asInt())
			.isEqualTo(held.stream().mapToInt(m -> m.get("attendance").size()).sum());
		assertThat(meetings.get("seatsRepresented").asInt()).isEqualTo((int) held.stream()
			.flatMap(m -> m.get("attendance").valueStream())
			.filter(a -> Set.of("PRESENT", "DEPUTY_ATTENDED").contains(a.get("status").asString()))
			.count());
		List<String> decided = held.stream()
			.flatMap(m -> api.get(API + "/meetings/" + m.get("id").asLong() + "/decisions", officer).json().valueStream())
			.map(d -> d.get("wording").asString())
			.toList();
		assertThat(meetings.get("decisions").findValuesAsString("wording")).containsExactlyInAnyOrderElementsOf(decided);

		// The pledges in force, each delivered or not as its own delivery says.
		int pledges = 0;
		int delivered = 0;
		for (JsonNode set : api.get(API + "/pledge-sets", officer).json().get("content")) {
			if (!Set.of("IN_FORCE", "UNDER_REVIEW").contains(set.get("status").asString())) {
				continue;
			}
			for (JsonNode pledge : api.get(API + "/pledge-sets/" + set.get("id").asLong(), officer).json()
				.get("themes")
				.findValues("pledges")
				.stream()
				.flatMap(JsonNode::valueStream)
				.toList()) {
				pledges++;
				if (api.get(API + "/pledges/" + pledge.get("id").asLong() + "/delivery", officer).json().get("status")
					.asString().equals("DELIVERED")) {
					delivered++;
				}
			}
		}
		int reportedPledges = figures.get("pledgeSets").valueStream().mapToInt(s -> s.get("pledges").asInt()).sum();
		int reportedDelivered = figures.get("pledgeSets").valueStream().mapToInt(s -> s.get("delivered").asInt()).sum();
		assertThat(reportedPledges).isEqualTo(pledges).isPositive();
		assertThat(reportedDelivered).isEqualTo(delivered);

		// The indicators' figures are those recorded for their period, and each latest up to the end of the year.
		for (JsonNode indicator : figures.get("indicators")) {
			List<JsonNode> recorded = api.get(API + "/indicators/" + indicator.get("code").asString() + "/measurements",
					officer).json().valueStream()
				.filter(m -> !m.get("period").asString().isEmpty())
				.toList();
			if (indicator.get("period").isNull()) {
				continue;
			}
			JsonNode same = recorded.stream()
				.filter(m -> m.get("period").asString().equals(indicator.get("period").asString()))
				.findFirst()
				.orElseThrow();
			assertThat(indicator.get("value").asString()).isEqualTo(same.get("shown").asString());
		}
		assertThat(figures.get("indicators").valueStream().filter(i -> !i.get("period").isNull()).count())
			.as("Walsall's documents give figures up to 2024-25").isPositive();

		// The local offer as published.
		JsonNode offer = api.get(API + "/local-offers", officer).json().get("content").valueStream()
			.filter(o -> Set.of("PUBLISHED", "UNDER_REVIEW").contains(o.get("status").asString()))
			.findFirst()
			.orElseThrow();
		JsonNode reported = figures.get("localOffer");
		assertThat(reported.get("id").asLong()).isEqualTo(offer.get("id").asLong());
		assertThat(reported.get("publishedWithoutConsultation").asBoolean())
			.isEqualTo(offer.get("publishedWithoutConsultation").asBoolean());
		assertThat(reported.get("reviewOverdue").asBoolean()).isEqualTo(offer.get("reviewOverdue").asBoolean());
		assertThat(reported.get("areasNotCovered")).isEqualTo(offer.get("areasNotCovered"));
	}
}
