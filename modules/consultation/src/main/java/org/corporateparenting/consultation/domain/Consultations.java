package org.corporateparenting.consultation.domain;

import java.time.LocalDate;
import java.util.List;

import org.corporateparenting.consultation.ConsultationStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Consultations extends JpaRepository<Consultation, Long> {

	@Query("select c from Consultation c left join fetch c.forum order by c.opensOn desc, c.id desc")
	List<Consultation> findAllNewestFirst();

	List<Consultation> findByStatusAndClosesOnBefore(ConsultationStatus status, LocalDate date);

	List<Consultation> findByForumId(long forumId);
}
