package org.corporateparenting.consultation.starter;

import org.corporateparenting.tenancy.testing.SchemaAgreement;

/** The published schema of {@code consultation.yaml} says what the consultation module reads, and the demo councils' copies fit it. */
class ConsultationSchemaUnitTest extends SchemaAgreement {

	ConsultationSchemaUnitTest() {
		super(ConsultationStarter.FILE, ConsultationStarterFile.class);
	}
}
