package org.corporateparenting.platform;

import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the running platform over HTTP as a script would: a token from the local sign-in, then the API. */
public class PlatformApi {

	private final RestClient http;

	private final JsonMapper json = JsonMapper.builder().build();

	public PlatformApi(int port) {
		this(RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.requestFactory(new JdkClientHttpRequestFactory(
					HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()))
			.defaultStatusHandler(status -> true, (request, response) -> {
			})
			.build());
	}

	private PlatformApi(RestClient http) {
		this.http = http;
	}

	/** The same API, sending the header with every request (such as a proxy's {@code X-Request-Id}). */
	public PlatformApi withHeader(String name, String value) {
		return new PlatformApi(http.mutate().defaultHeader(name, value).build());
	}

	/**
	 * Onboards a council of a test's own through the admin API, unless an earlier test of the run already did, and
	 * gives a token of its officer.
	 */
	public String officerOfNewCouncil(String slug, String name, String onsCode) {
		String admin = token("platform-admin");
		if (get("/api/admin/councils/" + slug, admin).status() == 404) {
			post("/api/admin/councils", admin, Map.of("slug", slug, "name", name, "onsCode", onsCode, "region",
					"West Midlands"));
		}
		return token(slug + "-officer");
	}

	/** A client-credentials token for a demo client such as {@code walsall-officer}. */
	public String token(String client) {
		var form = new LinkedMultiValueMap<String, String>();
		form.add("grant_type", "client_credentials");
		Response response = exchange(HttpMethod.POST, "/oauth2/token", null, form, client);
		if (response.status() != 200) {
			throw new IllegalStateException("No token for " + client + ": " + response.status() + " " + response.body());
		}
		return response.json().get("access_token").asString();
	}

	/** Gets what Prometheus scrapes, with the scrape credential of the local profile. */
	public Response scrape(String path) {
		return http.get()
			.uri(path)
			.headers(headers -> headers.setBasicAuth("metrics", "local-demo-metrics"))
			.exchange((req, res) -> new Response(res.getStatusCode().value(), new String(res.getBody().readAllBytes()),
					res.getHeaders()));
	}

	public Response get(String path, String token) {
		return exchange(HttpMethod.GET, path, token, null, null);
	}

	public Response post(String path, String token, Object body) {
		return exchange(HttpMethod.POST, path, token, body, null);
	}

	public Response put(String path, String token) {
		return exchange(HttpMethod.PUT, path, token, null, null);
	}

	public Response put(String path, String token, Object body) {
		return exchange(HttpMethod.PUT, path, token, body, null);
	}

	/** Posts a file as multipart form data, in the part named {@code file}. */
	public Response upload(String path, String token, String fileName, byte[] content) {
		return upload(path, token, "file", Map.of(fileName, content));
	}

	/** Posts files as multipart form data, each in a part of the name given, by file name. */
	public Response upload(String path, String token, String part, Map<String, byte[]> files) {
		var parts = new LinkedMultiValueMap<String, Object>();
		files.forEach((fileName, content) -> parts.add(part, new org.springframework.core.io.ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return fileName;
			}
		}));
		return http.post()
			.uri(path)
			.headers(headers -> headers.setBearerAuth(token))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts)
			.exchange((req, res) -> new Response(res.getStatusCode().value(), new String(res.getBody().readAllBytes()),
					res.getHeaders()));
	}

	/** Posts files as multipart form data, each in its own part: part name to file name and content. */
	public Response uploadParts(String path, String token, Map<String, Map.Entry<String, byte[]>> files) {
		var parts = new LinkedMultiValueMap<String, Object>();
		files.forEach((part, file) -> parts.add(part, new org.springframework.core.io.ByteArrayResource(file.getValue()) {
			@Override
			public String getFilename() {
				return file.getKey();
			}
		}));
		return http.post()
			.uri(path)
			.headers(headers -> headers.setBearerAuth(token))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts)
			.exchange((req, res) -> new Response(res.getStatusCode().value(), new String(res.getBody().readAllBytes()),
					res.getHeaders()));
	}

	/** Gets raw bytes, such as a download. */
	public byte[] download(String path, String token) {
		return http.get().uri(path).headers(headers -> headers.setBearerAuth(token)).retrieve().body(byte[].class);
	}

	public Response delete(String path, String token) {
		return exchange(HttpMethod.DELETE, path, token, null, null);
	}

	/** Any method, with an empty JSON object as the body of those that take one. */
	public Response send(HttpMethod method, String path, String token) {
		boolean body = method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
		return exchange(method, path, token, body ? "{}" : null, null);
	}

	private Response exchange(HttpMethod method, String path, String token, Object body, String basicClient) {
		var request = http.method(method).uri(path).headers(headers -> {
			if (token != null) {
				headers.setBearerAuth(token);
			}
			if (basicClient != null) {
				headers.setBasicAuth(basicClient, "local-demo-secret");
			}
			headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON,
					MediaType.parseMediaType("*/*;q=0.1")));
		});
		if (body instanceof LinkedMultiValueMap<?, ?> form && form.containsKey("grant_type")) {
			request.contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form);
		}
		else if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(body instanceof String text ? text : json.writeValueAsString(body));
		}
		return request.exchange((req, res) -> new Response(res.getStatusCode().value(),
				new String(res.getBody().readAllBytes()), res.getHeaders()));
	}

	public record Response(int status, String body, HttpHeaders headers) {

		public JsonNode json() {
			return JsonMapper.builder().build().readTree(body);
		}

		public Map<String, Object> map() {
			return JsonMapper.builder().build().readValue(body, Map.class);
		}
	}
}
