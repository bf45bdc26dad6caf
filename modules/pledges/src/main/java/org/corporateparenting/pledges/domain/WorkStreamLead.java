package org.corporateparenting.pledges.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Who leads a work stream, where the lead is reminded, and when the work stream was last updated (null: never). */
public record WorkStreamLead(long id, String name, String lead, String leadEmail, @Nullable LocalDate latestUpdate) {
}
