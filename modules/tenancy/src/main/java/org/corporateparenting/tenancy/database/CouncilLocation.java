package org.corporateparenting.tenancy.database;

/** Where a council's records are: its schema on one of the shards. */
public record CouncilLocation(String schema, String shard) {
}
