package org.corporateparenting.tenancy.offboarding;

import java.util.Map;

/**
 * What offboarding a council left behind: its export, and how many rows each table handed over.
 *
 * @param exportFile the export's file name in the export folder, such as {@code walsall-20261122T101500Z.zip}
 * @param exportBytes the export's size
 * @param rows rows exported, by table
 */
public record OffboardedCouncil(String council, String exportFile, long exportBytes, Map<String, Long> rows) {
}
