package org.corporateparenting.consultation.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.corporateparenting.consultation.application.ConsultationManagement;
import org.corporateparenting.consultation.application.ConsultationRequests.ActivityRequest;
import org.corporateparenting.consultation.application.ConsultationRequests.ConsultationRequest;
import org.corporateparenting.consultation.application.ConsultationRequests.FindingRequest;
import org.corporateparenting.consultation.application.ConsultationRequests.ForumRequest;
import org.corporateparenting.consultation.application.ConsultationRequests.LinkRequest;
import org.corporateparenting.consultation.application.ConsultationRequests.PublicationRequest;
import org.corporateparenting.consultation.application.ConsultationRequests.QuestionRequest;
import org.corporateparenting.consultation.application.ConsultationViews.ActivityView;
import org.corporateparenting.consultation.application.ConsultationViews.ConsultationView;
import org.corporateparenting.consultation.application.ConsultationViews.FindingView;
import org.corporateparenting.consultation.application.ConsultationViews.ForumView;
import org.corporateparenting.consultation.application.ConsultationViews.LinkView;
import org.corporateparenting.consultation.application.ConsultationViews.QuestionView;
import org.corporateparenting.consultation.application.ConsultationViews.RawResponse;
import org.corporateparenting.consultation.application.FindingManagement;
import org.corporateparenting.consultation.application.ForumManagement;
import org.corporateparenting.consultation.application.SurveyResults;
import org.corporateparenting.consultation.domain.Consultation;
import org.corporateparenting.consultation.domain.Finding;
import org.corporateparenting.consultation.domain.Forum;
import org.corporateparenting.consultation.domain.Question;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.CouncilPermissions;
import org.corporateparenting.web.PageResponse;
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
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A council's forums of young people, consultations and their surveys, anonymous links, results (small groups
 * suppressed), and findings with the council's responses ("you said, we did").
 */
@RestController
@RequestMapping("/api/councils/{council}")
@Tag(name = "Consultation")
class ConsultationApi {

	private final ForumManagement forums;

	private final ConsultationManagement consultations;

	private final SurveyResults results;

	private final FindingManagement findings;

	private final RecordHistory history;

	private final ConsultationExports exports;

	ConsultationApi(ForumManagement forums, ConsultationManagement consultations, SurveyResults results,
			FindingManagement findings, RecordHistory history, ConsultationExports exports) {
		this.forums = forums;
		this.consultations = consultations;
		this.results = results;
		this.findings = findings;
		this.history = history;
		this.exports = exports;
	}

	private static URI at(String council, String path) {
		return URI.create("/api/councils/" + council + path);
	}

	// Forums

	@GetMapping("/forums")
	List<ForumView> forums() {
		return forums.forums();
	}

	@PostMapping("/forums")
	@PreAuthorize(Access.EDIT)
	ResponseEntity<ForumView> createForum(@PathVariable String council, @RequestBody ForumRequest request) {
		ForumView forum = forums.create(request);
		return ResponseEntity.created(at(council, "/forums/" + forum.id())).body(forum);
	}

	@GetMapping("/forums/{id}")
	ForumView forum(@PathVariable long id) {
		return forums.forum(id);
	}

	@PutMapping("/forums/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Change a forum; give the version you read")
	ForumView updateForum(@PathVariable long id, @RequestBody ForumRequest request) {
		return forums.update(id, request);
	}

	@GetMapping("/forums/{id}/history")
	List<RecordHistory.Change> forumHistory(@PathVariable long id) {
		forums.forum(id);
		return history.of(Forum.class, id);
	}

	@GetMapping("/forums/{id}/activities")
	@Operation(summary = "What a forum did, latest first")
	List<ActivityView> activities(@PathVariable long id) {
		return forums.activities(id);
	}

	@PostMapping("/forums/{id}/activities")
	@PreAuthorize(Access.EDIT)
	ResponseEntity<ActivityView> recordActivity(@PathVariable String council, @PathVariable long id,
			@RequestBody ActivityRequest request, Principal author) {
		ActivityView activity = forums.record(id, request, author.getName());
		return ResponseEntity.created(at(council, "/forums/" + id + "/activities")).body(activity);
	}

	// Consultations

	@GetMapping("/consultations")
	@Operation(summary = "The council's consultations, newest first, with how many responded")
	PageResponse<ConsultationView> consultations(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageResponse.DEFAULT_SIZE) int size) {
		return PageResponse.of(consultations.consultations(), page, size);
	}

	@PostMapping("/consultations")
	@PreAuthorize(Access.EDIT)
	ResponseEntity<ConsultationView> createConsultation(@PathVariable String council,
			@RequestBody ConsultationRequest request) {
		ConsultationView consultation = consultations.create(request);
		return ResponseEntity.created(at(council, "/consultations/" + consultation.id())).body(consultation);
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

	// Survey questions

	@GetMapping("/consultations/{id}/questions")
	List<QuestionView> questions(@PathVariable long id) {
		return consultations.questions(id);
	}

	@PostMapping("/consultations/{id}/questions")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Add a question at the end of the survey; only while nobody has answered")
	ResponseEntity<QuestionView> ask(@PathVariable String council, @PathVariable long id,
			@RequestBody QuestionRequest request) {
		QuestionView question = consultations.ask(id, request);
		return ResponseEntity.created(at(council, "/questions/" + question.id())).body(question);
	}

	@PutMapping("/questions/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Reword a question; only while nobody has answered; give the version you read")
	QuestionView reword(@PathVariable long id, @RequestBody QuestionRequest request) {
		return consultations.reword(id, request);
	}

	@DeleteMapping("/questions/{id}")
	@PreAuthorize(Access.EDIT)
	ResponseEntity<Void> remove(@PathVariable long id) {
		consultations.remove(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/questions/{id}/history")
	List<RecordHistory.Change> questionHistory(@PathVariable long id) {
		consultations.question(id);
		return history.of(Question.class, id);
	}

	// Anonymous links

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

	// Results

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

	// Findings: you said, we did

	@GetMapping("/consultations/{id}/findings")
	List<FindingView> findings(@PathVariable long id) {
		return findings.findings(id);
	}

	@PostMapping("/consultations/{id}/findings")
	@PreAuthorize(Access.EDIT)
	ResponseEntity<FindingView> recordFinding(@PathVariable String council, @PathVariable long id,
			@RequestBody FindingRequest request) {
		FindingView finding = findings.record(id, request);
		return ResponseEntity.created(at(council, "/findings/" + finding.id())).body(finding);
	}

	@GetMapping("/findings/{id}")
	FindingView finding(@PathVariable long id) {
		return findings.finding(id);
	}

	@PutMapping("/findings/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Change a finding or the council's response to it; give the version you read")
	FindingView reviseFinding(@PathVariable long id, @RequestBody FindingRequest request) {
		return findings.revise(id, request);
	}

	@PostMapping("/findings/{id}/publication")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Put a finding with its response on the public you said, we did page, or take it off")
	FindingView publish(@PathVariable long id, @RequestBody PublicationRequest request) {
		return findings.publish(id, request);
	}

	@GetMapping("/findings/{id}/history")
	List<RecordHistory.Change> findingHistory(@PathVariable long id) {
		findings.finding(id);
		return history.of(Finding.class, id);
	}

	@GetMapping("/you-said-we-did")
	@Operation(summary = "The published findings, as the public page shows them")
	List<FindingView> youSaidWeDid() {
		return findings.published();
	}
}
