package org.corporateparenting.safeguarding.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SafeguardingSettingsStore extends JpaRepository<SafeguardingSettings, Integer> {
}
