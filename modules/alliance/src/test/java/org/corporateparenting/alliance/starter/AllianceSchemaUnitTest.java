package org.corporateparenting.alliance.starter;

import org.corporateparenting.tenancy.testing.SchemaAgreement;

/** The published schema of {@code alliance.yaml} says what the alliance module reads, and the demo councils' copies fit it. */
class AllianceSchemaUnitTest extends SchemaAgreement {

	AllianceSchemaUnitTest() {
		super(AllianceStarter.FILE, AllianceStarterFile.class);
	}
}
