package org.corporateparenting.notifications.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SavedSettingsStore extends JpaRepository<SavedSettings, Integer> {
}
