package org.corporateparenting.platform.notifications;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** Reading the mails the local profile's mail server received, as their recipients would. */
final class Mails {

	private Mails() {
	}

	/** The mails of a council's digests ("Walsall Council: 2 reminders ..."), oldest first. */
	static List<MimeMessage> ofCouncil(GreenMail server, String councilName) {
		return Arrays.stream(server.getReceivedMessages())
			.filter(message -> subject(message).startsWith(councilName + ":"))
			.toList();
	}

	static String to(MimeMessage message) {
		try {
			return GreenMailUtil.getAddressList(message.getAllRecipients());
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The part of the mail of this type ({@code text/plain}, {@code text/html}), decoded; empty if it has none. */
	static String part(Part part, String type) {
		try {
			if (part.isMimeType(type)) {
				return part.getContent().toString();
			}
			if (part.getContent() instanceof Multipart multipart) {
				for (int i = 0; i < multipart.getCount(); i++) {
					String found = part(multipart.getBodyPart(i), type);
					if (!found.isEmpty()) {
						return found;
					}
				}
			}
			return "";
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
