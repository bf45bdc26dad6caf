package org.corporateparenting.consultation.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Questions extends JpaRepository<Question, Long> {

	List<Question> findByConsultationIdOrderByPosition(long consultationId);

	@Query("select coalesce(max(q.position), 0) from Question q where q.consultation.id = :consultationId")
	int lastPosition(long consultationId);
}
