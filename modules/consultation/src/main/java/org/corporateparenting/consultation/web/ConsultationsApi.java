package org.corporateparenting.consultation.web;

import java.net.URI;
import java.util.List;

import org.corporateparenting.consultation.application.ConsultationManagement;
import org.corporateparenting.consultation.application.ConsultationRequests.ConsultationRequest;
import org.corporateparenting.consultation.application.ConsultationRequests.LinkRequest;
import org.corporateparenting.consultation.application.ConsultationRequests.QuestionRequest;
import org.corporateparenting.consultation.application.ConsultationViews.ConsultationView;
import org.corporateparenting.consultation.application.ConsultationViews.LinkView;
import org.corporateparenting.consultation.application.ConsultationViews.QuestionView;
import org.corporateparenting.consultation.application.ConsultationViews.RawResponse;
import org.corporateparenting.consultation.application.SurveyResults;
import org.corporateparenting.consultation.domain.Consultation;
import org.corporateparenting.consultation.domain.Question;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.ApiAddresses;
import org.corporateparenting.web.CouncilPermissions;
import org.corporateparenting.web.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A council's consultations: their surveys' questions, the anonymous links young people answer through, and the
 * results (small groups suppressed) and raw responses.
 */
@RestController
@RequestMapping("/api/councils/{council}")
@Tag(name = "Consultation")
class ConsultationsApi {

	private final ConsultationManagement consultations;

	private final SurveyResults results;

	private final RecordHistory history;

	private final ConsultationExports exports;

	ConsultationsApi(ConsultationManagement consultations, SurveyResults results, RecordHistory history,
			ConsultationExports exports) {
		this.consultations = consultations;
		this.results = results;
		this.history = history;
		this.exports = exports;
	}

	@GetMapping("/consultations")
	@Operation(summary = "The council's consultations, newest first, with how many responded")
	PageResponse<ConsultationView> consultations(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageResponse.DEFAULT_SIZE) int size) {
		return PageResponse.of(consultations.consultations(), page, size);
	}

	@PostMapping("/consultations")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ConsultationView> createConsultation(@PathVariable String council,
			@RequestBody ConsultationRequest request) {
		ConsultationView consultation = consultations.create(request);
		return ResponseEntity.created(ApiAddresses.of(council, "/consultations/" + consultation.id())).body(consultation);
	}

	@GetMapping("/consultations/{id}")
	ConsultationView consultation(@PathVariable long id) {
		return consultations.consultation(id);
	}

	@PutMapping("/consultations/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Change a consultation or move it on (planned, open, closed, reported back); give the version")
	ConsultationView updateConsultation(@PathVariable long id, @RequestBody ConsultationRequest request) {
		return consultations.update(id, request);
	}

	@GetMapping("/consultations/{id}/history")
	List<RecordHistory.Change> consultationHistory(@PathVariable long id) {
		consultations.consultation(id);
		return history.of(Consultation.class, id);
	}

	@GetMapping("/consultations/{id}/questions")
	List<QuestionView> questions(@PathVariable long id) {
		return consultations.questions(id);
	}

	@PostMapping("/consultations/{id}/questions")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Add a question at the end of the survey; only while nobody has answered")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<QuestionView> ask(@PathVariable String council, @PathVariable long id,
			@RequestBody QuestionRequest request) {
		QuestionView question = consultations.ask(id, request);
		return ResponseEntity.created(ApiAddresses.of(council, "/questions/" + question.id())).body(question);
	}

	@PutMapping("/questions/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Reword a question; only while nobody has answered; give the version you read")
	QuestionView reword(@PathVariable long id, @RequestBody QuestionRequest request) {
		return consultations.reword(id, request);
	}

	@DeleteMapping("/questions/{id}")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	ResponseEntity<Void> remove(@PathVariable long id) {
		consultations.remove(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/questions/{id}/history")
	List<RecordHistory.Change> questionHistory(@PathVariable long id) {
		consultations.question(id);
		return history.of(Question.class, id);
	}

	@GetMapping("/consultations/{id}/links")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "The survey's anonymous links, with their public address and how many answered through each")
	List<LinkView> links(@PathVariable long id) {
		return consultations.links(id);
	}

	@PostMapping("/consultations/{id}/links")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Open a new unguessable link to the survey, perhaps closing on a date or after a number of"
			+ " responses")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<LinkView> openLink(@PathVariable String council, @PathVariable long id,
			@RequestBody LinkRequest request) {
		LinkView link = consultations.open(id, request);
		return ResponseEntity.created(URI.create(link.path())).body(link);
	}

	@PostMapping("/survey-links/{id}/close")
	@PreAuthorize(Access.EDIT)
	LinkView closeLink(@PathVariable long id) {
		return consultations.close(id);
	}

	@GetMapping("/consultations/{id}/results")
	@Operation(summary = "Counts and percentages per question; breakdown groups of fewer than 5 shown as c; own words"
			+ " for officers only")
	SurveyResults.Results results(@PathVariable long id, Authentication caller) {
		return results.of(id, CouncilPermissions.of(caller).edit());
	}

	@GetMapping("/consultations/{id}/results.csv")
	@Operation(summary = "The results as CSV, every group of fewer than 5 shown as c, no free text")
	ResponseEntity<byte[]> resultsCsv(@PathVariable String council, @PathVariable long id) {
		return exports.resultsCsv(council, id);
	}

	@GetMapping("/consultations/{id}/responses")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Officers' raw view: every anonymous response with its answers, nothing suppressed")
	List<RawResponse> responses(@PathVariable long id) {
		return results.raw(id);
	}
}
