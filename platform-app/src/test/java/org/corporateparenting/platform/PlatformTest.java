package org.corporateparenting.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.corporateparenting.CorporateParentingPlatform;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole platform on a random port, with the local sign-in and the three demo councils, on the test run's
 * embedded MariaDB (or {@code CPP_TEST_DB_URL}). Every test class with this annotation shares one context.
 * <p>
 * Every platform test names {@link CorporateParentingPlatform}: tenancy's test jar, on this classpath, holds the
 * modules' {@code ModuleTestApplication} in the same package, so Spring Boot could not choose between the two.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = CorporateParentingPlatform.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "demo", "test" })
public @interface PlatformTest {
}
