package org.corporateparenting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.corporateparenting.web.testing.AccessibleDocuments;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

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
	void aTableIsNeverBegunAtAPagesFootAndRepeatsItsHeaderOnEveryPageItRunsOver() throws Exception {
		TemplateEngine engine = new org.thymeleaf.spring6.SpringTemplateEngine();
		ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
		templates.setPrefix("templates/");
		templates.setSuffix(".html");
		engine.setTemplateResolver(templates);
		// Filler lines all but fill the first page: without the shared styles its caption would be left at the foot.
		byte[] pdf = new PdfDocuments(engine).pdf("testing/long-table", Map.of("fillers", 35, "rows", 60));

		try (var document = Loader.loadPDF(pdf)) {
			PDFTextStripper pages = new PDFTextStripper();
			pages.setSortByPosition(true);
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				pages.setStartPage(page);
				pages.setEndPage(page);
				String text = pages.getText(document);
				if (text.contains("Action heading")) {
					assertThat(text).as("page %d: the header row comes with rows under it", page).contains("R");
					assertThat(text.substring(text.indexOf("Action heading"))).as("page %d", page)
						.containsPattern("R\\d+");
				}
				if (text.contains("Action 60")) {
					assertThat(text).as("the last page repeats the header").contains("Action heading");
				}
			}
			pages.setStartPage(1);
			pages.setEndPage(1);
			String first = pages.getText(document);
			assertThat(first).as("the table starts on the next page, not at the first's foot")
				.contains("Filler line 35")
				.doesNotContain("Every action", "Action heading");
			assertThat(document.getNumberOfPages()).isGreaterThan(2);
		}
		assertThat(AccessibleDocuments.pdfUaFailures(pdf)).isEmpty();
	}

	@Test
	void theWarmUpDocumentWithItsTableAndChartIsPdfUaToo() {
		assertThat(AccessibleDocuments.pdfUaFailures(PdfDocuments.warmUpDocument())).isEmpty();
	}
}
