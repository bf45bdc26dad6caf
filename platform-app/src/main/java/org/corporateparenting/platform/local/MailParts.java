package org.corporateparenting.platform.local;

import java.io.IOException;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** How the local mailbox reads a mail, also in tests: the first part of a type, however deep it is nested. */
public final class MailParts {

	private MailParts() {
	}

	/** The text of a mail's first part of a type ("text/plain", "text/html"), or "" if it has none. */
	public static String text(Part part, String type) throws MessagingException, IOException {
		if (part.isMimeType(type)) {
			return part.getContent().toString();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = text(multipart.getBodyPart(i), type);
				if (!found.isEmpty()) {
					return found;
				}
			}
		}
		return "";
	}
}
