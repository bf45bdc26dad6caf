package org.corporateparenting.notifications.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notification settings ({@code cpp.notifications.*}; the mail server itself is Spring Mail's {@code spring.mail.*},
 * set from {@code CPP_MAIL_*}).
 *
 * @param from the sender of every email, such as {@code Corporate Parenting Platform <notifications@example.org>}
 * @param baseUrl where people reach the platform, for the links in an email
 * @param unsubscribeSecret the key that signs unsubscribe links; the same on every instance, and kept secret, since
 *     anyone holding it could stop anyone's reminders. Without one, each start makes its own and the links of emails
 *     sent before a restart stop working (a warning says so)
 * @param claimLease how long a day's run claimed by an instance that stopped half-way is left before another takes it
 */
@ConfigurationProperties("cpp.notifications")
public record NotificationProperties(
		@DefaultValue("Corporate Parenting Platform <notifications@localhost>") String from,
		@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue("") String unsubscribeSecret,
		@DefaultValue("PT10M") Duration claimLease) {
}
