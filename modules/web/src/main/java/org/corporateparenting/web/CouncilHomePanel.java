package org.corporateparenting.web;

import java.util.Map;

/**
 * A panel a module contributes to a council's home page, so that the shell never depends on the modules. The
 * shell calls it in the council's context and renders {@code template} with {@code model}.
 */
public interface CouncilHomePanel {

	/** Panels are shown in ascending order. */
	int order();

	/** A Thymeleaf fragment expression such as {@code strategy/panel :: panel}. */
	String template();

	/** What the fragment needs, read from the module's read models for the current council. */
	Map<String, Object> model(String councilSlug);
}
