package org.corporateparenting.localoffer.starter;

import org.corporateparenting.tenancy.testing.SchemaAgreement;

/**
 * The published schema of {@code local-offer.yaml} says what the local offer module reads, and the demo councils'
 * copies fit it.
 */
class LocalOfferSchemaUnitTest extends SchemaAgreement {

	LocalOfferSchemaUnitTest() {
		super(LocalOfferStarter.FILE, LocalOfferStarterFile.class);
	}
}
