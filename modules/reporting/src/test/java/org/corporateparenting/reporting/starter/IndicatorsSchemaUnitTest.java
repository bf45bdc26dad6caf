package org.corporateparenting.reporting.starter;

import java.util.Set;

import org.corporateparenting.tenancy.testing.SchemaAgreement;

/**
 * The published schema of {@code indicators.yaml} says what the reporting module reads, and the demo councils' copies
 * fit it. A council's own indicator and a figure's period are required by the schema though the record leaves them to
 * the import, which refuses an entry without them.
 */
class IndicatorsSchemaUnitTest extends SchemaAgreement {

	IndicatorsSchemaUnitTest() {
		super(IndicatorsStarter.FILE, IndicatorsStarterFile.class);
	}

	@Override
	protected Set<String> requiredByTheImport() {
		return Set.of("local-indicators[].code", "local-indicators[].name", "local-indicators[].definition",
				"local-indicators[].unit", "local-indicators[].polarity", "local-indicators[].source",
				"measurements[].period");
	}
}
