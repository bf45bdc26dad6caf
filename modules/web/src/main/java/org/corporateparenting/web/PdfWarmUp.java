package org.corporateparenting.web;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
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
 * context's start rather than after it. Once this bean is made, each module's {@link PrintSample} is written on the
 * same thread after it, through the application's own templates, so that a print template is parsed and cached
 * before anyone asks for it; the platform waits for all of it before it says it is ready.
 */
@Component
@ConditionalOnWebApplication
class PdfWarmUp implements InitializingBean, ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PdfWarmUp.class);

	private static final Executor THREAD = runnable -> Thread.ofPlatform().name("pdf-warm-up").daemon().start(runnable);

	/** One warm-up for the JVM: a renderer loaded once is loaded for every context in it. */
	private static CompletableFuture<Void> warming;

	private final PdfDocuments pdfs;

	private final List<PrintSample> samples;

	private CompletableFuture<Void> written = CompletableFuture.completedFuture(null);

	PdfWarmUp(PdfDocuments pdfs, List<PrintSample> samples) {
		this.pdfs = pdfs;
		this.samples = samples;
	}

	static synchronized CompletableFuture<Void> begin() {
		if (warming == null) {
			warming = CompletableFuture.runAsync(() -> {
				long started = System.nanoTime();
				PdfDocuments.warmUp();
				log.info("PDF renderer ready in {} ms", (System.nanoTime() - started) / 1_000_000);
			}, THREAD);
		}
		return warming;
	}

	/** Begins writing the samples as soon as this bean is made, after the renderer's own warm-up. */
	@Override
	public void afterPropertiesSet() {
		written = begin().handle((loaded, failed) -> null).thenRunAsync(() -> samples.forEach(this::write), THREAD);
	}

	private void write(PrintSample sample) {
		long started = System.nanoTime();
		try {
			pdfs.pdf(sample.template(), sample.model());
			log.info("{} written with sample content in {} ms", sample.template(),
					(System.nanoTime() - started) / 1_000_000);
		}
		catch (RuntimeException ex) {
			// The first real document will pay for what this one could not do; the platform can still start.
			log.warn("Could not write {} with sample content ahead of the first document", sample.template(), ex);
		}
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
		try {
			written.join();
		}
		catch (RuntimeException ex) {
			log.warn("Could not write the print samples ahead of the first document", ex);
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
