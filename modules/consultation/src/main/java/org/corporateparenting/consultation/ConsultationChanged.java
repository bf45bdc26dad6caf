package org.corporateparenting.consultation;

import org.corporateparenting.tenancy.CouncilEvent;

/**
 * A consultation or one of its findings changed in a way no more specific event of this module reports: a
 * consultation created, edited, opened, reopened, closed again or reported back, or a finding revised, taken off
 * the public page or put back on it. Carries no detail, so that a listener keeping a summary of consultations
 * re-reads it through {@link ConsultationProgress} rather than patching it. Anonymous survey responses publish
 * nothing.
 */
public record ConsultationChanged(String council, long consultationId) implements CouncilEvent {
}
