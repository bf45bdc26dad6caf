package org.corporateparenting.consultation.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.corporateparenting.consultation.application.ConsultationRequests.ActivityRequest;
import org.corporateparenting.consultation.application.ConsultationRequests.ForumRequest;
import org.corporateparenting.consultation.application.ConsultationViews.ActivityView;
import org.corporateparenting.consultation.application.ConsultationViews.ForumView;
import org.corporateparenting.consultation.domain.Forum;
import org.corporateparenting.consultation.domain.ForumActivities;
import org.corporateparenting.consultation.domain.ForumActivity;
import org.corporateparenting.consultation.domain.Forums;
import org.corporateparenting.web.ConflictException;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.NotFoundException;
import org.corporateparenting.web.Versions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.Validator;

/** The standing forums of young people and the dated record of what they do. */
@Service
@Transactional
public class ForumManagement {

	private final Forums forums;

	private final ForumActivities activities;

	private final Validator validator;

	private final FreeTextScreening screening;

	private final Clock clock;

	ForumManagement(Forums forums, ForumActivities activities, Validator validator, FreeTextScreening screening,
			Clock clock) {
		this.forums = forums;
		this.activities = activities;
		this.screening = screening;
		this.validator = validator;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<ForumView> forums() {
		return forums.findAllByOrderByName().stream().map(ForumView::of).toList();
	}

	@Transactional(readOnly = true)
	public ForumView forum(long id) {
		return ForumView.of(find(id));
	}

	public ForumView create(ForumRequest request) {
		check(request);
		if (forums.existsByNameIgnoreCase(request.name().strip())) {
			throw new ConflictException("name", "There is already a forum called " + request.name().strip());
		}
		Forum forum = new Forum(request.name().strip(), request.kind());
		describe(forum, request);
		return ForumView.of(forums.saveAndFlush(forum));
	}

	public ForumView update(long id, ForumRequest request) {
		check(request);
		Forum forum = find(id);
		Versions.require(request.version(), forum.getVersion());
		if (!forum.getName().equalsIgnoreCase(request.name().strip()) && forums.existsByNameIgnoreCase(request.name().strip())) {
			throw new ConflictException("name", "There is already a forum called " + request.name().strip());
		}
		describe(forum, request);
		return ForumView.of(forums.saveAndFlush(forum));
	}

	private static void describe(Forum forum, ForumRequest request) {
		forum.describe(request.name().strip(), request.kind(), request.ageFrom(), request.ageTo(),
				Checks.strip(request.meetingPattern()));
	}

	private void check(ForumRequest request) {
		List<FieldProblem> problems = Checks.of(validator, request);
		if (request.ageFrom() != null && request.ageTo() != null && request.ageTo() < request.ageFrom()) {
			problems.add(new FieldProblem("ageTo", "must not be below the lowest age"));
		}
		Checks.throwIfAny(problems);
	}

	@Transactional(readOnly = true)
	public List<ActivityView> activities(long forumId) {
		find(forumId);
		return activities.findByForumIdOrderByActivityDateDescRecordedAtDesc(forumId)
			.stream()
			.map(ActivityView::of)
			.toList();
	}

	public ActivityView record(long forumId, ActivityRequest request, String author) {
		List<FieldProblem> problems = Checks.of(validator, request);
		if (request.date() != null && request.date().isAfter(LocalDate.now(clock))) {
			problems.add(new FieldProblem("date", "must be today or earlier"));
		}
		Checks.throwIfAny(problems);
		Forum forum = find(forumId);
		ForumActivity activity = activities.save(new ForumActivity(forum, request.date(), request.kind(),
				request.description().strip(), author, Instant.now(clock)));
		screening.forumRecord(activity);
		return ActivityView.of(activity);
	}

	Forum find(long id) {
		return forums.findById(id).orElseThrow(() -> new NotFoundException("No forum " + id));
	}
}
