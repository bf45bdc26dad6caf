package org.corporateparenting.platform.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.corporateparenting.platform.PlatformApi;

import tools.jackson.databind.JsonNode;

/**
 * Well-being surveys as a council runs them, through the API and the young people's page: started from the
 * template, opened with a link, answered (each response's answers by the question's place) and closed, and the
 * council opted in or out of the comparison.
 */
public final class TemplateSurveys {

	static final LocalDate TODAY = LocalDate.now();

	private final PlatformApi api;

	private final int port;

	private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	public TemplateSurveys(PlatformApi api, int port) {
		this.api = api;
		this.port = port;
	}

	/** A closed survey of the version, answered by each response given; returns its id. */
	public long closed(String council, String version, List<Map<Integer, String>> responses) {
		long id = start(council, version).get("id").asLong();
		String token = openWithLink(council, id);
		JsonNode questions = api.get(api(council) + "/consultations/" + id + "/questions", officer(council)).json();
		for (int i = 0; i < responses.size(); i++) {
			Map<Integer, String> response = responses.get(i);
			if (i > 0 && i % 5 == 0) {
				// A link takes a few responses a minute in the tests (the abuse guard): a class's next table has its own.
				token = link(council, id);
			}
			Map<String, String> form = new HashMap<>();
			questions.forEach(q -> form.put("q" + q.get("id").asLong(), response.get(q.get("position").asInt())));
			HttpResponse<String> sent = post("/young-people/" + council + "/surveys/" + token, form);
			assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
		}
		move(council, id, "CLOSED");
		return id;
	}

	public JsonNode start(String council, String version) {
		var started = api.post(api(council) + "/wellbeing/surveys", officer(council),
				Map.of("templateVersion", version, "opensOn", TODAY.toString(), "closesOn",
						TODAY.plusDays(20).toString(), "contactRole", "Participation team"));
		assertThat(started.status()).as(started.body()).isEqualTo(201);
		return started.json();
	}

	/** Opens the survey and a link to it; returns the link's token. */
	public String openWithLink(String council, long id) {
		move(council, id, "OPEN");
		return link(council, id);
	}

	private String link(String council, long id) {
		var link = api.post(api(council) + "/consultations/" + id + "/links", officer(council), Map.of());
		assertThat(link.status()).as(link.body()).isEqualTo(201);
		return link.json().get("token").asString();
	}

	public void optIn(String council, boolean optedIn) {
		String admin = api.token(council + "-admin");
		long version = api.get(api(council) + "/wellbeing/sharing", admin).json().get("version").asLong();
		var chosen = api.put(api(council) + "/wellbeing/sharing", admin, Map.of("optedIn", optedIn, "version", version));
		assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
		assertThat(chosen.json().get("optedIn").asBoolean()).isEqualTo(optedIn);
	}

	/** A response answering every one of the twelve template questions the same. */
	public static Map<Integer, String> all(String answer) {
		Map<Integer, String> response = new HashMap<>();
		for (int position = 1; position <= 12; position++) {
			response.put(position, answer);
		}
		return response;
	}

	/** A consultation as the API returns it, as the request that changes it. */
	static Map<String, Object> consultation(JsonNode view) {
		Map<String, Object> request = new HashMap<>();
		for (String field : List.of("topic", "method", "opensOn", "closesOn", "status", "designedBy", "informs",
				"surveyIntro", "contactRole")) {
			request.put(field, view.get(field).isNull() ? null : view.get(field).asString());
		}
		List<String> audiences = new ArrayList<>();
		view.get("audiences").forEach(a -> audiences.add(a.asString()));
		request.put("audiences", audiences);
		request.put("version", view.get("version").asLong());
		return request;
	}

	private void move(String council, long id, String status) {
		Map<String, Object> request = consultation(api.get(api(council) + "/consultations/" + id, officer(council))
			.json());
		request.put("status", status);
		var moved = api.put(api(council) + "/consultations/" + id, officer(council), request);
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
	}

	String officer(String council) {
		return api.token(council + "-officer");
	}

	static String api(String council) {
		return "/api/councils/" + council;
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build());
	}

	private HttpResponse<String> post(String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return browser.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
