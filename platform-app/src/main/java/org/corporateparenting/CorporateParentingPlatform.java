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

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(CorporateParentingPlatform.class);
		boolean migrateOnly = Arrays.asList(args).contains("--migrate-only");
		if (migrateOnly) {
			application.setWebApplicationType(WebApplicationType.NONE);
			application.setDefaultProperties(Map.of("cpp.migrate-only", "true"));
		}
		var context = application.run(args);
		if (migrateOnly) {
			System.exit(SpringApplication.exit(context));
		}
	}
}
