/**
 * The voice of the child: standing forums of young people and what they do, consultations and their surveys,
 * anonymous responses through unguessable links, results with small groups suppressed, and findings with the
 * council's response ("you said, we did"), published on a public page for young people.
 * <p>
 * The root package holds the vocabulary and the events; {@code domain}, {@code application}, {@code web} and
 * {@code starter} (importing a council's {@code consultation.yaml}) are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consultation")
package org.corporateparenting.consultation;
