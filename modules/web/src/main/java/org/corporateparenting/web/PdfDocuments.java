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
		return render(html(template, model));
	}

	/**
	 * Renders a small page with what real documents use (a heading, a table, an inline SVG chart), so the renderer's
	 * classes, fonts and the SVG drawer are loaded before anyone asks for a document: the first board pack after a
	 * start takes as long as any other.
	 */
	void warmUp() {
		render("""
				<html><head><title>Warm-up</title><style>body { font-family: sans-serif; }</style></head><body>
				<h1>Warm-up</h1><table><thead><tr><th>Priority</th><th>Red</th></tr></thead>
				<tbody><tr><td>1. Safety</td><td>2</td></tr></tbody></table>
				<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40">
				<title>Trend</title><polyline points="0,30 60,10 120,20" fill="none" stroke="#1d70b8"/>
				<text x="2" y="38" font-size="8">2025-26</text></svg></body></html>
				""");
	}

	private static byte[] render(String html) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useSVGDrawer(new BatikSVGDrawer());
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}
}
