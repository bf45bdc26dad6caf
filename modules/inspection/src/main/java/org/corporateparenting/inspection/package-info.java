/**
 * Evidence for inspection: how a council shows Ofsted, under the ILACS framework, what it knows about its children in
 * care and care leavers and what its leaders change. Officers link the evidence the platform already holds (strategy
 * actions, indicators, "you said, we did" responses, sections of the local offer) to the judgement areas, each link
 * with a note and its history; the evidence board shows each area's evidence with its latest status, and flags an
 * area with none. The annual self-evaluation is drafted from that evidence and the council's own narrative per area,
 * and kept as numbered versions: a saved version is frozen, with the evidence as it stood, and a new version
 * supersedes it.
 * <p>
 * The root package holds the vocabulary and the events; {@code domain}, {@code application}, {@code web} and
 * {@code starter} (importing a council's {@code inspection.yaml}) are internal. It reads the other modules only
 * through their API packages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inspection evidence",
		allowedDependencies = { "web", "tenancy", "strategy", "reporting", "consultation", "localoffer" })
package org.corporateparenting.inspection;
