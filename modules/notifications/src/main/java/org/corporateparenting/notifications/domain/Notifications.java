package org.corporateparenting.notifications.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Notifications extends JpaRepository<Notification, Long> {

	/** Which of these reminders a person has already been given, in one query. */
	@Query("select n.reminderKey from Notification n where n.recipientEmail = :email and n.reminderKey in :keys")
	List<String> findKnownKeys(String email, Collection<String> keys);

	List<Notification> findByStatusOrderByRecipientEmailAscAboutDateAscIdAsc(Notification.Status status);

	Page<Notification> findByRecipientEmailOrderByIdDesc(String email, Pageable pageable);

	Page<Notification> findAllByOrderByIdDesc(Pageable pageable);

	long countByRecipientEmailAndReadAtIsNull(String email);
}
