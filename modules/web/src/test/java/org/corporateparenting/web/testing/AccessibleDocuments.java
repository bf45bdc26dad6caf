package org.corporateparenting.web.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * What a test asks of a PDF the platform hands out: that veraPDF finds it PDF/UA-1 compliant (tagged, with a title
 * shown as such, a language, every font embedded), so a screen reader can read it; and what it says, as text.
 */
public final class AccessibleDocuments {

	static {
		VeraGreenfieldFoundryProvider.initialise();
	}

	private AccessibleDocuments() {
	}

	/** The rules of PDF/UA-1 the document breaks, each with what veraPDF said; empty when it is compliant. */
	public static List<String> pdfUaFailures(byte[] pdf) {
		try (PDFAParser parser = Foundries.defaultInstance()
			.createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
			ValidationResult result = validator.validate(parser);
			return result.getTestAssertions()
				.stream()
				.filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
				.map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
						+ ": " + assertion.getMessage() + " (" + assertion.getLocationContext() + ")")
				.distinct()
				.toList();
		}
		catch (Exception ex) {
			throw new AssertionError("veraPDF could not read the document", ex);
		}
	}

	/** The document's title, language and the names of its fonts, each marked whether it is embedded. */
	public static Described describe(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String fonts = java.util.stream.StreamSupport.stream(document.getPages().spliterator(), false)
				.flatMap(page -> {
					var resources = page.getResources();
					return java.util.stream.StreamSupport.stream(resources.getFontNames().spliterator(), false)
						.map(name -> {
							try {
								PDFont font = resources.getFont(name);
								return font.getName() + (font.isEmbedded() ? "" : " (not embedded)");
							}
							catch (IOException ex) {
								throw new IllegalStateException(ex);
							}
						});
				})
				.distinct()
				.sorted()
				.collect(Collectors.joining(", "));
			return new Described(document.getDocumentInformation().getTitle(),
					document.getDocumentCatalog().getLanguage(), fonts,
					document.getDocumentCatalog().getStructureTreeRoot() != null,
					text(document));
		}
		catch (IOException ex) {
			throw new AssertionError("The document could not be read as a PDF", ex);
		}
	}

	private static String text(PDDocument document) throws IOException {
		var stripper = new org.apache.pdfbox.text.PDFTextStripper();
		stripper.setSortByPosition(true);
		return stripper.getText(document);
	}

	/** @param tagged whether the document has a structure tree (a tagged PDF) */
	public record Described(String title, String language, String fonts, boolean tagged, String text) {
	}
}
