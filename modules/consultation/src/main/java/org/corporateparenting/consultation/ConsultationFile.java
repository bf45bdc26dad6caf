package org.corporateparenting.consultation;

import java.util.Set;

import org.corporateparenting.tenancy.CouncilBundle;

/** The consultations a council's bundle brings, for modules whose files name them by topic (a local offer's). */
public interface ConsultationFile {

	/** The topics of the consultations in the bundle's consultation file; empty when it has none or it cannot be read. */
	Set<String> topics(CouncilBundle bundle);
}
