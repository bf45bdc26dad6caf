package org.corporateparenting;

import java.util.Arrays;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * The Corporate Parenting Platform. {@code --migrate-only} brings every council's schema up to date and exits,
 * without starting the web server (the Helm pre-upgrade Job runs it that way).
 */
@SpringBootApplication
@Modulithic(systemName = "Corporate Parenting Platform", sharedModules = "web")
public class CorporateParentingPlatform {

	static final String MIGRATE_ONLY = "--migrate-only";

	public static void main(String[] args) {
		boolean migrateOnly = Arrays.asList(args).contains(MIGRATE_ONLY);
		try {
			var context = application(args).run(args);
			if (migrateOnly) {
				System.exit(SpringApplication.exit(context));
			}
		}
		catch (RuntimeException ex) {
			// Spring Boot has reported why; exit rather than wait on the embedded database's threads.
			System.exit(1);
		}
	}

	static SpringApplication application(String... args) {
		SpringApplication application = new SpringApplication(CorporateParentingPlatform.class);
		if (Arrays.asList(args).contains(MIGRATE_ONLY)) {
			application.setWebApplicationType(WebApplicationType.NONE);
			application.setDefaultProperties(Map.of("cpp.migrate-only", "true"));
		}
		return application;
	}
}
