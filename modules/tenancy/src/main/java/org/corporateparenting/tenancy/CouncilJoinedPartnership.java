package org.corporateparenting.tenancy;

/**
 * A council joined a partnership: modules that share figures with partnerships send it what they share.
 *
 * @param council the council's slug
 * @param partnership the partnership's slug
 */
public record CouncilJoinedPartnership(String council, String partnership) implements CouncilEvent {
}
