package org.corporateparenting.consultation.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WellbeingSharings extends JpaRepository<WellbeingSharing, Long> {
}
