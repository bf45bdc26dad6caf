package org.corporateparenting.consultation.web;

import java.security.Principal;
import java.util.List;

import org.corporateparenting.consultation.application.ConsultationRequests.ActivityRequest;
import org.corporateparenting.consultation.application.ConsultationRequests.ForumRequest;
import org.corporateparenting.consultation.application.ConsultationViews.ActivityView;
import org.corporateparenting.consultation.application.ConsultationViews.ForumView;
import org.corporateparenting.consultation.application.ForumManagement;
import org.corporateparenting.consultation.domain.Consultation;
import org.corporateparenting.consultation.domain.Forum;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.ApiAddresses;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A council's forums of young people and the activities each has held. */
@RestController
@RequestMapping("/api/councils/{council}")
@Tag(name = "Consultation")
class ForumsApi {

	private final ForumManagement forums;

	private final RecordHistory history;

	ForumsApi(ForumManagement forums, RecordHistory history) {
		this.forums = forums;
		this.history = history;
	}

	@GetMapping("/forums")
	List<ForumView> forums() {
		return forums.forums();
	}

	@PostMapping("/forums")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ForumView> createForum(@PathVariable String council, @RequestBody ForumRequest request) {
		ForumView forum = forums.create(request);
		return ResponseEntity.created(ApiAddresses.of(council, "/forums/" + forum.id())).body(forum);
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
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ActivityView> recordActivity(@PathVariable String council, @PathVariable long id,
			@RequestBody ActivityRequest request, Principal author) {
		ActivityView activity = forums.record(id, request, author.getName());
		return ResponseEntity.created(ApiAddresses.of(council, "/forums/" + id + "/activities")).body(activity);
	}
}
