package org.corporateparenting.inspection.starter;

import org.corporateparenting.tenancy.testing.SchemaAgreement;

/**
 * The published schema of {@code inspection.yaml} says what the inspection module reads, and the demo councils'
 * copies fit it.
 */
class InspectionSchemaUnitTest extends SchemaAgreement {

	InspectionSchemaUnitTest() {
		super(InspectionStarter.FILE, InspectionStarterFile.class);
	}
}
