package org.corporateparenting.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.corporateparenting.CorporateParentingPlatform;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo as a new user first sees it: the three demo councils onboarded as the demo profile onboards them, with the
 * dates in their files moved into the calendar of {@link LiveDemo.DemoDay#DAY}, in schemas of their own
 * ({@code cppdemo_}) beside the other tests' councils. Every test class with this annotation shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = CorporateParentingPlatform.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "cpp.database.schema-prefix=cppdemo_", "cpp.tenants.move-dates-to-today=true" })
@ActiveProfiles({ "local", "demo", "test" })
@Import(LiveDemo.DemoDay.class)
public @interface LiveDemo {

	/** The platform's clock on the demo's day, running on from noon, so what the demo shows does not change with the date. */
	@TestConfiguration(proxyBeanMethods = false)
	class DemoDay {

		public static final ZoneId ENGLAND = ZoneId.of("Europe/London");

		public static final LocalDate DAY = LocalDate.of(2026, 12, 7);

		@Bean
		@Primary
		Clock demoDay() {
			return Clock.offset(Clock.system(ENGLAND),
					Duration.between(Instant.now(), DAY.atTime(12, 0).atZone(ENGLAND).toInstant()));
		}
	}
}
