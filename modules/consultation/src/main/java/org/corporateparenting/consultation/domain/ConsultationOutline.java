package org.corporateparenting.consultation.domain;

import java.time.LocalDate;

import org.corporateparenting.consultation.ConsultationStatus;

/**
 * A consultation's topic, status and dates without its audiences: what a summary of many consultations lists, read
 * in one query rather than one more per consultation for its eagerly loaded audiences.
 */
public record ConsultationOutline(long id, String topic, ConsultationStatus status, LocalDate opensOn,
		LocalDate closesOn) {
}
