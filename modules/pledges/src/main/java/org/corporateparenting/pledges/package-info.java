/**
 * A council's pledges ("Our Promises") to children in care and care leavers: pledge sets in force and their
 * earlier versions, themes, numbered pledges in the young people's words with any measurable commitment, and
 * the work streams that deliver them with their dated updates.
 * <p>
 * The root package holds the events and vocabulary other modules may use; {@code domain}, {@code application},
 * {@code web} and {@code starter} (importing a council's {@code pledges.yaml}) are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pledges")
package org.corporateparenting.pledges;
