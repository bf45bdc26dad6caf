/**
 * A council's corporate parenting governance: the Corporate Parenting Board (or Committee), the alliance of
 * partners, operational and work stream groups, each with its terms of reference, seats and meetings; the
 * decisions taken and the actions allocated at those meetings; the partner organisations and the pledges they
 * made.
 * <p>
 * The root package holds the vocabulary, the events and {@link org.corporateparenting.alliance.PriorityCatalogue}
 * (how meetings name a strategy priority without depending on the strategy module); {@code domain},
 * {@code application}, {@code web} and {@code starter} (importing a council's {@code alliance.yaml}) are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alliance")
package org.corporateparenting.alliance;
