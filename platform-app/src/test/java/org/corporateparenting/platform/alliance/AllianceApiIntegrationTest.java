package org.corporateparenting.platform.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.corporateparenting.web.testing.AccessibleDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The alliance API as scripts use it, on Walsall's governance as the council brought it: every endpoint's happy
 * path, bad input (400 with every field), stale versions (409), other councils (404), viewers (403), and partners
 * kept to their own organisation's actions and pledges.
 */
@PlatformTest
class AllianceApiIntegrationTest {

	static final String WALSALL = "/api/councils/walsall";

	@LocalServerPort
	int port;

	PlatformApi api;

	String officer;

	String wirral;

	@BeforeEach
	void setUp() throws InterruptedException {
		api = new PlatformApi(port);
		officer = api.token("walsall-officer");
		wirral = api.token("wirral-officer");
		Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
		while (api.get(WALSALL + "/governance-bodies", officer).json().isEmpty() && Instant.now().isBefore(giveUp)) {
			Thread.sleep(200);
		}
	}

	@Test
	void walsallsAllianceHasItsTermsOfReferenceAndUnconfirmedSeats() {
		long alliance = bodyOfType("ALLIANCE");

		JsonNode terms = api.get(WALSALL + "/governance-bodies/" + alliance + "/terms-of-reference", officer).json();
		assertThat(terms.get(0).get("status").asString()).isEqualTo("IN_FORCE");
		assertThat(terms.get(0).get("meetingsPerYear").asInt()).isEqualTo(3);
		assertThat(terms.get(0).get("review").asString()).isEqualTo("OVERDUE");
		JsonNode seats = api.get(WALSALL + "/governance-bodies/" + alliance + "/seats", officer).json();
		assertThat(seats.size()).isEqualTo(20);
		assertThat(seats.findValuesAsString("holderStatus")).contains("TENTATIVE", "VACANT", "CONFIRMED");
		long seat = seats.get(0).get("id").asLong();
		assertThat(api.get(WALSALL + "/seats/" + seat, officer).json().get("role").asString()).isEqualTo("CHAIR");
		assertThat(api.get(WALSALL + "/seats/" + seat + "/history", officer).json()).isNotEmpty();
		assertThat(api.get(WALSALL + "/governance-bodies/" + alliance + "/history", officer).status()).isEqualTo(200);

		String csv = new String(api.download(WALSALL + "/governance-bodies/" + alliance + "/membership.csv", officer),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("Holder status", "Vacant", "To be confirmed", "Walsall Works");

		for (String path : List.of("/governance-bodies", "/governance-bodies/" + alliance,
				"/governance-bodies/" + alliance + "/seats", "/governance-bodies/" + alliance + "/terms-of-reference",
				"/governance-bodies/" + alliance + "/meetings", "/governance-bodies/" + alliance + "/cadence",
				"/governance-bodies/" + alliance + "/membership.csv", "/seats/" + seat, "/allocated-actions",
				"/partner-organisations", "/partner-pledges", "/terms-of-reference/" + terms.get(0).get("id").asLong())) {
			assertThat(api.get(WALSALL + path, wirral).status()).as("Wirral reading " + path).isEqualTo(404);
		}
	}

	@Test
	void seatsAndMeetingsAreCheckedAndVersionedAndEveryWriteIsRefusedToAnotherCouncil() {
		// The operational steering group, so that the alliance's twenty seats stay as Walsall brought them.
		long alliance = bodyOfType("OPERATIONAL_GROUP");
		long housing = organisation("housing");
		var bad = api.post(WALSALL + "/governance-bodies/" + alliance + "/seats", officer,
				Map.of("holderStatus", "TENTATIVE", "organisationId", 999999));
		assertThat(bad.json().get("errors").findValuesAsString("field")).contains("role", "position",
				"organisationId", "candidates");
		JsonNode seat = api.post(WALSALL + "/governance-bodies/" + alliance + "/seats", officer, Map.of("role", "ADVISER",
				"position", "Care leavers' housing adviser", "organisationId", housing, "holderStatus", "VACANT")).json();
		Map<String, Object> confirm = new HashMap<>(Map.of("role", "ADVISER", "position", "Care leavers' housing adviser",
				"organisationId", housing, "holderStatus", "CONFIRMED", "holder", "Tenancy sustainment officer",
				"deputies", List.of("Housing options officer"), "version", seat.get("version").asLong()));
		long seatId = seat.get("id").asLong();
		assertThat(api.put(WALSALL + "/seats/" + seatId, officer, confirm).json().get("deputies").get(0).asString())
			.isEqualTo("Housing options officer");
		assertThat(api.put(WALSALL + "/seats/" + seatId, officer, confirm).status()).isEqualTo(409);

		JsonNode meeting = api.post(WALSALL + "/governance-bodies/" + alliance + "/meetings", officer,
				Map.of("date", "2027-02-10")).json();
		long meetingId = meeting.get("id").asLong();
		Map<String, Object> replan = new HashMap<>(Map.of("date", "2027-02-17", "agenda", List.of("Partner pledges"),
				"version", meeting.get("version").asLong()));
		assertThat(api.put(WALSALL + "/meetings/" + meetingId, officer, replan).json().get("date").asString())
			.isEqualTo("2027-02-17");
		assertThat(api.put(WALSALL + "/meetings/" + meetingId, officer, replan).status()).isEqualTo(409);
		assertThat(api.post(WALSALL + "/meetings/" + meetingId + "/decisions", officer,
				Map.of("type", "NOTE", "wording", "Too early")).status()).as("a meeting yet to happen").isEqualTo(409);
		assertThat(api.put(WALSALL + "/meetings/" + meetingId + "/record", officer, Map.of("youngPeoplePresent", 1,
				"version", meeting.get("version").asLong() + 1)).json().get("errors").findValuesAsString("field"))
			.containsExactly("date");

		long past = api.post(WALSALL + "/governance-bodies/" + alliance + "/meetings", officer,
				Map.of("date", "2026-06-10")).json().get("id").asLong();
		long action = api.post(WALSALL + "/meetings/" + past + "/actions", officer, Map.of("title",
				"Advise on the housing register", "seatId", seatId)).json().get("id").asLong();
		confirm.put("organisationId", organisation("police"));
		confirm.put("version", api.get(WALSALL + "/seats/" + seatId, officer).json().get("version").asLong());
		assertThat(api.put(WALSALL + "/seats/" + seatId, officer, confirm).status()).isEqualTo(200);
		assertThat(api.get(WALSALL + "/allocated-actions/" + action, officer).json().get("organisationKey").asString())
			.as("an open action follows its seat to the seat's new organisation").isEqualTo("police");

		Map<String, Object> any = Map.of("title", "x");
		for (String path : List.of("/governance-bodies", "/governance-bodies/" + alliance + "/seats",
				"/governance-bodies/" + alliance + "/meetings", "/governance-bodies/" + alliance + "/terms-of-reference",
				"/meetings/" + meetingId + "/decisions", "/meetings/" + meetingId + "/actions", "/partner-organisations",
				"/partner-pledges")) {
			assertThat(api.post(WALSALL + path, wirral, any).status()).as("Wirral posting to " + path).isEqualTo(404);
		}
		for (String path : List.of("/governance-bodies/" + alliance, "/seats/" + seatId, "/meetings/" + meetingId,
				"/meetings/" + meetingId + "/record")) {
			assertThat(api.put(WALSALL + path, wirral, any).status()).as("Wirral changing " + path).isEqualTo(404);
		}
	}

	@Test
	void bodiesAreCheckedVersionedAndFormATree() {
		long board = bodyOfType("BOARD");
		var bad = api.post(WALSALL + "/governance-bodies", officer, Map.of("name", "", "meetingsPerYear", 0,
				"reportsToId", 999999));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").findValuesAsString("field")).contains("name", "type", "purpose",
				"meetingsPerYear", "reportsToId");

		Map<String, Object> group = new HashMap<>(Map.of("name", "Care Leavers' Housing Group", "type",
				"WORK_STREAM_GROUP", "purpose", "Find and keep a stable home for every care leaver", "reportsToId", board,
				"meetingsPerYear", 6));
		var created = api.post(WALSALL + "/governance-bodies", officer, group);
		assertThat(created.status()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(api.post(WALSALL + "/governance-bodies", officer, group).status()).as("same name").isEqualTo(409);

		group.put("meetingsPerYear", 4);
		group.put("version", created.json().get("version").asLong());
		assertThat(api.put(WALSALL + "/governance-bodies/" + id, officer, group).status()).isEqualTo(200);
		assertThat(api.put(WALSALL + "/governance-bodies/" + id, officer, group).status()).isEqualTo(409);
		group.put("version", api.get(WALSALL + "/governance-bodies/" + id, officer).json().get("version").asLong());
		group.put("reportsToId", id);
		assertThat(api.put(WALSALL + "/governance-bodies/" + id, officer, group).json().get("errors")
			.findValuesAsString("field")).containsExactly("reportsToId");

		assertThat(api.post(WALSALL + "/governance-bodies", api.token("walsall-viewer"), group).status()).isEqualTo(403);
		assertThat(api.put(WALSALL + "/governance-bodies/" + id, wirral, group).status()).isEqualTo(404);
		JsonNode tree = api.get(WALSALL + "/governance-bodies", officer).json();
		assertThat(tree.get(0).get("body").get("type").asString()).isEqualTo("BOARD");
		assertThat(tree.findValuesAsString("name")).contains("Care Leavers' Housing Group");
	}

	@Test
	void aNewEditionOfTermsOfReferenceIsDraftedThenApprovedWithAReviewAYearOn() {
		long board = bodyOfType("BOARD");
		var bad = api.post(WALSALL + "/governance-bodies/" + board + "/terms-of-reference", officer,
				Map.of("objectives", List.of("")));
		assertThat(bad.json().get("errors").findValuesAsString("field")).contains("purpose", "frequency",
				"meetingsPerYear", "objectives[0]");

		Map<String, Object> terms = new HashMap<>(Map.of("purpose", "To hold the council and partners to account",
				"frequency", "The Board meets four times a year", "meetingsPerYear", 4, "objectives",
				List.of("Champion children in care"), "expectations", List.of("Send a deputy when absent")));
		var draft = api.post(WALSALL + "/governance-bodies/" + board + "/terms-of-reference", officer, terms);
		assertThat(draft.status()).isEqualTo(201);
		long id = draft.json().get("id").asLong();
		terms.put("version", draft.json().get("version").asLong());
		terms.put("governance", "Reports to Cabinet once a year");
		assertThat(api.put(WALSALL + "/terms-of-reference/" + id, officer, terms).status()).isEqualTo(200);
		assertThat(api.put(WALSALL + "/terms-of-reference/" + id, officer, terms).status()).isEqualTo(409);
		assertThat(api.put(WALSALL + "/terms-of-reference/" + id, wirral, terms).status()).isEqualTo(404);

		assertThat(api.post(WALSALL + "/governance-bodies/" + board + "/terms-of-reference", officer, terms).status())
			.as("a second draft beside the first").isEqualTo(409);
		assertThat(api.post(WALSALL + "/terms-of-reference/" + id + "/approval", officer, Map.of()).json()
			.get("errors").findValuesAsString("field")).containsExactly("approvedOn");
		long read = api.get(WALSALL + "/terms-of-reference/" + id, officer).json().get("version").asLong();
		assertThat(api.post(WALSALL + "/terms-of-reference/" + id + "/approval", officer,
				Map.of("approvedOn", "2026-09-01", "version", read - 1)).status()).as("approving wording not read")
			.isEqualTo(409);
		JsonNode approved = api.post(WALSALL + "/terms-of-reference/" + id + "/approval",
				api.token("walsall-board-member"), Map.of("approvedOn", "2026-09-01", "version", read)).json();
		assertThat(approved.get("status").asString()).isEqualTo("IN_FORCE");
		assertThat(approved.get("reviewDate").asString()).isEqualTo("2027-09-01");
		assertThat(api.post(WALSALL + "/terms-of-reference/" + id + "/approval", officer,
				Map.of("approvedOn", "2026-09-02", "version", read + 1)).status()).isEqualTo(409);
		assertThat(api.get(WALSALL + "/terms-of-reference/" + id + "/history", officer).json().get(0).get("author")
			.asString()).isEqualTo("walsall-board-member");
		JsonNode cadence = api.get(WALSALL + "/governance-bodies/" + board + "/cadence", officer).json();
		assertThat(cadence.get("checks").get(0).get("basis").asString()).contains("edition");
		assertThat(cadence.get("checks").get(0).get("expected").asInt()).isEqualTo(4);
	}

	@Test
	void aMeetingIsHeldWithApologiesAndDecisionsAndAllocatesAnActionToTheHousingPartner() {
		long alliance = bodyOfType("ALLIANCE");
		JsonNode seats = api.get(WALSALL + "/governance-bodies/" + alliance + "/seats", officer).json();
		long chair = seats.get(0).get("id").asLong();
		long housingSeat = seatOf(seats, "housing");
		long housing = organisation("housing");

		var bad = api.post(WALSALL + "/governance-bodies/" + alliance + "/meetings", officer,
				Map.of("priorityId", 999999, "agenda", List.of("")));
		assertThat(bad.json().get("errors").findValuesAsString("field")).contains("date", "priorityId");
		JsonNode meeting = api.post(WALSALL + "/governance-bodies/" + alliance + "/meetings", officer,
				Map.of("date", "2026-10-14", "theme", "A safe place to live", "agenda",
						List.of("Actions from the last meeting", "Care leavers' housing pathway"))).json();
		long id = meeting.get("id").asLong();
		assertThat(api.get(WALSALL + "/meetings/" + id, officer).json().get("status").asString()).isEqualTo("SCHEDULED");

		var badRecord = api.put(WALSALL + "/meetings/" + id + "/record", officer, Map.of("attendance",
				List.of(Map.of("seatId", chair, "status", "DEPUTY_ATTENDED"), Map.of("seatId", 999999, "status",
						"PRESENT")), "youngPeoplePresent", -1, "version", meeting.get("version").asLong()));
		assertThat(badRecord.json().get("errors").findValuesAsString("field")).contains("attendance[0].deputy",
				"attendance[1].seatId", "youngPeoplePresent");
		Map<String, Object> record = Map.of("attendance", List.of(Map.of("seatId", chair, "status", "PRESENT"),
				Map.of("seatId", housingSeat, "status", "APOLOGIES")), "youngPeoplePresent", 2, "minutes",
				"The alliance heard from two care leavers about finding a home.", "version", meeting.get("version").asLong());
		JsonNode held = api.put(WALSALL + "/meetings/" + id + "/record", officer, record).json();
		assertThat(held.get("status").asString()).isEqualTo("HELD");
		assertThat(held.get("attendance").findValuesAsString("status")).containsExactly("PRESENT", "APOLOGIES");
		assertThat(api.put(WALSALL + "/meetings/" + id + "/record", officer, record).status()).isEqualTo(409);
		assertThat(api.put(WALSALL + "/meetings/" + id + "/record", wirral, record).status()).isEqualTo(404);

		assertThat(api.post(WALSALL + "/meetings/" + id + "/decisions", officer, Map.of()).json().get("errors")
			.findValuesAsString("field")).contains("type", "wording");
		var decision = api.post(WALSALL + "/meetings/" + id + "/decisions", officer,
				Map.of("type", "AGREE", "wording", "The alliance agreed a joint housing protocol for care leavers"));
		assertThat(decision.status()).isEqualTo(201);
		assertThat(decision.json().get("number").asInt()).isEqualTo(1);
		assertThat(api.get(WALSALL + "/meetings/" + id + "/decisions", officer).json().size()).isEqualTo(1);

		assertThat(api.post(WALSALL + "/meetings/" + id + "/actions", officer, Map.of("title", "")).json()
			.get("errors").findValuesAsString("field")).contains("title", "organisationId");
		JsonNode action = api.post(WALSALL + "/meetings/" + id + "/actions", officer,
				Map.of("title", "Share the housing protocol with every personal adviser", "organisationId", housing))
			.json();
		assertThat(action.get("organisationKey").asString()).isEqualTo("housing");
		assertThat(LocalDate.parse(action.get("dueDate").asString())).isAfter(LocalDate.of(2026, 10, 14));
		assertThat(api.get(WALSALL + "/meetings/" + id + "/actions", officer).json().size()).isEqualTo(1);
		assertThat(api.get(WALSALL + "/meetings/" + id + "/history", officer).json()).isNotEmpty();

		byte[] pdf = api.download(WALSALL + "/meetings/" + id + "/pack.pdf", officer);
		assertThat(AccessibleDocuments.pdfUaFailures(pdf)).isEmpty();
		var pack = AccessibleDocuments.describe(pdf);
		assertThat(pack.title()).startsWith(meeting.get("bodyName").asString() + ", ");
		assertThat(pack.language()).isEqualTo("en");
		assertThat(pack.fonts()).doesNotContain("not embedded");
		assertThat(pack.text()).contains("The alliance agreed a joint housing protocol for care leavers");
		assertThat(api.get(WALSALL + "/meetings/" + id + "/pack.pdf", wirral).status()).isEqualTo(404);
	}

	@Test
	void aPartnerSeesAndUpdatesOnlyTheirOwnOrganisationsActionsAndPledges() {
		long board = bodyOfType("BOARD");
		long housing = organisation("housing");
		long police = organisation("police");
		long meeting = api.post(WALSALL + "/governance-bodies/" + board + "/meetings", officer,
				Map.of("date", "2026-09-20", "agenda", List.of("Partners' pledges"))).json().get("id").asLong();
		long ours = api.post(WALSALL + "/meetings/" + meeting + "/actions", officer, Map.of("title",
				"Offer a tenancy-ready course to care leavers", "organisationId", housing, "dueDate", "2026-12-31"))
			.json().get("id").asLong();
		long theirs = api.post(WALSALL + "/meetings/" + meeting + "/actions", officer, Map.of("title",
				"Name a police lead for children in care", "organisationId", police, "dueDate", "2026-12-31"))
			.json().get("id").asLong();

		String partner = api.token("walsall-partner");
		JsonNode visible = api.get(WALSALL + "/allocated-actions?size=100", partner).json().get("content");
		assertThat(visible.findValuesAsString("organisationKey")).isNotEmpty().containsOnly("housing");
		assertThat(api.get(WALSALL + "/allocated-actions/" + theirs, partner).status()).isEqualTo(404);

		Map<String, Object> update = Map.of("date", "2026-11-01", "text", "Course booked for January", "status",
				"IN_PROGRESS");
		assertThat(api.post(WALSALL + "/allocated-actions/" + theirs + "/updates", partner, update).status())
			.isEqualTo(403);
		assertThat(api.post(WALSALL + "/allocated-actions/" + ours + "/updates", partner, Map.of("date", "2099-01-01"))
			.json().get("errors").findValuesAsString("field")).contains("date", "text", "status");
		assertThat(api.post(WALSALL + "/allocated-actions/" + ours + "/updates", partner, update).status())
			.isEqualTo(201);
		assertThat(api.get(WALSALL + "/allocated-actions/" + ours, partner).json().get("status").asString())
			.isEqualTo("IN_PROGRESS");
		assertThat(api.get(WALSALL + "/allocated-actions/" + ours + "/updates", officer).json().get(0).get("author")
			.asString()).isEqualTo("walsall-partner");
		assertThat(api.post(WALSALL + "/allocated-actions/" + ours + "/updates", api.token("walsall-viewer"), update)
			.status()).isEqualTo(403);
		assertThat(api.post(WALSALL + "/allocated-actions/" + ours + "/updates", wirral, update).status())
			.isEqualTo(404);
		assertThat(api.put(WALSALL + "/allocated-actions/" + ours, partner, Map.of("title", "Mine now")).status())
			.isEqualTo(403);

		JsonNode pledges = api.get(WALSALL + "/partner-pledges?size=100", partner).json().get("content");
		assertThat(pledges.findValuesAsString("organisationKey")).isNotEmpty().containsOnly("housing");
		long ourPledge = pledges.get(0).get("id").asLong();
		long policePledge = api.post(WALSALL + "/partner-pledges", officer, Map.of("organisationId", police, "theme",
				"Belonging in the community", "text", "Every neighbourhood team will know its children in care",
				"committedOn", "2024-07-01", "rag", "AMBER")).json().get("id").asLong();
		Map<String, Object> progress = Map.of("date", "2026-11-02", "text", "Twelve care leavers supported",
				"rag", "GREEN");
		assertThat(api.post(WALSALL + "/partner-pledges/" + policePledge + "/updates", partner, progress).status())
			.isEqualTo(403);
		assertThat(api.post(WALSALL + "/partner-pledges/" + ourPledge + "/updates", partner, progress).status())
			.isEqualTo(201);
		assertThat(api.get(WALSALL + "/partner-pledges/" + ourPledge, partner).json().get("rag").asString())
			.isEqualTo("GREEN");
		assertThat(api.get(WALSALL + "/partner-pledges/" + policePledge, partner).status()).isEqualTo(404);
	}

	@Test
	void actionsAreReallocatedWithTheirVersionAndOverdueOnesFlagged() {
		long board = bodyOfType("BOARD");
		long housing = organisation("housing");
		long meeting = api.post(WALSALL + "/governance-bodies/" + board + "/meetings", officer,
				Map.of("date", "2025-01-15")).json().get("id").asLong();
		JsonNode action = api.post(WALSALL + "/meetings/" + meeting + "/actions", officer, Map.of("title",
				"Report on staying put arrangements", "organisationId", housing, "dueDate", "2025-03-31")).json();
		assertThat(action.get("overdue").asBoolean()).isTrue();
		long id = action.get("id").asLong();
		assertThat(api.get(WALSALL + "/allocated-actions?overdue=true&size=100", officer).json().get("content")
			.findValuesAsString("title")).contains("Report on staying put arrangements");

		Map<String, Object> change = new HashMap<>(Map.of("title", "Report on staying put and staying close",
				"organisationId", housing, "dueDate", "2025-01-01", "version", action.get("version").asLong()));
		assertThat(api.put(WALSALL + "/allocated-actions/" + id, officer, change).json().get("errors")
			.findValuesAsString("field")).containsExactly("dueDate");
		change.put("dueDate", "2027-03-31");
		assertThat(api.put(WALSALL + "/allocated-actions/" + id, officer, change).json().get("overdue").asBoolean())
			.isFalse();
		assertThat(api.put(WALSALL + "/allocated-actions/" + id, officer, change).status()).isEqualTo(409);
		assertThat(api.put(WALSALL + "/allocated-actions/" + id, wirral, change).status()).isEqualTo(404);
		assertThat(api.get(WALSALL + "/allocated-actions/" + id + "/history", officer).json().size()).isEqualTo(2);
	}

	@Test
	void organisationsAndPartnerPledgesAreCheckedAndVersioned() {
		var bad = api.post(WALSALL + "/partner-organisations", officer, Map.of("key", "Not A Key", "contacts",
				List.of(Map.of("role", "", "email", "not-an-email"))));
		assertThat(bad.json().get("errors").findValuesAsString("field")).contains("key", "name", "sector",
				"contacts[0].role", "contacts[0].email");
		Map<String, Object> org = new HashMap<>(Map.of("key", "barnardos", "name", "Barnardo's", "sector",
				"VOLUNTARY_SECTOR", "contacts", List.of(Map.of("role", "Children's services manager"))));
		var created = api.post(WALSALL + "/partner-organisations", officer, org);
		assertThat(created.status()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(api.post(WALSALL + "/partner-organisations", officer, org).status()).isEqualTo(409);
		org.put("version", created.json().get("version").asLong());
		org.put("name", "Barnardo's West Midlands");
		assertThat(api.put(WALSALL + "/partner-organisations/" + id, officer, org).status()).isEqualTo(200);
		assertThat(api.put(WALSALL + "/partner-organisations/" + id, officer, org).status()).isEqualTo(409);
		assertThat(api.get(WALSALL + "/partner-organisations/" + id, wirral).status()).isEqualTo(404);
		assertThat(api.get(WALSALL + "/partner-organisations/" + id + "/history", officer).json().size()).isEqualTo(2);

		assertThat(api.post(WALSALL + "/partner-pledges", officer, Map.of("organisationId", 999999)).json()
			.get("errors").findValuesAsString("field")).contains("organisationId", "theme", "text", "committedOn", "rag");
		JsonNode pledge = api.post(WALSALL + "/partner-pledges", officer, Map.of("organisationId", id, "theme",
				"Feeling connected to family", "text", "We will run family time sessions in school holidays",
				"committedOn", "2024-07-01", "rag", "AMBER")).json();
		Map<String, Object> reword = new HashMap<>(Map.of("organisationId", id, "theme", "Feeling connected to family",
				"text", "We will run family time sessions every school holiday", "committedOn", "2024-07-01", "rag",
				"AMBER", "version", pledge.get("version").asLong()));
		assertThat(api.put(WALSALL + "/partner-pledges/" + pledge.get("id").asLong(), officer, reword).status())
			.isEqualTo(200);
		assertThat(api.put(WALSALL + "/partner-pledges/" + pledge.get("id").asLong(), officer, reword).status())
			.isEqualTo(409);
		assertThat(api.get(WALSALL + "/partner-pledges/" + pledge.get("id").asLong(), wirral).status()).isEqualTo(404);
	}

	@Test
	void theBoardsCadenceCountsMeetingsWithYoungPeopleAgainstFourAYear() {
		JsonNode all = api.get(WALSALL + "/governance-bodies/cadence", officer).json();
		JsonNode board = null;
		for (JsonNode body : all) {
			if (body.get("bodyId").asLong() == bodyOfType("BOARD")) {
				board = body;
			}
		}
		assertThat(board).isNotNull();
		JsonNode youngPeople = null;
		for (JsonNode check : board.get("checks")) {
			if (check.get("measure").asString().contains("young people")) {
				youngPeople = check;
			}
		}
		assertThat(youngPeople).isNotNull();
		assertThat(youngPeople.get("expected").asInt()).isEqualTo(4);
		assertThat(youngPeople.get("basis").asString()).contains("pledge 11");
		assertThat(youngPeople.get("met").asBoolean()).isEqualTo(youngPeople.get("held").asInt() >= 4);
	}

	private long bodyOfType(String type) {
		for (JsonNode entry : api.get(WALSALL + "/governance-bodies", officer).json()) {
			if (entry.get("body").get("type").asString().equals(type)) {
				return entry.get("body").get("id").asLong();
			}
		}
		throw new AssertionError("Walsall has no " + type);
	}

	private long organisation(String key) {
		for (JsonNode organisation : api.get(WALSALL + "/partner-organisations?size=100", officer).json().get("content")) {
			if (organisation.get("key").asString().equals(key)) {
				return organisation.get("id").asLong();
			}
		}
		throw new AssertionError("Walsall has no organisation " + key);
	}

	private static long seatOf(JsonNode seats, String organisationKey) {
		for (JsonNode seat : seats) {
			if (seat.get("organisationKey").asString().equals(organisationKey)) {
				return seat.get("id").asLong();
			}
		}
		throw new AssertionError("No seat for " + organisationKey);
	}
}
