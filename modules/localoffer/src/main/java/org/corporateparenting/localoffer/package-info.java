/**
 * The local offer for care leavers (Children and Social Work Act 2017, s.2, widened by the Children's Wellbeing and
 * Schools Act 2026, s.8): what a council offers its care leavers, in one section or more for each area the law
 * names, saying for each what young people can get, who is eligible, how to ask, whether it is a statutory
 * entitlement or discretionary, who provides it and whom to contact. An offer is consulted on (the consultation
 * module's record) and published in versions; a published version changes only by a new one.
 * <p>
 * The root package holds the vocabulary and the events; {@code domain}, {@code application}, {@code web} and
 * {@code starter} (importing a council's {@code local-offer.yaml}) are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Local offer")
package org.corporateparenting.localoffer;
