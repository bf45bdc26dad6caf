package org.corporateparenting.consultation.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.corporateparenting.consultation.ConsultationChanged;
import org.corporateparenting.consultation.ConsultationClosed;
import org.corporateparenting.consultation.ConsultationStatus;
import org.corporateparenting.consultation.WellbeingResultsShared;
import org.corporateparenting.consultation.WellbeingResultsShared.SharedResult;
import org.corporateparenting.consultation.WellbeingSharingChanged;
import org.corporateparenting.consultation.application.WellbeingRequests.SharingRequest;
import org.corporateparenting.consultation.application.WellbeingViews.SharingView;
import org.corporateparenting.consultation.application.WellbeingViews.WellbeingFigure;
import org.corporateparenting.consultation.application.WellbeingViews.WellbeingSurveyResults;
import org.corporateparenting.consultation.domain.Consultation;
import org.corporateparenting.consultation.domain.WellbeingSharing;
import org.corporateparenting.consultation.domain.WellbeingSharings;
import org.corporateparenting.consultation.domain.WellbeingSurvey;
import org.corporateparenting.consultation.domain.WellbeingSurveys;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.Versions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.Validator;

/**
 * Whether the council takes part in the well-being comparison across councils, and what it then shares: when it
 * opts in, and whenever one of its template surveys is closed, that survey's results as {@link WellbeingResults}
 * works them out (the disclosure control applied here, in the council); when it opts out, it takes them all back.
 * Nothing leaves the council while it does not take part.
 */
@Service
@Transactional
public class WellbeingSharingManagement {

	private final WellbeingSharings sharings;

	private final WellbeingSurveys surveys;

	private final ConsultationManagement consultations;

	private final WellbeingResults results;

	private final RecordHistory history;

	private final Validator validator;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WellbeingSharingManagement(WellbeingSharings sharings, WellbeingSurveys surveys,
			ConsultationManagement consultations, WellbeingResults results, RecordHistory history,
			Validator validator, ApplicationEventPublisher events, Clock clock) {
		this.sharings = sharings;
		this.surveys = surveys;
		this.consultations = consultations;
		this.results = results;
		this.history = history;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public SharingView sharing() {
		WellbeingSharing sharing = current();
		return new SharingView(sharing.isOptedIn(), sharing.getVersion(),
				history.of(WellbeingSharing.class, WellbeingSharing.ID));
	}

	/** Opts in or out; a change is announced, and opting in shares every closed template survey's results. */
	public SharingView choose(SharingRequest request) {
		Checks.throwIfAny(Checks.of(validator, request));
		WellbeingSharing sharing = current();
		Versions.require(request.version(), sharing.getVersion());
		if (sharing.isOptedIn() != request.optedIn()) {
			sharing.choose(request.optedIn());
			sharings.saveAndFlush(sharing);
			events.publishEvent(new WellbeingSharingChanged(CouncilContext.require(), request.optedIn(),
					Instant.now(clock)));
			if (request.optedIn()) {
				surveys.findAll().forEach(survey -> shareIfClosed(survey.getConsultationId()));
			}
		}
		return sharing();
	}

	@ApplicationModuleListener
	void on(ConsultationClosed event) {
		shareIfClosed(event.consultationId());
	}

	/** Closed again after reopening, or reported back: the results shared are brought up to date. */
	@ApplicationModuleListener
	void on(ConsultationChanged event) {
		shareIfClosed(event.consultationId());
	}

	private void shareIfClosed(long consultationId) {
		java.util.Optional<WellbeingSurvey> survey = surveys.findById(consultationId);
		if (survey.isEmpty() || !current().isOptedIn()) {
			return;
		}
		Consultation consultation = consultations.find(consultationId);
		if (consultation.getStatus() != ConsultationStatus.CLOSED
				&& consultation.getStatus() != ConsultationStatus.REPORTED_BACK) {
			return;
		}
		WellbeingSurveyResults figures = results.of(consultationId);
		List<SharedResult> shared = java.util.stream.Stream.concat(figures.domains().stream(),
				figures.questions().stream())
			.map(WellbeingSharingManagement::shared)
			.toList();
		events.publishEvent(new WellbeingResultsShared(CouncilContext.require(), consultationId,
				survey.get().getWellbeingVersion(), survey.get().getEdition(), consultation.getClosesOn().getYear(),
				Instant.now(clock), shared));
	}

	private static SharedResult shared(WellbeingFigure figure) {
		return new SharedResult(figure.key(), figure.value(), figure.suppressed());
	}

	private WellbeingSharing current() {
		return sharings.findById(WellbeingSharing.ID).orElseThrow();
	}
}
