/**
 * Reminders and notifications: the right person hears before a date slips. Other modules find what is due
 * ({@link org.corporateparenting.notifications.ReminderSource}); once a day, in each active council, this module sends
 * every person one digest of what is new for them, keeps a log of what was sent (so nothing is sent twice, by any
 * instance, and nothing is lost to a restart) and lets anyone stop a kind of reminder from the email itself.
 * <p>
 * The root package holds the vocabulary other modules use; {@code domain}, {@code application} and {@code web} are
 * internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.corporateparenting.notifications;
