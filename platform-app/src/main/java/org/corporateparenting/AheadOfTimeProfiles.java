package org.corporateparenting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.aot.AotDetector;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Refuses a start on the build's ahead-of-time bean definitions ({@code -Dspring.aot.enabled=true}) with profiles
 * other than those the definitions were made for. Spring's ahead-of-time processing settles at build time which beans
 * exist, from the profiles it ran with ({@code cpp.aot.profiles} in the build, recorded in {@value #RECORD}): started
 * with others, the platform would silently run the build's choice, such as the local sign-in server in production.
 * Without the switch the platform settles its beans when it starts, whatever its profiles.
 */
final class AheadOfTimeProfiles implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	static final String RECORD = "META-INF/cpp/aot-profiles.properties";

	private final Set<String> madeFor;

	AheadOfTimeProfiles() {
		this(recorded());
	}

	AheadOfTimeProfiles(Set<String> madeFor) {
		this.madeFor = new TreeSet<>(madeFor);
	}

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		if (AotDetector.useGeneratedArtifacts()) {
			check(event.getEnvironment());
		}
	}

	void check(ConfigurableEnvironment environment) {
		String[] active = environment.getActiveProfiles();
		Set<String> startedWith = new TreeSet<>(
				Arrays.asList(active.length > 0 ? active : environment.getDefaultProfiles()));
		if (!startedWith.equals(madeFor)) {
			throw new IllegalStateException("This build's ahead-of-time bean definitions were made for the profiles "
					+ madeFor + ", not " + startedWith + ": start without -Dspring.aot.enabled=true");
		}
	}

	private static Set<String> recorded() {
		try (InputStream in = AheadOfTimeProfiles.class.getClassLoader().getResourceAsStream(RECORD)) {
			Properties record = new Properties();
			if (in != null) {
				record.load(in);
			}
			return new TreeSet<>(StringUtils.commaDelimitedListToSet(record.getProperty("profiles", "")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
