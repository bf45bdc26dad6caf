package org.corporateparenting.platform.local;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.corporateparenting.web.NotFoundException;
import org.corporateparenting.web.PageController;
import org.springframework.context.annotation.Profile;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The demo's mailbox (local profile only): every email the platform has sent since it started, newest first, to
 * read as its recipient would, its HTML and its plain text. Only platform admins open it: the mails name people's
 * addresses and councils' records.
 */
@PageController
@Profile("local")
class DevMailbox {

	private final GreenMail server;

	DevMailbox(GreenMail server) {
		this.server = server;
	}

	@GetMapping("/dev/mailbox")
	String mailbox(Model model) throws MessagingException {
		List<MimeMessage> received = new ArrayList<>(Arrays.asList(server.getReceivedMessages()));
		List<Mail> mails = new ArrayList<>();
		for (int i = received.size() - 1; i >= 0; i--) {
			MimeMessage message = received.get(i);
			mails.add(new Mail(i, String.join(", ", GreenMailUtil.getAddressList(message.getAllRecipients())),
					message.getSubject(), message.getSentDate() == null ? "" : message.getSentDate().toString()));
		}
		model.addAttribute("mails", mails);
		return "dev/mailbox";
	}

	@GetMapping("/dev/mailbox/{index}")
	String mail(@PathVariable int index, Model model) throws MessagingException, IOException {
		MimeMessage message = message(index);
		model.addAttribute("mail", new Mail(index, String.join(", ", GreenMailUtil.getAddressList(message.getAllRecipients())),
				message.getSubject(), message.getSentDate() == null ? "" : message.getSentDate().toString()));
		model.addAttribute("text", MailParts.text(message, "text/plain"));
		return "dev/mail";
	}

	/** The email's HTML as its recipient's mail program shows it. */
	@GetMapping(path = "/dev/mailbox/{index}/html", produces = "text/html")
	@ResponseBody
	String html(@PathVariable int index) throws MessagingException, IOException {
		return MailParts.text(message(index), "text/html");
	}

	private MimeMessage message(int index) {
		MimeMessage[] received = server.getReceivedMessages();
		if (index < 0 || index >= received.length) {
			throw new NotFoundException("No mail " + index + " in the mailbox");
		}
		return received[index];
	}

	record Mail(int index, String to, String subject, String sent) {
	}
}
