/**
 * Safeguarding: anything a child writes may be a disclosure, and someone must be responsible for reading it. Own words
 * arriving in the consultation module (survey answers, forum records) are screened against a list of phrases and
 * patterns that can signal harm, self-harm or abuse (the platform's, or the council's own); a possible disclosure is
 * told at once to the council's named safeguarding lead, who reads that answer alone in a review queue and records
 * what was done. Every step is kept in the record's history.
 * <p>
 * The root package holds the vocabulary; {@code domain}, {@code application} and {@code web} are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Safeguarding")
package org.corporateparenting.safeguarding;
