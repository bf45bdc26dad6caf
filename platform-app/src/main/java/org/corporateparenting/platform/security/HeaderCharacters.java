package org.corporateparenting.platform.security;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * What Spring Security's {@link StrictHttpFirewall} accepts in a header's name and value, checked character by
 * character rather than by its regular expressions ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*} for names, the same
 * with a tab allowed for values): the firewall checks every header a request reads, each time it is read, and the
 * expression matched against a bearer token of a kilobyte cost about a fiftieth of a simple API request. The same
 * characters are accepted and refused (every code point is assigned in Unicode and not a control character; a tab is
 * allowed in a value), so a request the firewall refused before is refused still.
 */
final class HeaderCharacters {

	private HeaderCharacters() {
	}

	/** The firewall with these checks, and Spring Security's defaults for everything else. */
	static StrictHttpFirewall firewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedHeaderNames(HeaderCharacters::isName);
		firewall.setAllowedHeaderValues(HeaderCharacters::isValue);
		return firewall;
	}

	/** Every code point assigned, none a control character. */
	static boolean isName(String name) {
		return accepts(name, false);
	}

	/** Every code point assigned, none a control character but a tab. */
	static boolean isValue(String value) {
		return accepts(value, true);
	}

	private static boolean accepts(String text, boolean tab) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			// Printable ASCII, by far the most common, is assigned and not a control character.
			if (c >= 0x20 && c < 0x7f) {
				continue;
			}
			if (c == '\t' && tab) {
				continue;
			}
			int codePoint = text.codePointAt(i);
			if (Character.getType(codePoint) == Character.UNASSIGNED || Character.isISOControl(codePoint)) {
				return false;
			}
			if (Character.isSupplementaryCodePoint(codePoint)) {
				i++;
			}
		}
		return true;
	}
}
