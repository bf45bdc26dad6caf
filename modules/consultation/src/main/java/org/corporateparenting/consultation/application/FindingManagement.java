package org.corporateparenting.consultation.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.corporateparenting.consultation.ConsultationChanged;
import org.corporateparenting.consultation.FindingRecorded;
import org.corporateparenting.consultation.ResponseStatus;
import org.corporateparenting.consultation.YouSaidWeDidPublished;
import org.corporateparenting.consultation.application.ConsultationRequests.FindingRequest;
import org.corporateparenting.consultation.application.ConsultationRequests.PublicationRequest;
import org.corporateparenting.consultation.application.ConsultationViews.FindingView;
import org.corporateparenting.consultation.domain.Consultation;
import org.corporateparenting.consultation.domain.Finding;
import org.corporateparenting.consultation.domain.Findings;
import org.corporateparenting.strategy.StrategyActions;
import org.corporateparenting.strategy.StrategyActions.ActionSummary;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.web.ConflictException;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.NotFoundException;
import org.corporateparenting.web.Versions;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.Validator;

/**
 * "You said, we did": what young people said in a consultation, the council's response, the strategy action that
 * delivers it (named by its reference and looked up through the strategy module's API), and publication on the
 * council's public page.
 */
@Service
@Transactional
public class FindingManagement {

	private final Findings findings;

	private final ConsultationManagement consultations;

	private final StrategyActions actions;

	private final Validator validator;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FindingManagement(Findings findings, ConsultationManagement consultations, StrategyActions actions,
			Validator validator, ApplicationEventPublisher events, Clock clock) {
		this.findings = findings;
		this.consultations = consultations;
		this.actions = actions;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<FindingView> findings(long consultationId) {
		consultations.find(consultationId);
		return views(findings.findByConsultationIdOrderById(consultationId));
	}

	@Transactional(readOnly = true)
	public FindingView finding(long id) {
		return view(find(id));
	}

	/** The published findings of every consultation, newest first: the public "you said, we did" page. */
	@Transactional(readOnly = true)
	public List<FindingView> published() {
		return views(findings.findPublished());
	}

	/** How many findings are on the public page. */
	@Transactional(readOnly = true)
	public long publishedCount() {
		return findings.countByPublishedTrue();
	}

	public FindingView record(long consultationId, FindingRequest request) {
		check(request, true);
		return save(consultationId, request);
	}

	/**
	 * Records a finding from a council's starter file. Its strategy action reference is kept as written: the
	 * council's strategy may be imported after its findings, and references are looked up when shown.
	 */
	public FindingView recordAsImported(long consultationId, FindingRequest request) {
		check(request, false);
		return save(consultationId, request);
	}

	private FindingView save(long consultationId, FindingRequest request) {
		Consultation consultation = consultations.find(consultationId);
		Finding finding = new Finding(consultation);
		write(finding, request);
		findings.saveAndFlush(finding);
		events.publishEvent(new FindingRecorded(CouncilContext.require(), finding.getId(), consultationId,
				finding.getTheme(), finding.getRaisedBy()));
		return view(finding);
	}

	public FindingView revise(long id, FindingRequest request) {
		check(request, true);
		Finding finding = find(id);
		Versions.require(request.version(), finding.getVersion());
		write(finding, request);
		if (finding.isPublished() && finding.getWhatWeWillDo() == null) {
			throw new ConflictException("whatWeWillDo",
					"A published finding keeps its response: take it off the public page first");
		}
		findings.saveAndFlush(finding);
		changed(finding);
		return view(finding);
	}

	/** Puts a finding with its response on the public page, or takes it off. */
	public FindingView publish(long id, PublicationRequest request) {
		Checks.throwIfAny(Checks.of(validator, request));
		Finding finding = find(id);
		Versions.require(request.version(), finding.getVersion());
		if (request.published() && (finding.getWhatWeWillDo() == null || finding.getResponseStatus() == null)) {
			throw new ConflictException("published",
					"Give the council's response (what we will do, and its status) before publishing");
		}
		boolean wasPublished = finding.isPublished();
		if (finding.publish(request.published(), LocalDate.now(clock))) {
			events.publishEvent(new YouSaidWeDidPublished(CouncilContext.require(), finding.getId(),
					finding.getConsultation().getId(), finding.getTheme(), finding.getResponseStatus(),
					finding.getActionReference()));
		}
		else if (wasPublished != finding.isPublished()) {
			changed(finding);
		}
		return view(findings.saveAndFlush(finding));
	}

	/** A finding revised, taken off the public page or put back on it: no other event says so. */
	private void changed(Finding finding) {
		events.publishEvent(new ConsultationChanged(CouncilContext.require(), finding.getConsultation().getId()));
	}

	private static void write(Finding finding, FindingRequest request) {
		finding.record(request.theme().strip(), request.summary().strip(), request.raisedBy());
		finding.respond(Checks.strip(request.whatWeWillDo()), request.responseStatus(), Checks.strip(request.reason()),
				Checks.strip(request.actionReference()), request.toldBackOn(), Checks.strip(request.toldBackHow()));
	}

	private void check(FindingRequest request, boolean referenceMustExist) {
		List<FieldProblem> problems = Checks.of(validator, request);
		String what = Checks.strip(request.whatWeWillDo());
		if (request.responseStatus() != null && what == null) {
			problems.add(new FieldProblem("whatWeWillDo", "Say what the council will do, or did"));
		}
		if (what != null && request.responseStatus() == null) {
			problems.add(new FieldProblem("responseStatus", "Choose whether it is planned, done or not possible"));
		}
		if (request.responseStatus() == ResponseStatus.NOT_POSSIBLE && Checks.strip(request.reason()) == null) {
			problems.add(new FieldProblem("reason", "Say why it was not possible"));
		}
		String reference = Checks.strip(request.actionReference());
		if (referenceMustExist && reference != null && actions.byReference(reference).isEmpty()) {
			problems.add(new FieldProblem("actionReference", "No strategy action has the reference " + reference));
		}
		if (request.toldBackOn() != null && request.toldBackOn().isAfter(LocalDate.now(clock))) {
			problems.add(new FieldProblem("toldBackOn", "must be today or earlier"));
		}
		Checks.throwIfAny(problems);
	}

	/** Views of many findings, their strategy actions looked up in one go. */
	private List<FindingView> views(List<Finding> found) {
		Map<String, ActionSummary> named = actions.byReferences(found.stream()
			.map(Finding::getActionReference)
			.filter(reference -> reference != null)
			.collect(Collectors.toSet()));
		return found.stream()
			.map(finding -> FindingView.of(finding,
					finding.getActionReference() == null ? null : named.get(finding.getActionReference())))
			.toList();
	}

	private FindingView view(Finding finding) {
		@Nullable ActionSummary action = finding.getActionReference() == null ? null
				: actions.byReference(finding.getActionReference()).orElse(null);
		return FindingView.of(finding, action);
	}

	private Finding find(long id) {
		return findings.findById(id).orElseThrow(() -> new NotFoundException("No finding " + id));
	}
}
