package org.corporateparenting.consultation.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WellbeingSurveys extends JpaRepository<WellbeingSurvey, Long> {
}
