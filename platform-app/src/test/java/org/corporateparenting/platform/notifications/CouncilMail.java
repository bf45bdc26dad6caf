package org.corporateparenting.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.corporateparenting.notifications.application.Digests;
import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.local.MailParts;
import org.corporateparenting.platform.onboarding.CouncilBundles;
import org.corporateparenting.tenancy.CouncilContext;
import org.springframework.context.ApplicationContext;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A copy of Walsall onboarded for a test, its day's digests run in its context, and the mails it sent as the local
 * profile's mail server received them (told apart from other councils' by their subject).
 */
final class CouncilMail {

	private final PlatformApi api;

	private final Digests digests;

	private final GreenMail mailServer;

	CouncilMail(int port, ApplicationContext context) {
		this.api = new PlatformApi(port);
		this.digests = context.getBean(Digests.class);
		this.mailServer = context.getBean(GreenMail.class);
	}

	/** A mail's plain text part. */
	static String text(MimeMessage message) {
		try {
			return MailParts.text(message, "text/plain");
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Onboards Walsall's files as a new council and waits until it is done. */
	String onboardWalsallAs(String slug, String onsCode) {
		return onboard(slug, CouncilBundles.walsallAs(slug, onsCode));
	}

	/** Onboards Walsall's files as a new council whose role mailboxes are its own, and waits until it is done. */
	String onboardWalsallWithOwnMailboxesAs(String slug, String onsCode) {
		return onboard(slug, CouncilBundles.walsallWithOwnMailboxesAs(slug, onsCode));
	}

	/** Onboards a bundle of files as the council they name, and waits until it is done. */
	String onboard(String slug, Map<String, byte[]> files) {
		String admin = api.token("platform-admin");
		var started = api.upload("/api/admin/councils/bundles", admin, "files", files);
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		var done = CouncilBundles.finished(api, admin, started.headers().getLocation().toString());
		assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("DONE");
		return slug;
	}

	/** The day's digests: how many were sent, or -1 when the day was already claimed. */
	int run(String council, LocalDate day) {
		return CouncilContext.callIn(council, () -> digests.run(day));
	}

	List<MimeMessage> received(String council) {
		return Arrays.stream(mailServer.getReceivedMessages())
			.filter(message -> subject(message).startsWith(council + " Council:"))
			.toList();
	}

	/** The council's mails by recipient, each the first they got. */
	Map<String, MimeMessage> firstByRecipient(String council) {
		return received(council).stream()
			.collect(Collectors.toMap(CouncilMail::to, message -> message, (first, later) -> first));
	}

	/** The council's mails to one address, oldest first. */
	List<MimeMessage> to(String council, String recipient) {
		return received(council).stream().filter(message -> to(message).equals(recipient)).toList();
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
}
