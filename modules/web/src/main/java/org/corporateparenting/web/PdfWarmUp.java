package org.corporateparenting.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Loads the PDF renderer before the platform reports itself ready: the first document after a start would otherwise
 * pay seconds of class loading and font set-up.
 */
@Component
@ConditionalOnWebApplication
class PdfWarmUp implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PdfWarmUp.class);

	private final PdfDocuments documents;

	PdfWarmUp(PdfDocuments documents) {
		this.documents = documents;
	}

	@Override
	public void run(ApplicationArguments args) {
		long started = System.nanoTime();
		documents.warmUp();
		log.info("PDF renderer ready in {} ms", (System.nanoTime() - started) / 1_000_000);
	}
}
