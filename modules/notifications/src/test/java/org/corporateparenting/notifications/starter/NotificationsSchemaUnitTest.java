package org.corporateparenting.notifications.starter;

import org.corporateparenting.tenancy.testing.SchemaAgreement;

/**
 * The published schema of {@code notifications.yaml} says what the notifications module reads, and the demo councils'
 * copies fit it.
 */
class NotificationsSchemaUnitTest extends SchemaAgreement {

	NotificationsSchemaUnitTest() {
		super(NotificationsStarter.FILE, NotificationsStarterFile.class);
	}
}
