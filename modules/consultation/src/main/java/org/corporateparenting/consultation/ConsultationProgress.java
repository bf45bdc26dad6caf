package org.corporateparenting.consultation;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The voice of the child as reporting summarises it for the dashboard and the board pack. Called in the current
 * council's context.
 */
public interface ConsultationProgress {

	/** Open consultations and the "you said, we did" findings published, by what became of them. */
	Counts counts();

	/**
	 * The consultations open at any time from {@code from} to {@code to} (both included), or closed or reported
	 * back in that time, in opening order, each with its response count and its published findings.
	 */
	List<ConsultationSummary> between(LocalDate from, LocalDate to);

	/**
	 * @param youSaidWeDid findings published on the public page; {@code done + planned + notPossible} of them
	 */
	record Counts(long openConsultations, long youSaidWeDid, long done, long planned, long notPossible) {
	}

	record ConsultationSummary(long id, String topic, ConsultationStatus status, @Nullable LocalDate opens,
			@Nullable LocalDate closes, long responses, List<PublishedFinding> findings) {
	}

	/**
	 * @param youSaid what young people said
	 * @param weDid the council's response, as published
	 */
	record PublishedFinding(String theme, String youSaid, String weDid, ResponseStatus status) {
	}
}
