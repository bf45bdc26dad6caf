package org.corporateparenting.notifications.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.corporateparenting.notifications.Frequency;
import org.corporateparenting.notifications.Inbox;
import org.corporateparenting.notifications.ReminderKind;
import org.corporateparenting.notifications.domain.Notification;
import org.corporateparenting.notifications.domain.Notifications;
import org.corporateparenting.notifications.domain.Preference;
import org.corporateparenting.notifications.domain.Preferences;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.ListOrder;
import org.corporateparenting.web.PageResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications as people see them in the product: each person's own (read once they have seen them) and how often
 * they want each kind by email; and, for the council's admins, the log of everything found and sent, with what
 * failed and why.
 */
@Service
public class NotificationViews implements Inbox {

	private final Notifications notifications;

	private final Preferences preferences;

	private final Clock clock;

	NotificationViews(Notifications notifications, Preferences preferences, Clock clock) {
		this.notifications = notifications;
		this.preferences = preferences;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public long unread(String email) {
		return notifications.countByRecipientEmailAndReadAtIsNull(email);
	}

	/**
	 * A page of the person's notifications, newest first unless the request asked for another order; those on it are
	 * marked read from now on.
	 */
	@Transactional
	public PageResponse<NotificationView> mine(String email, int page, int size) {
		Page<Notification> found = notifications.findByRecipientEmail(email, request(page, size));
		List<Long> unread = found.stream().filter(item -> item.getReadAt() == null).map(Notification::getId).toList();
		if (!unread.isEmpty()) {
			notifications.markRead(unread, clock.instant());
		}
		return page(found);
	}

	/** Everything found and sent in the council, newest first unless the request asked for another order: for its admins. */
	@Transactional(readOnly = true)
	public PageResponse<NotificationView> log(int page, int size) {
		return page(notifications.findAll(request(page, size)));
	}

	/** How often the person hears of each kind by email: the default (daily) where they have not chosen. */
	@Transactional(readOnly = true)
	public Map<ReminderKind, Frequency> frequencies(String email) {
		Map<ReminderKind, Frequency> chosen = new EnumMap<>(ReminderKind.class);
		for (ReminderKind kind : ReminderKind.values()) {
			chosen.put(kind, Frequency.DAILY);
		}
		preferences.findByRecipientEmail(email).forEach(found -> chosen.put(found.getKind(), found.getFrequency()));
		return chosen;
	}

	/**
	 * Sets how often the person hears of the kinds given; a kind left out keeps its frequency.
	 *
	 * @throws InvalidInputException naming every kind not given a frequency
	 */
	@Transactional
	public Map<ReminderKind, Frequency> choose(String email, Map<ReminderKind, @Nullable Frequency> chosen) {
		List<FieldProblem> problems = chosen.entrySet()
			.stream()
			.filter(entry -> entry.getValue() == null)
			.map(entry -> new FieldProblem(entry.getKey().name(), "Choose how often you hear of "
					+ entry.getKey().label().toLowerCase(Locale.UK)))
			.toList();
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		chosen.forEach((kind, frequency) -> preferences.findById(new Preference.Key(email, kind))
			.ifPresentOrElse(found -> found.choose(frequency),
					() -> preferences.save(new Preference(email, kind, frequency))));
		return frequencies(email);
	}

	/** The page in the order asked for ({@link ListOrder}, by the view's fields, a kind's label as its kind), then newest first. */
	private static PageRequest request(int page, int size) {
		List<Sort.Order> orders = new ArrayList<>();
		ListOrder.requested().ifPresent(order -> order.by().forEach(by -> {
			String field = "kindLabel".equals(by.field()) ? "kind" : by.field();
			orders.add(by.descending() ? Sort.Order.desc(field) : Sort.Order.asc(field));
		}));
		orders.add(Sort.Order.desc("id"));
		return PageRequest.of(Math.max(0, page), Math.clamp(size, 1, PageResponse.MAX_SIZE), Sort.by(orders));
	}

	private static PageResponse<NotificationView> page(Page<Notification> found) {
		return new PageResponse<>(found.map(NotificationView::of).getContent(), found.getNumber(), found.getSize(),
				found.getTotalElements(), found.getTotalPages());
	}

	/** A notification as its recipient and the council's admins see it. */
	public record NotificationView(long id, String recipientEmail, @Nullable String recipientName, ReminderKind kind,
			String kindLabel, String subject, String detail, String path, LocalDate aboutDate, LocalDate foundOn,
			Notification.Status status, int attempts, @Nullable String lastError, @Nullable Instant sentAt,
			@Nullable Instant readAt) {

		static NotificationView of(Notification n) {
			return new NotificationView(n.getId(), n.getRecipientEmail(), n.getRecipientName(), n.getKind(),
					n.getKind().label(), n.getSubject(), n.getDetail(), n.getPath(), n.getAboutDate(), n.getFoundOn(),
					n.getStatus(), n.getAttempts(), n.getLastError(), n.getSentAt(), n.getReadAt());
		}
	}
}
