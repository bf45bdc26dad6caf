package org.corporateparenting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.mock.env.MockEnvironment;

/** The PDF renderer's warm-up begins as soon as a web application's settings are read, and only then. */
class PdfWarmUpUnitTest {

	@Test
	void beginsAsTheSettingsOfAWebApplicationAreRead() {
		AtomicInteger begun = new AtomicInteger();
		PdfWarmUp.Early early = new PdfWarmUp.Early(begun::incrementAndGet);

		early.onApplicationEvent(settingsRead(WebApplicationType.SERVLET));
		assertThat(begun).hasValue(1);

		// --migrate-only and the restore run without a web server, and make no documents.
		early.onApplicationEvent(settingsRead(WebApplicationType.NONE));
		assertThat(begun).hasValue(1);
	}

	@Test
	void isAmongTheListenersEveryStartLoads() {
		assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(ApplicationListener.class))
			.anySatisfy(listener -> assertThat(listener).isInstanceOf(PdfWarmUp.Early.class));
	}

	private static ApplicationEnvironmentPreparedEvent settingsRead(WebApplicationType type) {
		SpringApplication application = new SpringApplication(PdfWarmUpUnitTest.class);
		application.setWebApplicationType(type);
		ConfigurableBootstrapContext bootstrap = new DefaultBootstrapContext();
		return new ApplicationEnvironmentPreparedEvent(bootstrap, application, new String[0], new MockEnvironment());
	}
}
