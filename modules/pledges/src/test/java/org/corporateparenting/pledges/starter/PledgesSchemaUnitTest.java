package org.corporateparenting.pledges.starter;

import org.corporateparenting.tenancy.testing.SchemaAgreement;

/** The published schema of {@code pledges.yaml} says what the pledges module reads, and the demo councils' copies fit it. */
class PledgesSchemaUnitTest extends SchemaAgreement {

	PledgesSchemaUnitTest() {
		super(PledgesStarter.FILE, PledgesStarterFile.class);
	}
}
