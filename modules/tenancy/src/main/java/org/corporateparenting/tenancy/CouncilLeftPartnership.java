package org.corporateparenting.tenancy;

/**
 * A council left a partnership: what it shared there is taken back.
 *
 * @param council the council's slug
 * @param partnership the partnership's slug
 */
public record CouncilLeftPartnership(String council, String partnership) implements CouncilEvent {
}
