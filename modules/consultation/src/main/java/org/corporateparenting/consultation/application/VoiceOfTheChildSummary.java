package org.corporateparenting.consultation.application;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.corporateparenting.consultation.ConsultationProgress;
import org.corporateparenting.consultation.ConsultationStatus;
import org.corporateparenting.consultation.ResponseStatus;
import org.corporateparenting.consultation.domain.ConsultationOutline;
import org.corporateparenting.consultation.domain.Consultations;
import org.corporateparenting.consultation.domain.Finding;
import org.corporateparenting.consultation.domain.Findings;
import org.corporateparenting.consultation.domain.SurveyResponses;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Summarises the voice of the child for reporting's dashboard and board pack: two queries for the counts, three
 * for the consultations of a period (the consultations, their response counts, their published findings), however
 * many consultations and findings the council has.
 * <p>
 * A period takes the consultations whose dates overlap it, once out of planning (a consultation closes on its
 * closing date at the latest, so one closed in the period overlaps it), and those with a finding told back to young
 * people in it: a consultation is reported back through its findings, which carry the date.
 */
@Component
class VoiceOfTheChildSummary implements ConsultationProgress {

	private final Consultations consultations;

	private final Findings findings;

	private final SurveyResponses responses;

	VoiceOfTheChildSummary(Consultations consultations, Findings findings, SurveyResponses responses) {
		this.consultations = consultations;
		this.findings = findings;
		this.responses = responses;
	}

	@Override
	@Transactional(readOnly = true)
	public Counts counts() {
		Map<ResponseStatus, Long> published = new EnumMap<>(ResponseStatus.class);
		findings.countPublishedByResponseStatus()
			.forEach(row -> published.put((ResponseStatus) row[0], (Long) row[1]));
		long done = published.getOrDefault(ResponseStatus.DONE, 0L);
		long planned = published.getOrDefault(ResponseStatus.PLANNED, 0L);
		long notPossible = published.getOrDefault(ResponseStatus.NOT_POSSIBLE, 0L);
		return new Counts(consultations.countByStatus(ConsultationStatus.OPEN), done + planned + notPossible, done,
				planned, notPossible);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ConsultationSummary> between(LocalDate from, LocalDate to) {
		List<ConsultationOutline> outlines = consultations.findOutlinesBetween(from, to);
		if (outlines.isEmpty()) {
			return List.of();
		}
		Map<Long, Long> responseCounts = new HashMap<>();
		responses.countByConsultation().forEach(row -> responseCounts.put((Long) row[0], (Long) row[1]));
		Map<Long, List<PublishedFinding>> published = findings
			.findPublishedOf(outlines.stream().map(ConsultationOutline::id).toList())
			.stream()
			.collect(Collectors.groupingBy(finding -> finding.getConsultation().getId(),
					Collectors.mapping(VoiceOfTheChildSummary::published, Collectors.toList())));
		return outlines.stream()
			.map(outline -> new ConsultationSummary(outline.id(), outline.topic(), outline.status(), outline.opensOn(),
					outline.closesOn(), responseCounts.getOrDefault(outline.id(), 0L),
					published.getOrDefault(outline.id(), List.of())))
			.toList();
	}

	/** "You said" is what young people said (the finding's summary); "we did" the response the council published. */
	private static PublishedFinding published(Finding finding) {
		return new PublishedFinding(finding.getTheme(), finding.getSummary(), finding.getWhatWeWillDo(),
				finding.getResponseStatus());
	}
}
