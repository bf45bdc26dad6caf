package org.corporateparenting;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** A start on the ahead-of-time bean definitions is refused with profiles other than those they were made for. */
class AheadOfTimeProfilesUnitTest {

	private final AheadOfTimeProfiles madeForTheDemo = new AheadOfTimeProfiles(Set.of("local", "demo"));

	@Test
	void theBuildRecordsTheProfilesItsDefinitionsWereMadeFor() {
		// The build's record (cpp.aot.profiles, filtered into the jar): the demo's, which the default profiles are.
		MockEnvironment defaults = new MockEnvironment();
		defaults.setDefaultProfiles("local", "demo");
		assertThatCode(() -> new AheadOfTimeProfiles().check(defaults)).doesNotThrowAnyException();

		MockEnvironment production = new MockEnvironment();
		production.setActiveProfiles("production");
		assertThatIllegalStateException().isThrownBy(() -> new AheadOfTimeProfiles().check(production))
			.withMessageContaining("[demo, local], not [production]");
	}

	@Test
	void theDefaultProfilesCountWhenNoneIsActive() {
		MockEnvironment environment = new MockEnvironment();
		environment.setDefaultProfiles("local", "demo");

		assertThatCode(() -> madeForTheDemo.check(environment)).doesNotThrowAnyException();
	}

	@Test
	void theSameProfilesInAnotherOrderAreTheSame() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("demo", "local");

		assertThatCode(() -> madeForTheDemo.check(environment)).doesNotThrowAnyException();
	}

	@Test
	void otherProfilesAreRefusedSayingWhatToDo() {
		MockEnvironment production = new MockEnvironment();
		production.setActiveProfiles("production");

		assertThatIllegalStateException().isThrownBy(() -> madeForTheDemo.check(production))
			.withMessage("This build's ahead-of-time bean definitions were made for the profiles [demo, local], not"
					+ " [production]: start without -Dspring.aot.enabled=true");
	}

	@Test
	void oneProfileMoreOrLessIsRefused() {
		MockEnvironment withoutDemo = new MockEnvironment();
		withoutDemo.setActiveProfiles("local");
		MockEnvironment withMore = new MockEnvironment();
		withMore.setActiveProfiles("local", "demo", "debug");

		assertThatIllegalStateException().isThrownBy(() -> madeForTheDemo.check(withoutDemo));
		assertThatIllegalStateException().isThrownBy(() -> madeForTheDemo.check(withMore));
	}
}
