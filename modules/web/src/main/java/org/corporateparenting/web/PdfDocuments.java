package org.corporateparenting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

/**
 * Renders a Thymeleaf template to PDF (openhtmltopdf), for what councils hand out on paper: pledge sets, board
 * packs, meeting packs. Inline SVG (charts) is drawn too. Print templates are written as well-formed XHTML (void
 * elements closed) with their own print styles.
 * <p>
 * Documents a council publishes fall under the public sector accessibility regulations, so every document is tagged
 * PDF/UA-1: its structure (headings, lists, tables with their header cells) is read from the HTML, its title from
 * {@code <title>} (shown instead of the file name), its language from {@code <html lang>}, and its text is set in
 * {@link #FONT_FAMILY}, embedded in the file, whatever family a template names. A chart needs {@code role="img"} and
 * a {@code <title>} of its own, which becomes its alternative text. Templates keep a table's header with its first
 * rows, and repeat it on every page, with the shared styles {@code ~{fragments/print :: tables}}.
 */
@Component
public class PdfDocuments {

	/** The family every document is set in: DejaVu Sans, kept in the application and embedded in each PDF. */
	public static final String FONT_FAMILY = "DejaVu Sans";

	private static final List<Font> FONTS = List.of(new Font("DejaVuSans.ttf", 400, FontStyle.NORMAL),
			new Font("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
			new Font("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
			new Font("DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC));

	/** The names templates use for a sans-serif face, each given the embedded family. */
	private static final List<String> FAMILIES = List.of(FONT_FAMILY, "sans-serif", "Arial", "Helvetica");

	private static final Set<FSFontUseCase> USES = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG);

	/** Any text in a family nobody registered is set in the embedded one too, never in an unembedded standard font. */
	private static final Set<FSFontUseCase> FALLBACK = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG,
			FSFontUseCase.FALLBACK_FINAL);

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
	static void warmUp() {
		warmUpDocument();
	}

	static byte[] warmUpDocument() {
		// Pages of rows and paragraphs, as long as a board pack: the layout's code is compiled as well as loaded.
		String rows = IntStream.rangeClosed(1, WARM_UP_ROWS)
			.mapToObj(row -> "<tr><td>" + row + ". Action on priority " + (row % 7 + 1) + ", reported by the lead"
					+ " officer with evidence of the work done this quarter</td><td>" + (row % 5) + "</td><td>"
					+ (row % 3) + "</td></tr>")
			.collect(Collectors.joining());
		String paragraphs = ("<p>Progress against the corporate parenting strategy, action by action, with what each"
				+ " partner has done and what young people told the board in their own words.</p>").repeat(WARM_UP_ROWS / 4);
		return render("""
				<html lang="en"><head><title>Warm-up</title><style>
				@page { size: A4; margin: 20mm 18mm;
				  @bottom-center { content: "Page " counter(page) " of " counter(pages); font-family: sans-serif; } }
				body { font-family: sans-serif; font-size: 10.5pt; } h1 { font-size: 20pt; } h2 { page-break-after: avoid; }
				table { border-collapse: collapse; width: 100%; } th, td { border-bottom: 1px solid #b1b4b6; }
				thead { display: table-header-group; } .chart svg { width: 100%; }
				</style></head><body>
				<h1>Warm-up</h1><h2>1. Progress by priority</h2>
				<table><caption>Actions by RAG</caption><thead><tr><th>Priority</th><th>Red</th><th>Amber</th></tr></thead>
				<tbody><tr><td>1. Safety</td><td>2</td><td>1</td></tr><tr><td>2. Health</td><td>0</td><td>3</td></tr><!--rows--></tbody>
				</table><!--paragraphs-->
				<div class="chart"><svg xmlns="http://www.w3.org/2000/svg" width="600" height="220" viewBox="0 0 600 220"
				role="img"><title>Trend</title><desc>Three periods</desc><line x1="40" y1="20" x2="40" y2="190"
				stroke="#505a5f"/><line x1="40" y1="80" x2="580" y2="80" stroke="#505a5f" stroke-dasharray="6 4"/>
				<polyline points="40,150 300,60 580,100" fill="none" stroke="#1d70b8" stroke-width="3"/>
				<circle cx="300" cy="60" r="4" fill="#1d70b8"/><text x="40" y="210" font-size="12">2024-25</text>
				<text x="300" y="210" font-size="12" text-anchor="middle">2025-26</text></svg></div>
				</body></html>
				""".replace("<!--rows-->", rows).replace("<!--paragraphs-->", paragraphs));
	}

	/** How many rows the warm-up's table has (and a quarter as many paragraphs follow it). */
	static final int WARM_UP_ROWS = 160;

	static byte[] render(String html) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.withProducer("Corporate Parenting Platform");
			for (String family : FAMILIES) {
				for (Font font : FONTS) {
					builder.useFont(font::open, family, font.weight(), font.style(), true,
							family.equals(FONT_FAMILY) ? FALLBACK : USES);
				}
			}
			builder.useSVGDrawer(new BatikSVGDrawer());
			builder.withW3cDocument(withChartDescriptions(html), null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * The document with each inline chart ({@code <svg>}) given its own {@code <title>} and {@code <desc>} as the
	 * alternative text of the figure it becomes in the PDF's structure; screens read the same title and description
	 * from the SVG itself.
	 */
	private static Document withChartDescriptions(String html) {
		Document document = parse(html);
		NodeList charts = document.getElementsByTagNameNS("*", "svg");
		for (int i = 0; i < charts.getLength(); i++) {
			Element chart = (Element) charts.item(i);
			String described = Stream.of("title", "desc")
				.map(name -> firstChild(chart, name))
				.filter(text -> !text.isBlank())
				.collect(Collectors.joining(". "));
			if (!chart.hasAttribute("alt") && !described.isBlank()) {
				chart.setAttribute("alt", described);
			}
		}
		return document;
	}

	private static String firstChild(Element parent, String name) {
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && name.equals(element.getLocalName())) {
				return element.getTextContent().strip();
			}
		}
		return "";
	}

	/** Print templates are well-formed XHTML: read as XML, with no external entities or DTDs fetched. */
	private static Document parse(String html) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setExpandEntityReferences(false);
			return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
		}
		catch (ParserConfigurationException | SAXException | IOException ex) {
			throw new IllegalStateException("A print template is not well-formed XHTML", ex);
		}
	}

	private record Font(String file, int weight, FontStyle style) {

		InputStream open() {
			return PdfDocuments.class.getResourceAsStream("/fonts/" + file);
		}
	}
}
