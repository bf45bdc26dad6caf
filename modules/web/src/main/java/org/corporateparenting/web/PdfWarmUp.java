package org.corporateparenting.web;

import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Loads the PDF renderer before the platform reports itself ready: the first document after a start would otherwise
 * pay a second or more of class loading and font set-up. The renderer needs no bean, so it starts on a thread of its
 * own as soon as the settings are read ({@link Early}, from {@code META-INF/spring.factories}), beside the whole of the
 * context's start rather than after it, and the platform waits for it before it says it is ready.
 */
@Component
@ConditionalOnWebApplication
class PdfWarmUp implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PdfWarmUp.class);

	/** One warm-up for the JVM: a renderer loaded once is loaded for every context in it. */
	private static CompletableFuture<Void> warming;

	static synchronized CompletableFuture<Void> begin() {
		if (warming == null) {
			warming = CompletableFuture.runAsync(() -> {
				long started = System.nanoTime();
				PdfDocuments.warmUp();
				log.info("PDF renderer ready in {} ms", (System.nanoTime() - started) / 1_000_000);
			}, runnable -> Thread.ofPlatform().name("pdf-warm-up").daemon().start(runnable));
		}
		return warming;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			begin().join();
		}
		catch (RuntimeException ex) {
			// A document will load the renderer itself; the platform can still start.
			log.warn("Could not load the PDF renderer ahead of the first document", ex);
		}
	}

	/** Begins the warm-up of a web application's start as soon as its settings are read, before its beans. */
	static final class Early implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

		private final Runnable begin;

		Early() {
			this(PdfWarmUp::begin);
		}

		Early(Runnable begin) {
			this.begin = begin;
		}

		@Override
		public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
			if (event.getSpringApplication().getWebApplicationType() == WebApplicationType.SERVLET) {
				begin.run();
			}
		}
	}
}
