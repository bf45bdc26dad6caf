package org.corporateparenting.notifications.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.corporateparenting.notifications.ReminderKind;
import org.corporateparenting.notifications.domain.Notification;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * One person's digest as an email: an accessible HTML part and a plain text part saying the same, grouped by kind,
 * each item linking to its page, with a link under each group to stop that kind and one to stop them all (also in
 * the {@code List-Unsubscribe} header, for mail programs' own button).
 */
@Component
class DigestMail {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final ITemplateEngine templates;

	private final UnsubscribeLinks unsubscribe;

	private final NotificationProperties properties;

	DigestMail(ITemplateEngine templates, UnsubscribeLinks unsubscribe, NotificationProperties properties) {
		this.templates = templates;
		this.unsubscribe = unsubscribe;
		this.properties = properties;
	}

	/**
	 * @param single an email of one reminder sent as soon as it was found, which its subject names, rather than the
	 *     day's digest
	 */
	MimeMessage compose(JavaMailSender mail, String council, String councilName, List<Notification> items,
			LocalDate today, boolean single) throws MessagingException {
		Notification first = items.getFirst();
		Map<ReminderKind, List<Notification>> byKind = new TreeMap<>();
		items.forEach(item -> byKind.computeIfAbsent(item.getKind(), kind -> new ArrayList<>()).add(item));
		Map<ReminderKind, String> stopLinks = new TreeMap<>();
		byKind.keySet().forEach(kind -> stopLinks.put(kind, unsubscribe.link(council, first.getRecipientEmail(), kind)));
		String stopAll = unsubscribe.link(council, first.getRecipientEmail(), null);
		String base = properties.baseUrl().replaceAll("/+$", "");
		String subject = single ? councilName + ": " + first.getKind().label() + ": " + first.getSubject()
				: councilName + ": " + (items.size() == 1 ? "1 reminder" : items.size() + " reminders") + " for "
						+ DAY.format(today);

		Context context = new Context(Locale.UK);
		context.setVariable("subject", subject);
		context.setVariable("councilName", councilName);
		context.setVariable("greeting", first.getRecipientName());
		context.setVariable("byKind", byKind);
		context.setVariable("stopLinks", stopLinks);
		context.setVariable("stopAll", stopAll);
		context.setVariable("base", base);
		String html = templates.process("notifications/mail/digest", context);

		MimeMessage message = mail.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom(properties.from());
		helper.setTo(first.getRecipientEmail());
		helper.setSubject(subject);
		helper.setText(text(councilName, first.getRecipientName(), byKind, stopLinks, stopAll, base), html);
		message.setHeader("List-Unsubscribe", "<" + stopAll + ">");
		message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		return message;
	}

	private static String text(String councilName, String greeting, Map<ReminderKind, List<Notification>> byKind,
			Map<ReminderKind, String> stopLinks, String stopAll, String base) {
		StringBuilder text = new StringBuilder();
		text.append(greeting == null ? "Hello," : "Hello " + greeting + ",").append("\n\n");
		text.append("Here is what needs your attention at ").append(councilName).append(".\n");
		byKind.forEach((kind, items) -> {
			text.append("\n").append(kind.label()).append("\n").append("-".repeat(kind.label().length())).append("\n");
			items.forEach(item -> text.append("* ")
				.append(item.getSubject())
				.append("\n  ")
				.append(item.getDetail())
				.append("\n  ")
				.append(base)
				.append(item.getPath())
				.append("\n"));
			text.append("\nStop these reminders: ").append(stopLinks.get(kind)).append("\n");
		});
		text.append("\nStop every reminder from ").append(councilName).append(": ").append(stopAll).append("\n");
		return text.toString();
	}
}
