package org.corporateparenting.consultation.domain;

import java.time.LocalDate;
import java.util.List;

import org.corporateparenting.consultation.ConsultationStatus;
import org.corporateparenting.notifications.Recipient;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Consultations extends JpaRepository<Consultation, Long> {

	@Query("select c from Consultation c left join fetch c.forum order by c.opensOn desc, c.id desc")
	List<Consultation> findAllNewestFirst();

	List<Consultation> findByStatusAndClosesOnBefore(ConsultationStatus status, LocalDate date);

	List<Consultation> findByForumId(long forumId);

	long countByStatus(ConsultationStatus status);

	java.util.Optional<Consultation> findFirstByTopicOrderByIdDesc(String topic);

	/**
	 * The consultations open at any time from {@code from} to {@code to} (by their dates, once they have left
	 * planning), or with a finding told back to young people in that time, in opening order.
	 */
	@Query("select new org.corporateparenting.consultation.domain.ConsultationOutline(c.id, c.topic, c.status,"
			+ " c.opensOn, c.closesOn) from Consultation c"
			+ " where c.status <> org.corporateparenting.consultation.ConsultationStatus.PLANNED"
			+ " and (c.opensOn <= :to and c.closesOn >= :from or exists (select f.id from Finding f"
			+ " where f.consultation = c and f.toldBackOn between :from and :to))"
			+ " order by c.opensOn, c.id")
	List<ConsultationOutline> findOutlinesBetween(LocalDate from, LocalDate to);

	@Query("select new org.corporateparenting.consultation.domain.ConsultationOutline(c.id, c.topic, c.status,"
			+ " c.opensOn, c.closesOn) from Consultation c where c.status = :status order by c.closesOn, c.id")
	List<ConsultationOutline> findOutlinesWithStatus(ConsultationStatus status);

	/** The open consultations with a contact's email that close from {@code from} to {@code to}. */
	@Query("select new org.corporateparenting.consultation.domain.ConsultationContact(c.id, c.topic, c.closesOn,"
			+ " c.contactRole, c.contactEmail) from Consultation c"
			+ " where c.status = org.corporateparenting.consultation.ConsultationStatus.OPEN"
			+ " and c.contactEmail is not null and c.closesOn between :from and :to order by c.closesOn, c.id")
	List<ConsultationContact> findClosingWithContact(LocalDate from, LocalDate to);

	/**
	 * The closed consultations with a contact's email that closed on or before {@code closedBy} and have no finding
	 * told back to young people yet: those owing "you said, we did".
	 */
	@Query("select new org.corporateparenting.consultation.domain.ConsultationContact(c.id, c.topic, c.closesOn,"
			+ " c.contactRole, c.contactEmail) from Consultation c"
			+ " where c.status = org.corporateparenting.consultation.ConsultationStatus.CLOSED"
			+ " and c.contactEmail is not null and c.closesOn <= :closedBy and not exists (select f.id from Finding f"
			+ " where f.consultation = c and f.toldBackOn is not null) order by c.closesOn, c.id")
	List<ConsultationContact> findOwingReportBackWithContact(LocalDate closedBy);

	/** Every consultation's contact with an email, each pair once: one query. */
	@Query("select distinct new org.corporateparenting.notifications.Recipient(c.contactEmail, c.contactRole)"
			+ " from Consultation c where c.contactEmail is not null")
	List<Recipient> findContacts();
}
