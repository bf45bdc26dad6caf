package org.corporateparenting.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.corporateparenting.web.testing.AccessibleDocuments;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;

class PdfDocumentsUnitTest {

	@Test
	void aDocumentIsTaggedPdfUaWithItsTitleLanguageAndEmbeddedFontsEvenWhenItsStylesNameAStandardFont() {
		byte[] pdf = new PdfDocuments(new TemplateEngine()).render("""
				<html lang="en"><head><title>Pledges to care leavers</title><style>
				body { font-family: Helvetica, sans-serif; } .x { font-family: Courier; }
				</style></head><body><h1>Our pledges</h1><p>We will <strong>listen</strong> and <em>act</em>.</p>
				<p class="x">In any family</p></body></html>
				""");

		assertThat(AccessibleDocuments.pdfUaFailures(pdf)).isEmpty();
		var described = AccessibleDocuments.describe(pdf);
		assertThat(described.title()).isEqualTo("Pledges to care leavers");
		assertThat(described.language()).isEqualTo("en");
		assertThat(described.tagged()).isTrue();
		assertThat(described.fonts()).contains("DejaVuSans").doesNotContain("not embedded");
		assertThat(described.text()).contains("We will listen and act.");
	}

	@Test
	void theWarmUpDocumentWithItsTableAndChartIsPdfUaToo() {
		PdfDocuments documents = new PdfDocuments(new TemplateEngine());

		assertThat(AccessibleDocuments.pdfUaFailures(documents.warmUpDocument())).isEmpty();
	}
}
