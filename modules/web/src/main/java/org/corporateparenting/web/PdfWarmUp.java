package org.corporateparenting.web;

import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Loads the PDF renderer before the platform reports itself ready: the first document after a start would otherwise
 * pay a second or more of class loading and font set-up. It starts on a thread of its own as soon as the beans exist,
 * beside the rest of the start, and the platform waits for it before it says it is ready.
 */
@Component
@ConditionalOnWebApplication
class PdfWarmUp implements SmartInitializingSingleton, ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PdfWarmUp.class);

	private final PdfDocuments documents;

	private CompletableFuture<Void> warming = CompletableFuture.completedFuture(null);

	PdfWarmUp(PdfDocuments documents) {
		this.documents = documents;
	}

	@Override
	public void afterSingletonsInstantiated() {
		warming = CompletableFuture.runAsync(() -> {
			long started = System.nanoTime();
			documents.warmUp();
			log.info("PDF renderer ready in {} ms", (System.nanoTime() - started) / 1_000_000);
		}, runnable -> Thread.ofPlatform().name("pdf-warm-up").daemon().start(runnable));
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			warming.join();
		}
		catch (RuntimeException ex) {
			// A document will load the renderer itself; the platform can still start.
			log.warn("Could not load the PDF renderer ahead of the first document", ex);
		}
	}
}
