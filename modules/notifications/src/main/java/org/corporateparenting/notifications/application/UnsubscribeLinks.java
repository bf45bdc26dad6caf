package org.corporateparenting.notifications.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.corporateparenting.notifications.ReminderKind;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The unsubscribe link in every email: a token naming the council, the address and the kind of reminder (or every
 * kind), signed so that it works without signing in and cannot be made for anyone else's address.
 */
@Component
public class UnsubscribeLinks {

	private static final Logger log = LoggerFactory.getLogger(UnsubscribeLinks.class);

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private static final String ALL = "ALL";

	private final byte[] key;

	private final String baseUrl;

	UnsubscribeLinks(NotificationProperties properties) {
		this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
		if (properties.unsubscribeSecret().isBlank()) {
			log.warn("No cpp.notifications.unsubscribe-secret (CPP_NOTIFICATIONS_UNSUBSCRIBE_SECRET) is set: this"
					+ " instance signs unsubscribe links with a key of its own, and they stop working when it restarts");
			this.key = new byte[32];
			new SecureRandom().nextBytes(this.key);
		}
		else {
			this.key = properties.unsubscribeSecret().getBytes(StandardCharsets.UTF_8);
		}
	}

	/** The link that stops this kind of reminder for this address in this council; {@code null} kind: every kind. */
	public String link(String council, String email, @Nullable ReminderKind kind) {
		return baseUrl + "/notifications/unsubscribe?token=" + token(council, email, kind);
	}

	String token(String council, String email, @Nullable ReminderKind kind) {
		String payload = council + "\n" + email + "\n" + (kind == null ? ALL : kind.name());
		return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + ENCODER.encodeToString(sign(payload));
	}

	/** What a token asks to stop, if it is one this platform signed; empty for anything else. */
	public Optional<Request> read(@Nullable String token) {
		if (token == null || token.length() > 1000 || token.indexOf('.') < 0) {
			return Optional.empty();
		}
		try {
			String payload = new String(DECODER.decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
			byte[] signature = DECODER.decode(token.substring(token.indexOf('.') + 1));
			String[] parts = payload.split("\n", -1);
			if (parts.length != 3 || !MessageDigest.isEqual(signature, sign(payload))) {
				return Optional.empty();
			}
			ReminderKind kind = parts[2].equals(ALL) ? null : ReminderKind.valueOf(parts[2]);
			return Optional.of(new Request(parts[0], parts[1], kind));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private byte[] sign(String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java", ex);
		}
	}

	/** A signed request to stop reminders: {@code kind} null for every kind. */
	public record Request(String council, String email, @Nullable ReminderKind kind) {
	}
}
