package org.corporateparenting.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The firewall's header checks accept exactly what Spring Security's regular expressions accept: compared on random
 * text made of the kinds of character that decide it (printable ASCII, tabs, ASCII and C1 control characters,
 * unassigned code points, surrogates in pairs and alone, letters outside ASCII).
 */
class HeaderCharactersUnitTest {

	/** Spring Security's own, as {@link StrictHttpFirewall} compiles them. */
	static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

	static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

	static final String[] PIECES = { "a", "Z", "0", " ", "~", "=", "Bearer ", "\t", "\u0000", "\u001f", "\u007f",
			"\u0085", "\u009f", "\u00a0", "é", "\u0378", "\u2028", "\uffff", "\ud83d\ude00", "\ud83d", "\ude00",
			"\udb40\udc80", "\ud800\udc00", "ł", "\r", "\n" };

	@Test
	void namesAndValuesAreAcceptedExactlyAsSpringSecuritysExpressionsAcceptThem() {
		Random random = new Random(20261207);
		for (int i = 0; i < 200_000; i++) {
			StringBuilder text = new StringBuilder();
			int pieces = random.nextInt(6);
			for (int p = 0; p < pieces; p++) {
				text.append(PIECES[random.nextInt(PIECES.length)]);
			}
			String header = text.toString();
			assertThat(HeaderCharacters.isName(header)).as("name %s", header.codePoints().boxed().toList())
				.isEqualTo(NAMES.matcher(header).matches());
			assertThat(HeaderCharacters.isValue(header)).as("value %s", header.codePoints().boxed().toList())
				.isEqualTo(VALUES.matcher(header).matches());
		}
	}

	@Test
	void aBearerTokenIsAcceptedAndAControlCharacterRefusedByTheFirewall() {
		StrictHttpFirewall firewall = HeaderCharacters.firewall();
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/councils/walsall");
		request.addHeader("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ3YWxzYWxsIn0.c2lnbmF0dXJl");
		request.addHeader("X-Note", "tab\there");
		request.addHeader("X-Bad", "bell\u0007");
		request.addHeader("X-Bad\u0001Name", "fine");
		var firewalled = firewall.getFirewalledRequest(request);
		assertThat(firewalled.getHeader("Authorization")).startsWith("Bearer ");
		assertThat(firewalled.getHeader("X-Note")).isEqualTo("tab\there");
		assertThatThrownBy(() -> firewalled.getHeader("X-Bad")).isInstanceOf(RequestRejectedException.class);
		assertThatThrownBy(() -> firewalled.getHeader("X-Bad\u0001Name")).isInstanceOf(RequestRejectedException.class);
	}
}
