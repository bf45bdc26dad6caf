package org.corporateparenting.platform.probe;

import java.util.UUID;

import org.corporateparenting.tenancy.CouncilEvent;

/** Test only: published in the transaction that writes a note. */
public record ProbeNoteWritten(String council, UUID note) implements CouncilEvent {
}
