package org.corporateparenting.tenancy.onboarding;

import org.corporateparenting.tenancy.CouncilBundle;
import org.corporateparenting.tenancy.testing.SchemaAgreement;

/** The published schema of {@code council.yaml} says what onboarding reads from it, and the demo councils fit it. */
class CouncilYamlSchemaUnitTest extends SchemaAgreement {

	CouncilYamlSchemaUnitTest() {
		super(CouncilBundle.COUNCIL, OnboardingRequest.class);
	}
}
