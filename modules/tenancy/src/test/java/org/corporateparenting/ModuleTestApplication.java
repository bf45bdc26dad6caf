package org.corporateparenting;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.PropertySource;
import org.springframework.modulith.Modulithic;

/**
 * Boots a module on its own for its tests: every domain module's {@code @ApplicationModuleTest}s (with the modules it
 * depends on) find it by searching up from their package, and the tenancy module's integration tests name it. It is
 * in tenancy's test jar, which every domain module and the platform application test with.
 * <p>
 * Its settings are {@code module-test.properties}, loaded here: a test {@code application.yml} in the jar would land
 * beside the platform application's own. A test component, so that the platform application's tests leave it out
 * when they scan; they name {@code CorporateParentingPlatform}, as the two share this package.
 */
@SpringBootApplication
@Modulithic(sharedModules = "web")
@PropertySource("classpath:module-test.properties")
@org.springframework.boot.test.context.TestComponent
public class ModuleTestApplication {
}
