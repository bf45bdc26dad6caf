package org.corporateparenting.notifications.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Preferences extends JpaRepository<Preference, Preference.Key> {

	List<Preference> findByRecipientEmail(String email);
}
