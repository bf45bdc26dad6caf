package org.corporateparenting.reporting.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** How far a board pack's generation has got, read without its PDF. */
public record RenderProgress(Long boardPackId, BoardPackRender.Status status, int progress, String step,
		String requestedBy, Instant requestedAt, @Nullable Instant finishedAt, @Nullable String error) {
}
