package org.corporateparenting.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A council's file checked against its published schema, as the preview does first: each breach named by its field
 * and line, in the words the platform's other checks use rather than the validator's.
 */
class CouncilFileSchemaUnitTest {

	static final String WALSALL = """
			# Walsall: a metropolitan borough in the West Midlands.
			slug: walsall
			name: Walsall Council
			onsCode: E08000030
			region: West Midlands
			partnerships: []
			""";

	@Test
	void aCouncilsFileThatFitsHasNoProblem() {
		assertThat(problems(WALSALL)).isEmpty();
	}

	@Test
	void anUnknownKeyIsNamedWithTheKeysThatBelongThere() {
		assertThat(problems(WALSALL + "colour: blue\n")).containsExactly(new BundleProblem("council.yaml", 7, "colour",
				"is not a field of council.yaml; the fields here are slug, name, onsCode, region, partnerships,"
						+ " trustedIssuers, shard"));
	}

	@Test
	void aMissingOrEmptyValueIsRequiredAndAMissingKeyIsFoundWhereTheFileStarts() {
		String noRegion = WALSALL.replace("region: West Midlands\n", "").replace("name: Walsall Council", "name:");

		assertThat(problems(noRegion)).containsExactlyInAnyOrder(
				new BundleProblem("council.yaml", 2, "region", "is required"),
				new BundleProblem("council.yaml", 3, "name", "is required"));
	}

	@Test
	void aValueOutsideTheListOrThePatternSaysWhatItMustBe() {
		String wrong = WALSALL.replace("West Midlands", "Midlands").replace("E08000030", "X123")
			.replace("name: Walsall Council", "name: \" \"");

		assertThat(problems(wrong)).containsExactlyInAnyOrder(
				new BundleProblem("council.yaml", 3, "name", "must not be blank"),
				new BundleProblem("council.yaml", 4, "onsCode",
						"must be an ONS code of an English council with children's services, such as E08000030"),
				new BundleProblem("council.yaml", 5, "region", "must be one of North East, North West, Yorkshire and"
						+ " The Humber, East Midlands, West Midlands, East of England, London, South East, South West"));
	}

	@Test
	void aValueOfTheWrongKindSaysWhichKindAndAnEmptyEntryIsEmpty() {
		String wrong = WALSALL.replace("partnerships: []", "partnerships: [west-midlands, null]\ntrustedIssuers: none")
			.replace("name: Walsall Council", "name: 2024")
			.replace("onsCode: E08000030", "onsCode: 8000030");

		assertThat(problems(wrong)).containsExactlyInAnyOrder(
				new BundleProblem("council.yaml", 3, "name", "must be text: write it in quotes, such as \"2024\""),
				new BundleProblem("council.yaml", 4, "onsCode",
						"must be an ONS code of an English council with children's services, such as E08000030"),
				new BundleProblem("council.yaml", 6, "partnerships[1]", "is empty"),
				new BundleProblem("council.yaml", 7, "trustedIssuers", "must be a list"));
	}

	@Test
	void aFileThatIsNotYamlIsOneProblemWhereReadingStopped() {
		List<BundleProblem> problems = problems(WALSALL + "region: [unclosed\n");

		assertThat(problems).singleElement().satisfies(problem -> {
			assertThat(problem.field()).isEqualTo("file");
			assertThat(problem.line()).isGreaterThanOrEqualTo(7);
		});
	}

	@Test
	void isPublishedUnderItsOwnAddressAndEveryFileTheCouncilBringsHasOne() {
		assertThat(CouncilFileSchema.of("council.yaml").address()).isEqualTo("/schemas/council.schema.json");
		assertThat(CouncilFileSchema.address("strategy.yaml")).isEqualTo("/schemas/strategy.schema.json");
		assertThatThrownBy(() -> CouncilFileSchema.of("notes.yaml")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("schemas/notes.schema.json");
	}

	private static List<BundleProblem> problems(String councilYaml) {
		CouncilBundle bundle = CouncilBundle.of(Map.of("council.yaml", councilYaml.getBytes(StandardCharsets.UTF_8)));
		return CouncilFileSchema.of("council.yaml").problems(bundle);
	}
}
