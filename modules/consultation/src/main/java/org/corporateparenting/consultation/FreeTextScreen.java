package org.corporateparenting.consultation;

import java.util.Optional;

/**
 * Reads someone's own words as they arrive for signs of harm, self-harm or abuse, by the council's screening list.
 * Implemented by the module that looks after safeguarding; called in the current council's context, inside the
 * transaction that stores the words, so it must be quick and must not write.
 */
public interface FreeTextScreen {

	/** What on the list the words match (a phrase or a pattern, as the list writes it), or empty when nothing does. */
	Optional<String> screen(String text);
}
