package org.corporateparenting.notifications.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface Notifications extends JpaRepository<Notification, Long> {

	/** Which of these reminders a person has already been given, in one query. */
	@Query("select n.reminderKey from Notification n where n.recipientEmail = :email and n.reminderKey in :keys")
	List<String> findKnownKeys(String email, Collection<String> keys);

	List<Notification> findByStatusOrderByRecipientEmailAscAboutDateAscIdAsc(Notification.Status status);

	List<Notification> findByRecipientEmailAndStatus(String email, Notification.Status status);

	/** A page of one person's notifications, in the page's order. */
	Page<Notification> findByRecipientEmail(String email, Pageable pageable);

	long countByRecipientEmailAndReadAtIsNull(String email);

	/** Marks these notifications read, in one statement however many there are; those already read keep their time. */
	@Modifying
	@Query("update Notification n set n.readAt = :at where n.id in :ids and n.readAt is null")
	int markRead(Collection<Long> ids, Instant at);
}
