package org.corporateparenting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

/**
 * Renders a Thymeleaf template to PDF (openhtmltopdf), for what councils hand out on paper: pledge sets, board
 * packs. Inline SVG (charts) is drawn too. Print templates are written as well-formed XHTML (void elements closed) with their own print styles.
 */
@Component
public class PdfDocuments {

	private final TemplateEngine templates;

	PdfDocuments(TemplateEngine templates) {
		this.templates = templates;
	}

	public String html(String template, Map<String, Object> model) {
		return templates.process(template, new Context(java.util.Locale.UK, model));
	}

	public byte[] pdf(String template, Map<String, Object> model) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useSVGDrawer(new BatikSVGDrawer());
			builder.withHtmlContent(html(template, model), null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}
}
