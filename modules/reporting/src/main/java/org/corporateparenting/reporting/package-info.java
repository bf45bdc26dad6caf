/**
 * Reporting: the national indicator catalogue and each council's own indicators, measurements per quarter or year
 * with targets and RAG, the council dashboard (a read model fed by the other modules' events), board packs in the
 * council report template (HTML and PDF, generated in the background), exports, and partnership benchmarking from
 * the values councils publish when they finalise a period, small numbers suppressed before they leave the council.
 * <p>
 * The root package holds the vocabulary and the events; {@code domain}, {@code application}, {@code web} and
 * {@code starter} (importing a council's {@code indicators.yaml}) are internal. It reads the other modules only
 * through their API packages and events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package org.corporateparenting.reporting;
