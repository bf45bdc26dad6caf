package org.corporateparenting.tenancy;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.TestComponent;

/**
 * Boots the tenancy module (with the shared web parts) for its integration tests. A test component, so that the
 * platform application's tests, which have this module's test jar on their classpath, leave it out when they scan.
 */
@SpringBootApplication(scanBasePackages = "org.corporateparenting")
@TestComponent
public class TenancyModuleApplication {
}
