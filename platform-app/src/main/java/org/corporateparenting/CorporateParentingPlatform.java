package org.corporateparenting;

import java.util.Arrays;
import java.util.Map;

import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.core.SpringProperties;
import org.springframework.modulith.Modulithic;

/**
 * The Corporate Parenting Platform. Two one-off modes run without the web server and exit:
 * {@code --migrate-only} brings every council's schema up to date (the Helm pre-upgrade Job runs it that way), and
 * {@code --restore-export=<zip> --restore-schema=<name> [--restore-shard=<server>]} restores an offboarded
 * council's export into a fresh schema.
 */
@SpringBootApplication
@Modulithic(systemName = "Corporate Parenting Platform", sharedModules = "web")
public class CorporateParentingPlatform {

	static final String MIGRATE_ONLY = "--migrate-only";

	static final String RESTORE_EXPORT = "--restore-export=";

	public static void main(String[] args) {
		if (isOneOff(args)) {
			// The build's ahead-of-time bean definitions are those of the web platform, which these modes run without.
			SpringProperties.setProperty(AotDetector.AOT_ENABLED, "false");
		}
		try {
			var context = application(args).run(args);
			if (isOneOff(args)) {
				System.exit(SpringApplication.exit(context));
			}
		}
		catch (SpringApplication.AbandonedRunException ex) {
			// The build's ahead-of-time processing stops the run once the context is prepared.
			throw ex;
		}
		catch (RuntimeException ex) {
			// Spring Boot has reported why; exit rather than wait on the embedded database's threads.
			System.exit(1);
		}
	}

	static SpringApplication application(String... args) {
		SpringApplication application = new SpringApplication(CorporateParentingPlatform.class);
		if (isOneOff(args)) {
			application.setWebApplicationType(WebApplicationType.NONE);
		}
		if (Arrays.asList(args).contains(MIGRATE_ONLY)) {
			application.setDefaultProperties(Map.of("cpp.migrate-only", "true"));
		}
		application.addListeners(new AheadOfTimeProfiles());
		return application;
	}

	private static boolean isOneOff(String... args) {
		return Arrays.stream(args).anyMatch(arg -> arg.equals(MIGRATE_ONLY) || arg.startsWith(RESTORE_EXPORT));
	}
}
