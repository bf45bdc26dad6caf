package org.corporateparenting.notifications.domain;

import java.util.Collection;
import java.util.List;

import org.corporateparenting.notifications.Frequency;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Preferences extends JpaRepository<Preference, Preference.Key> {

	List<Preference> findByRecipientEmail(String email);

	/** The choices of all these people at once: one query however many there are. */
	List<Preference> findByRecipientEmailIn(Collection<String> emails);

	/** Whether anyone in the council hears of some kind this often. */
	boolean existsByFrequency(Frequency frequency);
}
