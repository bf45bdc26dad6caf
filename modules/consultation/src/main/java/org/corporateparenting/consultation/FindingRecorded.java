package org.corporateparenting.consultation;

import org.corporateparenting.tenancy.CouncilEvent;

/** Officers recorded what young people said in a consultation. */
public record FindingRecorded(String council, long findingId, long consultationId, String theme, int raisedBy)
		implements CouncilEvent {
}
