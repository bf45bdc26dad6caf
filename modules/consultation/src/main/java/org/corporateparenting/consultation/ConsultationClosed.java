package org.corporateparenting.consultation;

import java.time.LocalDate;

import org.corporateparenting.tenancy.CouncilEvent;

/** A consultation closed: no more responses; its findings come next. Published once per consultation. */
public record ConsultationClosed(String council, long consultationId, String topic, LocalDate closedOn,
		long responses) implements CouncilEvent {
}
