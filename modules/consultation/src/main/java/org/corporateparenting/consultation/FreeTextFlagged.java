package org.corporateparenting.consultation;

import org.corporateparenting.tenancy.CouncilEvent;

/**
 * Someone's own words, just stored, may tell of harm, self-harm or abuse, or could not be screened: whoever looks
 * after safeguarding in the council should read them. Carries no text: the words stay where they were written and are
 * read through {@link FreeTexts}.
 *
 * @param id the survey answer's or forum record's id
 * @param where the survey's topic or the forum's name, for a list of what waits to be read
 * @param matched what on the screening list matched, or why the words could not be screened
 */
public record FreeTextFlagged(String council, FreeTextSource source, long id, String where, String matched)
		implements CouncilEvent {
}
