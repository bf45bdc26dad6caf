package org.corporateparenting.consultation.web;

import java.util.List;

import org.corporateparenting.consultation.application.ConsultationViews.ConsultationView;
import org.corporateparenting.consultation.application.WellbeingRequests.SharingRequest;
import org.corporateparenting.consultation.application.WellbeingRequests.StartRequest;
import org.corporateparenting.consultation.application.WellbeingResults;
import org.corporateparenting.consultation.application.WellbeingSharingManagement;
import org.corporateparenting.consultation.application.WellbeingSurveyManagement;
import org.corporateparenting.consultation.application.WellbeingViews.SharingView;
import org.corporateparenting.consultation.application.WellbeingViews.TemplateVersion;
import org.corporateparenting.consultation.application.WellbeingViews.WellbeingSurveyResults;
import org.corporateparenting.consultation.application.WellbeingViews.WellbeingSurveyView;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.ApiAddresses;
import org.corporateparenting.web.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * The standard well-being survey: its template, the council's surveys started from it and their results, and
 * whether the council takes part in the comparison across councils.
 */
@RestController
@RequestMapping("/api/councils/{council}/wellbeing")
@Tag(name = "Consultation")
class WellbeingApi {

	private final WellbeingSurveyManagement surveys;

	private final WellbeingResults results;

	private final WellbeingSharingManagement sharing;

	WellbeingApi(WellbeingSurveyManagement surveys, WellbeingResults results, WellbeingSharingManagement sharing) {
		this.surveys = surveys;
		this.results = results;
		this.sharing = sharing;
	}

	@GetMapping("/template")
	@Operation(summary = "The well-being survey template: each age-banded version's introduction and questions by domain")
	List<TemplateVersion> template() {
		return surveys.template();
	}

	@GetMapping("/surveys")
	@Operation(summary = "The council's surveys started from the well-being template, latest closing first")
	PageResponse<WellbeingSurveyView> surveys(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageResponse.DEFAULT_SIZE) int size) {
		return PageResponse.of(surveys.surveys(), page, size);
	}

	@PostMapping("/surveys")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Start a survey from the well-being template: a planned consultation with the template's "
			+ "questions, fixed; the council's own questions can be added after them")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ConsultationView> start(@PathVariable String council, @RequestBody StartRequest request) {
		ConsultationView consultation = surveys.start(request);
		return ResponseEntity.created(ApiAddresses.of(council, "/consultations/" + consultation.id()))
			.body(consultation);
	}

	@GetMapping("/surveys/{id}/results")
	@Operation(summary = "A template survey's results by domain and question, as the council shares them: the share "
			+ "going well, c when too few answered")
	WellbeingSurveyResults results(@PathVariable long id) {
		return results.of(id);
	}

	@GetMapping("/sharing")
	@Operation(summary = "Whether the council takes part in the well-being comparison across councils, with its history")
	SharingView sharing() {
		return sharing.sharing();
	}

	@PutMapping("/sharing")
	@PreAuthorize(Access.ADMINISTER)
	@Operation(summary = "Opt in to the well-being comparison (closed template surveys' results are shared, small "
			+ "groups suppressed) or out (everything shared is taken back); give the version")
	SharingView choose(@RequestBody SharingRequest request) {
		return sharing.choose(request);
	}
}
