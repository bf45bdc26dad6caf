package org.corporateparenting.pledges;

import org.corporateparenting.tenancy.CouncilEvent;

/**
 * The pledges in force or their work streams changed in a way no more specific event reports: a work stream set
 * up, changed, dissolved or merged, a set in force described anew or withdrawn, or a starter file imported.
 * Modules that keep a summary of the pledges read it again through {@link PledgeProgress}.
 */
public record PledgesChanged(String council) implements CouncilEvent {
}
