package org.corporateparenting.consultation.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A consultation's topic, closing date and contact, without its audiences: what a reminder needs, read in one query
 * rather than one more per consultation for its eagerly loaded audiences.
 */
public record ConsultationContact(long id, String topic, LocalDate closesOn, @Nullable String contactRole,
		String contactEmail) {
}
