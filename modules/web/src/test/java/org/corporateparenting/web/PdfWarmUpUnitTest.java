package org.corporateparenting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
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
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The PDF renderer's warm-up begins as soon as a web application's settings are read, and only then; the modules'
 * print samples are written through the application's templates before the platform says it is ready, and one that
 * cannot be written does not stop the start.
 */
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

	@Test
	void everyPrintSampleIsWrittenToPdfBeforeTheStartGoesOn() {
		List<String> written = new CopyOnWriteArrayList<>();
		PdfWarmUp warmUp = new PdfWarmUp(recording(written),
				List.of(sample("testing/sample", Map.of("heading", "Board pack")),
						sample("testing/long-table", Map.of("fillers", 3, "rows", 40))));

		warmUp.afterPropertiesSet();
		warmUp.run(null);

		assertThat(written).containsExactly("testing/sample", "testing/long-table");
	}

	@Test
	void aSampleThatCannotBeWrittenIsPassedOverAndTheStartGoesOn() {
		List<String> written = new CopyOnWriteArrayList<>();
		PdfWarmUp warmUp = new PdfWarmUp(recording(written),
				List.of(sample("testing/no-such-template", Map.of()), sample("testing/sample", Map.of())));

		warmUp.afterPropertiesSet();
		warmUp.run(null);

		assertThat(written).containsExactly("testing/sample");
	}

	/** Documents through templates read from the class path, as the application's are; each PDF written recorded. */
	private static PdfDocuments recording(List<String> written) {
		TemplateEngine engine = new SpringTemplateEngine();
		ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
		templates.setPrefix("templates/");
		templates.setSuffix(".html");
		engine.setTemplateResolver(templates);
		return new PdfDocuments(engine) {

			@Override
			public byte[] pdf(String template, Map<String, Object> model) {
				byte[] pdf = super.pdf(template, model);
				if (new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
					written.add(template);
				}
				return pdf;
			}
		};
	}

	private static PrintSample sample(String template, Map<String, Object> model) {
		return new PrintSample() {

			@Override
			public String template() {
				return template;
			}

			@Override
			public Map<String, Object> model() {
				return model;
			}
		};
	}

	private static ApplicationEnvironmentPreparedEvent settingsRead(WebApplicationType type) {
		SpringApplication application = new SpringApplication(PdfWarmUpUnitTest.class);
		application.setWebApplicationType(type);
		ConfigurableBootstrapContext bootstrap = new DefaultBootstrapContext();
		return new ApplicationEnvironmentPreparedEvent(bootstrap, application, new String[0], new MockEnvironment());
	}
}
