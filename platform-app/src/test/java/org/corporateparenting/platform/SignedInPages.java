package org.corporateparenting.platform;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person signed in to the pages through the local identity provider over plain HTTP (no browser): the OpenID
 * Connect redirects, the sign-in form with its CSRF token, and the session cookie kept for the pages that follow.
 */
public final class SignedInPages {

	/** The local sign-in's client registration, as the pages' security chain names it. */
	private static final String REGISTRATION = "cpp";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final HttpClient http;

	private final String base;

	private SignedInPages(HttpClient http, String base) {
		this.http = http;
		this.base = base;
	}

	/** Signs the demo user in, starting from the page they asked for, as a browser would. */
	public static SignedInPages signIn(int port, String user) {
		HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		SignedInPages pages = new SignedInPages(http, "http://localhost:" + port);
		HttpResponse<String> form = pages.get("/oauth2/authorization/" + REGISTRATION, null);
		Matcher token = CSRF.matcher(form.body());
		if (!token.find()) {
			throw new IllegalStateException("No sign-in form at " + form.uri() + ": " + form.statusCode());
		}
		String body = "username=" + encode(user) + "&password=local-demo-password&_csrf=" + encode(token.group(1));
		HttpResponse<String> signedIn = pages.send(HttpRequest.newBuilder(URI.create(pages.base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
		if (signedIn.uri().getPath().startsWith("/login")) {
			throw new IllegalStateException("Sign-in refused for " + user);
		}
		return pages;
	}

	/** The same person, with the same cookies, asking another instance of the platform on this host. */
	public SignedInPages at(int port) {
		return new SignedInPages(http, "http://localhost:" + port);
	}

	/** Gets a page; the request carries {@code X-Request-Id} when one is given. */
	public HttpResponse<String> get(String path, String requestId) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
		if (requestId != null) {
			request.header("X-Request-Id", requestId);
		}
		return send(request.build());
	}

	/**
	 * Opens the page with the form (for its CSRF token), then posts the fields to the form's action, as a browser
	 * would; redirects are followed.
	 */
	public HttpResponse<String> post(String formPage, String action, Map<String, String> fields) {
		return post(formPage, action, List.copyOf(fields.entrySet()));
	}

	/** As {@link #post(String, String, Map)}, with fields that may repeat (ticked checkboxes of one name). */
	public HttpResponse<String> post(String formPage, String action, List<Map.Entry<String, String>> fields) {
		Matcher token = CSRF.matcher(get(formPage, null).body());
		if (!token.find()) {
			throw new IllegalStateException("No form on " + formPage);
		}
		StringBuilder body = new StringBuilder("_csrf=" + encode(token.group(1)));
		fields.forEach(field -> body.append('&')
			.append(encode(field.getKey()))
			.append('=')
			.append(encode(field.getValue())));
		return send(HttpRequest.newBuilder(URI.create(base + action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build());
	}

	/** Posts one file as multipart form data (in the part named {@code file}) with the page's CSRF token. */
	public HttpResponse<String> upload(String formPage, String action, String fileName, byte[] content) {
		return upload(formPage, action, "file", Map.of(fileName, content));
	}

	/** Posts files as multipart form data, each in a part of the name given, with the page's CSRF token. */
	public HttpResponse<String> upload(String formPage, String action, String part, Map<String, byte[]> files) {
		Matcher token = CSRF.matcher(get(formPage, null).body());
		if (!token.find()) {
			throw new IllegalStateException("No form on " + formPage);
		}
		String boundary = "cpp-test-boundary";
		List<HttpRequest.BodyPublisher> body = new ArrayList<>();
		body.add(HttpRequest.BodyPublishers.ofString("--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token.group(1) + "\r\n"));
		files.forEach((fileName, content) -> {
			body.add(HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
					+ part + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
			body.add(HttpRequest.BodyPublishers.ofByteArray(content));
			body.add(HttpRequest.BodyPublishers.ofString("\r\n"));
		});
		body.add(HttpRequest.BodyPublishers.ofString("--" + boundary + "--\r\n"));
		return send(HttpRequest.newBuilder(URI.create(base + action))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(body.toArray(HttpRequest.BodyPublisher[]::new)))
			.build());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			// As a browser asks: pages, and error pages rather than JSON.
			HttpRequest asBrowser = request.headers().firstValue("Accept").isPresent() ? request
					: HttpRequest.newBuilder(request, (name, value) -> true)
						.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
						.build();
			return http.send(asBrowser, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
