package org.corporateparenting.web;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An API update ({@code PUT}, {@code PATCH}, {@code DELETE}) may name the version it changes as {@code If-Match} (the ETag it read, {@link VersionTags}) instead
 * of, or beside, the {@code version} it sends. The tag's version then stands in for the request's own: in a JSON
 * body's {@code version} and as the {@code version} query parameter. Each service checks it as it checks any
 * version, and a stale one answers 412 instead of 409 ({@link ApiProblems}), because the request made it a
 * precondition. {@code If-Match: *} asks for nothing more than the version sent. An update that takes no version
 * cannot honour a tag: {@link UnversionedUpdates} answers 412 there.
 */
@Component
class IfMatch extends OncePerRequestFilter {

	/** Never a record's version: a tag that is not one of the platform's fails as stale. */
	static final long NO_VERSION = -1;

	private static final String VERSION = "version";

	/** The methods that change a record in place; a POST creates or acts, and takes no If-Match. */
	static final Set<String> UPDATES = Set.of("PUT", "PATCH", "DELETE");

	private final JsonMapper json = JsonMapper.builder().build();

	/** The ETag of a record at this version. */
	static String tag(long version) {
		return "\"" + version + "\"";
	}

	/** Whether the request makes a version a precondition (not {@code *}). */
	static boolean present(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.IF_MATCH);
		return header != null && !header.isBlank() && !"*".equals(header.strip());
	}

	/** The version of the first tag: {@code "3"} or {@code W/"3"}. */
	static long version(String header) {
		String tag = header.split(",")[0].strip();
		if (tag.startsWith("W/")) {
			tag = tag.substring(2);
		}
		if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
			return NO_VERSION;
		}
		try {
			return Long.parseLong(tag.substring(1, tag.length() - 1));
		}
		catch (NumberFormatException ex) {
			return NO_VERSION;
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !UPDATES.contains(request.getMethod())
				|| !request.getRequestURI().startsWith(request.getContextPath() + "/api/") || !present(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long version = version(request.getHeader(HttpHeaders.IF_MATCH));
		chain.doFilter(new VersionedRequest(request, String.valueOf(version), body(request, version)), response);
	}

	/** A JSON object body with its {@code version} set to the tag's; any other body as it came. */
	private byte @Nullable [] body(HttpServletRequest request, long version) throws IOException {
		if (request.getContentType() == null
				|| !MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(request.getContentType()))) {
			return null;
		}
		byte[] sent = request.getInputStream().readAllBytes();
		try {
			JsonNode read = json.readTree(sent);
			if (read instanceof ObjectNode object) {
				object.put(VERSION, version);
				return json.writeValueAsBytes(object);
			}
		}
		catch (JacksonException ex) {
			// Not JSON after all: the converter reads it as sent and answers its own 400.
		}
		return sent;
	}

	private static final class VersionedRequest extends HttpServletRequestWrapper {

		private final String version;

		private final byte @Nullable [] body;

		VersionedRequest(HttpServletRequest request, String version, byte @Nullable [] body) {
			super(request);
			this.version = version;
			this.body = body;
		}

		@Override
		public @Nullable String getParameter(String name) {
			return VERSION.equals(name) ? version : super.getParameter(name);
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			return VERSION.equals(name) ? new String[] { version } : super.getParameterValues(name);
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
			parameters.put(VERSION, new String[] { version });
			return Collections.unmodifiableMap(parameters);
		}

		@Override
		public Enumeration<String> getParameterNames() {
			Set<String> names = new LinkedHashSet<>(Collections.list(super.getParameterNames()));
			names.add(VERSION);
			return Collections.enumeration(names);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (body == null) {
				return super.getInputStream();
			}
			ByteArrayInputStream bytes = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return bytes.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return bytes.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return bytes.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("Read synchronously");
				}
			};
		}

		@Override
		public BufferedReader getReader() throws IOException {
			return body == null ? super.getReader()
					: new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

		@Override
		public int getContentLength() {
			return body == null ? super.getContentLength() : body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body == null ? super.getContentLengthLong() : body.length;
		}
	}
}
