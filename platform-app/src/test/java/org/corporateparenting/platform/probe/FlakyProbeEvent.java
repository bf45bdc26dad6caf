package org.corporateparenting.platform.probe;

import org.corporateparenting.tenancy.CouncilEvent;

/** Test only: an event whose listener fails the first time, as if the platform had stopped mid-way. */
public record FlakyProbeEvent(String council, String marker) implements CouncilEvent {
}
