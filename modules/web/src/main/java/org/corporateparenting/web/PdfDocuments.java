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
				<html><head><title>Warm-up</title><style>
				@page { size: A4; margin: 20mm 18mm;
				  @bottom-center { content: "Page " counter(page) " of " counter(pages); font-family: sans-serif; } }
				body { font-family: sans-serif; font-size: 10.5pt; } h1 { font-size: 20pt; } h2 { page-break-after: avoid; }
				table { border-collapse: collapse; width: 100%; } th, td { border-bottom: 1px solid #b1b4b6; }
				thead { display: table-header-group; } .chart svg { width: 100%; }
				</style></head><body>
				<h1>Warm-up</h1><h2>1. Progress by priority</h2>
				<table><caption>Actions by RAG</caption><thead><tr><th>Priority</th><th>Red</th><th>Amber</th></tr></thead>
				<tbody><tr><td>1. Safety</td><td>2</td><td>1</td></tr><tr><td>2. Health</td><td>0</td><td>3</td></tr></tbody>
				</table>
				<div class="chart"><svg xmlns="http://www.w3.org/2000/svg" width="600" height="220" viewBox="0 0 600 220"
				role="img"><title>Trend</title><desc>Three periods</desc><line x1="40" y1="20" x2="40" y2="190"
				stroke="#505a5f"/><line x1="40" y1="80" x2="580" y2="80" stroke="#505a5f" stroke-dasharray="6 4"/>
				<polyline points="40,150 300,60 580,100" fill="none" stroke="#1d70b8" stroke-width="3"/>
				<circle cx="300" cy="60" r="4" fill="#1d70b8"/><text x="40" y="210" font-size="12">2024-25</text>
				<text x="300" y="210" font-size="12" text-anchor="middle">2025-26</text></svg></div>
				</body></html>
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
