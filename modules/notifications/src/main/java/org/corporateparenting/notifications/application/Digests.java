package org.corporateparenting.notifications.application;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.UUID;
import java.util.stream.Collectors;

import org.corporateparenting.notifications.Frequency;
import org.corporateparenting.notifications.Notices;
import org.corporateparenting.notifications.Reminder;
import org.corporateparenting.notifications.ReminderKind;
import org.corporateparenting.notifications.ReminderSettings;
import org.corporateparenting.notifications.ReminderSource;
import org.corporateparenting.notifications.domain.NotificationPasses;
import org.corporateparenting.notifications.domain.Notification;
import org.corporateparenting.notifications.domain.Notifications;
import org.corporateparenting.notifications.domain.Preference;
import org.corporateparenting.notifications.domain.Preferences;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.Councils;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.mail.MessagingException;

/**
 * The day's digests in the current council, and the hourly passes for people who hear of some kinds at once. The
 * first instance to claim a day (or an hour) runs it (a row per pass in the council's schema); every reminder found is written down once per person before anything is sent, so a second
 * run, a second instance or a restart finds it known and sends nothing twice, and what was not yet sent is sent by
 * the next run. Each person gets one email with everything new for them; what failed is tried again in later runs,
 * five times in all, and then shown as failed.
 */
@Service
@EnableConfigurationProperties(NotificationProperties.class)
public class Digests implements Notices {

	private static final Logger log = LoggerFactory.getLogger(Digests.class);

	/** This instance, as it signs its claims: the process and a start-up's own id. */
	private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName() + "/"
			+ UUID.randomUUID().toString().substring(0, 8);

	private final ObjectProvider<ReminderSource> sources;

	private final Notifications notifications;

	private final Preferences preferences;

	private final NotificationPasses passes;

	private final DigestMail mail;

	private final ObjectProvider<JavaMailSender> senders;

	private final Councils councils;

	private final TransactionTemplate transactions;

	private final NotificationProperties properties;

	private final ReminderSettingsManagement settingsOfCouncil;

	private final Clock clock;

	Digests(ObjectProvider<ReminderSource> sources, Notifications notifications, Preferences preferences,
			NotificationPasses passes, DigestMail mail, ObjectProvider<JavaMailSender> senders, Councils councils,
			PlatformTransactionManager transactions, NotificationProperties properties,
			ReminderSettingsManagement settingsOfCouncil, Clock clock) {
		this.sources = sources;
		this.notifications = notifications;
		this.preferences = preferences;
		this.passes = passes;
		this.mail = mail;
		this.senders = senders;
		this.councils = councils;
		this.transactions = new TransactionTemplate(transactions);
		this.properties = properties;
		this.settingsOfCouncil = settingsOfCouncil;
		this.clock = clock;
	}

	/**
	 * Finds the day's reminders and sends the digests (and, one by one, what people hear of at once), unless another
	 * instance has the day.
	 *
	 * @return how many digests were sent, or -1 when another instance has claimed the day
	 */
	public int run(LocalDate today) {
		return pass("digest:" + today, () -> {
			int recorded = record(find(today), today);
			Delivered delivered = deliver(today, true);
			if (recorded + delivered.digests() + delivered.single() > 0) {
				log.info("{} new reminders, {} digests and {} single reminders sent", recorded, delivered.digests(),
						delivered.single());
			}
			return delivered.digests();
		});
	}

	/**
	 * An hour's pass for people who hear of some kinds at once: finds what is new since the morning (a due date moved
	 * near, a consultation opened that closes in days) and emails each reminder of a kind they chose to hear of at once,
	 * one email each; the rest waits for the digests. Claimed per hour like the day, so two instances send once. In a
	 * council where nobody chose to hear of anything at once, it costs one query and claims nothing.
	 *
	 * @return how many reminders were emailed, or -1 when another instance has claimed the hour
	 */
	public int runImmediate(LocalDateTime now) {
		LocalDate today = now.toLocalDate();
		if (!Boolean.TRUE.equals(transactions.execute(status -> preferences.existsByFrequency(Frequency.IMMEDIATE)))) {
			return 0;
		}
		return pass("immediate:" + now.truncatedTo(ChronoUnit.HOURS), () -> {
			int recorded = record(find(today), today);
			int sent = deliver(today, false).single();
			if (recorded + sent > 0) {
				log.info("{} new reminders, {} sent at once", recorded, sent);
			}
			return sent;
		});
	}

	private int pass(String key, IntSupplier work) {
		Instant now = clock.instant();
		transactions.executeWithoutResult(status -> passes.claim(key, INSTANCE, now, now.minus(properties.claimLease())));
		boolean ours = Boolean.TRUE.equals(transactions.execute(status -> passes.findById(key)
			.map(pass -> pass.getClaimedBy().equals(INSTANCE) && pass.getFinishedAt() == null)
			.orElse(false)));
		if (!ours) {
			return -1;
		}
		int done = work.getAsInt();
		transactions.executeWithoutResult(status -> passes.finish(key, INSTANCE, clock.instant()));
		return done;
	}

	/** What every module finds due today, by the council's settings, leaving out the kinds the council switched off. */
	private List<Reminder> find(LocalDate today) {
		ReminderSettings settings = settingsOfCouncil.current();
		List<Reminder> found = new ArrayList<>();
		sources.orderedStream()
			.forEach(source -> source.reminders(today, settings)
				.stream()
				.filter(reminder -> settings.sends(reminder.kind()))
				.forEach(found::add));
		return found;
	}

