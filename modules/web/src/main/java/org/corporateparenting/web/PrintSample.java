package org.corporateparenting.web;

import java.util.Map;

/**
 * A document a module prints, filled with sample content of its own making: the platform writes it to PDF once
 * before it reports itself ready ({@link PdfWarmUp}), so that the first real one after a start finds its template
 * parsed and the layout's code for pages like its own compiled, and takes no longer than the next.
 */
public interface PrintSample {

	/** The print template, as {@link PdfDocuments#pdf} is given it. */
	String template();

	/** What the template is filled in with: made up, never a council's records. */
	Map<String, Object> model();
}
