package org.corporateparenting.strategy.starter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.corporateparenting.tenancy.BundleProblem;
import org.corporateparenting.tenancy.CouncilBundle;
import org.corporateparenting.tenancy.CouncilFileSchema;
import org.corporateparenting.tenancy.testing.SchemaAgreement;
import org.junit.jupiter.api.Test;

/**
 * The published schema of {@code strategy.yaml} says what the strategy module reads, the demo councils' copies fit
 * it, and what breaks it is said in words at its place in the file.
 */
class StrategySchemaUnitTest extends SchemaAgreement {

	StrategySchemaUnitTest() {
		super(StrategyStarter.FILE, StrategyStarterFile.class);
	}

	@Test
	void aBadDateAFigureOutOfRangeAWrongStatusAndAnUnknownKeyAreEachNamedAtTheirLine() throws IOException {
		String walsall = Files.readString(Path.of("../../tenants/walsall/strategy.yaml"));
		String broken = walsall.replaceFirst("dueDate: 2023-03-31", "dueDate: 31/03/2023")
			.replaceFirst("percentComplete: 100", "percentComplete: 120")
			.replaceFirst("status: COMPLETE", "status: DONE")
			.replaceFirst("principles: \\[1, 6\\]", "principles: []")
			.replaceFirst("  vision:", "  colour: blue\n  vision:");

		assertThat(problems(broken)).extracting(BundleProblem::field, BundleProblem::line, BundleProblem::message)
			.containsExactlyInAnyOrder(
					tuple("actionPlans[0].actions[0].dueDate", lineOf(broken, "dueDate: 31/03/2023"),
							"must be a date such as 2024-03-31"),
					tuple("actionPlans[0].actions[0].percentComplete", lineOf(broken, "percentComplete: 120"),
							"must be 0 to 100"),
					tuple("actionPlans[0].actions[0].status", lineOf(broken, "status: DONE"), "must be one of"
							+ " NOT_STARTED, ON_TRACK, AT_RISK, OFF_TRACK, COMPLETE, CARRIED_FORWARD, DROPPED"),
					tuple("priorities[0].principles", lineOf(broken, "principles: []"), "needs at least one principle"),
					tuple("strategy.colour", lineOf(broken, "colour: blue"), "is not a field of strategy.yaml; the"
							+ " fields here are title, periodStart, periodEnd, vision, summary, childFriendlySummary,"
							+ " status, approval"));
	}

	@Test
	void aDateThatIsNoDayOfTheCalendarOrNoTextAtAllIsNotADate() throws IOException {
		String walsall = Files.readString(Path.of("../../tenants/walsall/strategy.yaml"));

		assertThat(problems(walsall.replace("periodStart: 2022-04-01", "periodStart: 2022-02-30")
			.replace("periodEnd: 2025-03-31", "periodEnd: 20250331")))
			.extracting(BundleProblem::field, BundleProblem::message)
			.containsExactlyInAnyOrder(tuple("strategy.periodStart", "must be a date such as 2024-03-31"),
					tuple("strategy.periodEnd", "must be a date such as 2024-03-31"));
	}

	private static List<BundleProblem> problems(String strategyYaml) {
		CouncilBundle bundle = CouncilBundle
			.of(Map.of(StrategyStarter.FILE, strategyYaml.getBytes(StandardCharsets.UTF_8)));
		return CouncilFileSchema.of(StrategyStarter.FILE).problems(bundle);
	}

	private static int lineOf(String yaml, String text) {
		List<String> lines = yaml.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i + 1;
			}
		}
		throw new AssertionError("No line has " + text);
	}
}