	/** Writes down the reminders not yet known for their person; those of a kind the person stopped are not emailed. */
	private int record(List<Reminder> found, LocalDate today) {
		Map<String, List<Reminder>> byPerson = found.stream()
			.collect(Collectors.groupingBy(reminder -> reminder.to().email(), LinkedHashMap::new, Collectors.toList()));
		Integer recorded = transactions.execute(status -> {
			Map<String, Map<ReminderKind, Frequency>> choices = frequencies(byPerson.keySet());
			int count = 0;
			for (Map.Entry<String, List<Reminder>> person : byPerson.entrySet()) {
				Set<String> known = Set.copyOf(notifications.findKnownKeys(person.getKey(),
						person.getValue().stream().map(Reminder::key).toList()));
				Map<ReminderKind, Frequency> chosen = choices.getOrDefault(person.getKey(), Map.of());
				Set<String> added = new HashSet<>();
				for (Reminder reminder : person.getValue()) {
					if (known.contains(reminder.key()) || !added.add(reminder.key())) {
						continue;
					}
					Notification notification = new Notification(reminder, today);
					if (chosen.getOrDefault(reminder.kind(), Frequency.DAILY) == Frequency.NONE) {
						notification.notEmailed();
					}
					notifications.save(notification);
					count++;
				}
			}
			return count;
		});
		return recorded == null ? 0 : recorded;
	}

	/** How many emails a delivery sent: digests, and reminders sent one by one to people who hear of them at once. */
	private record Delivered(int digests, int single) {
	}

	/**
	 * Emails what is waiting, by each person's choices: each reminder of a kind they hear of at once in an email of its
	 * own, and, when {@code digests}, the rest in one email (weekly kinds wait for Monday).
	 */
	private Delivered deliver(LocalDate today, boolean digests) {
		JavaMailSender sender = sender();
		if (sender == null) {
			return new Delivered(0, 0);
		}
		String council = CouncilContext.require();
		String councilName = councils.find(council).map(found -> found.name()).orElse(council);
		List<Notification> waiting = transactions
			.execute(status -> notifications.findByStatusOrderByRecipientEmailAscAboutDateAscIdAsc(Notification.Status.PENDING));
		Map<String, List<Notification>> byPerson = waiting.stream()
			.collect(Collectors.groupingBy(Notification::getRecipientEmail, LinkedHashMap::new, Collectors.toList()));
		Map<String, Map<ReminderKind, Frequency>> choices = transactions
			.execute(status -> frequencies(byPerson.keySet()));
		boolean weekly = today.getDayOfWeek() == DayOfWeek.MONDAY;
		int digestsSent = 0;
		int singleSent = 0;
		for (Map.Entry<String, List<Notification>> person : byPerson.entrySet()) {
			Map<ReminderKind, Frequency> chosen = choices.getOrDefault(person.getKey(), Map.of());
			List<Notification> digest = new ArrayList<>();
			for (Notification item : person.getValue()) {
				switch (chosen.getOrDefault(item.getKind(), Frequency.DAILY)) {
					case IMMEDIATE -> singleSent += deliver(sender, council, councilName, List.of(item), today, true) ? 1
							: 0;
					case DAILY -> digest.add(item);
					case WEEKLY -> {
						if (weekly) {
							digest.add(item);
						}
					}
					case NONE -> {
					}
				}
			}
			if (digests && !digest.isEmpty() && deliver(sender, council, councilName, digest, today, false)) {
				digestsSent++;
			}
		}
		return new Delivered(digestsSent, singleSent);
	}

	@Override
	public void tellNow(Reminder reminder) {
		LocalDate today = LocalDate.now(clock);
		if (record(List.of(reminder), today) == 0) {
			return;
		}
		JavaMailSender sender = sender();
		List<Notification> recorded = transactions.execute(status -> notifications
			.findByRecipientEmailAndStatus(reminder.to().email(), Notification.Status.PENDING)
			.stream()
			.filter(item -> item.getReminderKey().equals(reminder.key()))
			.toList());
		if (sender != null && recorded != null && !recorded.isEmpty()) {
			String council = CouncilContext.require();
			deliver(sender, council, councils.find(council).map(found -> found.name()).orElse(council), recorded,
					today, true);
		}
	}

	/** The mail server, or none (logged) when none is set: what is found is then kept in the product only. */
	private @Nullable JavaMailSender sender() {
		JavaMailSender sender = senders.getIfAvailable();
		if (sender == null || sender instanceof JavaMailSenderImpl unset && (unset.getHost() == null
				|| unset.getHost().isBlank())) {
			log.warn("No mail server is set (CPP_MAIL_HOST): reminders are kept in the product, none is emailed");
			return null;
		}
		return sender;
	}

	private boolean deliver(JavaMailSender sender, String council, String councilName, List<Notification> items,
			LocalDate today, boolean single) {
		List<Long> ids = items.stream().map(Notification::getId).toList();
		try {
			sender.send(mail.compose(sender, council, councilName, items, today, single));
			Instant at = clock.instant();
			transactions.executeWithoutResult(status -> notifications.findAllById(ids).forEach(item -> item.sent(at)));
			return true;
		}
		catch (MailException | MessagingException ex) {
			log.warn("An email of {} reminders could not be sent: {}", items.size(), ex.getMessage());
			transactions.executeWithoutResult(
					status -> notifications.findAllById(ids).forEach(item -> item.failed(String.valueOf(ex.getMessage()))));
			return false;
		}
	}

	/** What these people chose, kind by kind, read at once; someone with no choice is absent (daily for every kind). */
	private Map<String, Map<ReminderKind, Frequency>> frequencies(Collection<String> emails) {
		if (emails.isEmpty()) {
			return Map.of();
		}
		return preferences.findByRecipientEmailIn(emails)
			.stream()
			.collect(Collectors.groupingBy(Preference::getRecipientEmail,
					Collectors.toMap(Preference::getKind, Preference::getFrequency)));
	}
}
