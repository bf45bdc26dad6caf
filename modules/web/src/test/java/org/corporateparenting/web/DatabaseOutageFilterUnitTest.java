package org.corporateparenting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The outage filter's answers, whichever way the lost connection reached it, as the API and people get them. */
class DatabaseOutageFilterUnitTest {

	@Test
	void anApiRequestWhoseRollbackFailedOnAClosedConnectionGetsTheSameProblemAsAnyOther() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();

		new DatabaseOutageFilter().doFilter(new MockHttpServletRequest("GET", "/api/councils/shaky/dashboard"),
				response, failingWith(new IllegalStateException("Unable to rollback against JDBC Connection",
						new SQLException("Connection is closed"))));

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("5");
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"status\":503", "Try again",
				"\"instance\":\"/api/councils/shaky/dashboard\"");
		assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'self'");
	}

	@Test
	void aPageGetsAShortPageAndAnythingElsePassesThrough() throws Exception {
		MockHttpServletResponse page = new MockHttpServletResponse();
		new DatabaseOutageFilter().doFilter(new MockHttpServletRequest("GET", "/councils/shaky"), page,
				failingWith(new SQLException("Communications link failure", "08S01")));

		assertThat(page.getStatus()).isEqualTo(503);
		assertThat(page.getContentType()).startsWith("text/html");
		assertThat(page.getContentAsString()).contains("Sorry, the service is unavailable");

		var other = new IllegalArgumentException("not an outage");
		try {
			new DatabaseOutageFilter().doFilter(new MockHttpServletRequest("GET", "/councils/shaky"),
					new MockHttpServletResponse(), failingWith(other));
		}
		catch (IllegalArgumentException thrown) {
			assertThat(thrown).isSameAs(other);
			return;
		}
		throw new AssertionError("A failure that is not an outage must pass through the filter");
	}

	private static MockFilterChain failingWith(Exception failure) {
		return new MockFilterChain(new HttpServlet() {
			@Override
			protected void service(HttpServletRequest request, HttpServletResponse response) {
				throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
			}
		});
	}
}
