package org.corporateparenting.reporting.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.corporateparenting.reporting.Period;
import org.corporateparenting.reporting.domain.BoardPack;
import org.corporateparenting.reporting.domain.BoardPackRenders;
import org.corporateparenting.reporting.domain.BoardPacks;
import org.corporateparenting.reporting.domain.RenderProgress;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.NotFoundException;
import org.corporateparenting.web.PageResponse;
import org.corporateparenting.web.Versions;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Board packs as drafts: made, saved as often as officers like (each save quoting the version it read), listed. */
@Service
@Transactional(readOnly = true)
public class BoardPackDrafts {

	private static final int LONG_TEXT = 20_000;

	private final BoardPacks packs;

	private final BoardPackRenders renders;

	private final Clock clock;

	BoardPackDrafts(BoardPacks packs, BoardPackRenders renders, Clock clock) {
		this.packs = packs;
		this.renders = renders;
		this.clock = clock;
	}

	/**
	 * The council's board packs, latest meeting first unless the request asked for another order; how each PDF went
	 * is read for those on the page only.
	 */
	public PageResponse<Summary> list(int page, int size) {
		return PageResponse.of(packs.findAllByOrderByMeetingDateDescIdDesc()
			.stream()
			.map(pack -> summary(pack, Optional.empty()))
			.toList(), page, size).map(found -> found.rendered(renders.progress(found.id())));
	}

	public BoardPack pack(long id) {
		return packs.findById(id).orElseThrow(() -> new NotFoundException("There is no board pack " + id));
	}

	public Summary summary(long id) {
		return summary(pack(id));
	}

	@Transactional
	public Summary create(BoardPackRequest request, String by) {
		BoardPack.Draft draft = check(request);
		BoardPack pack = new BoardPack(by, clock.instant());
		pack.write(draft, clock.instant());
		return summary(packs.saveAndFlush(pack));
	}

	@Transactional
	public Summary save(long id, BoardPackRequest request) {
		BoardPack pack = pack(id);
		BoardPack.Draft draft = check(request);
		Versions.require(request.version(), pack.getVersion());
		pack.write(draft, clock.instant());
		packs.flush();
		return summary(pack);
	}

	private Summary summary(BoardPack pack) {
		return summary(pack, renders.progress(pack.getId()));
	}

	private static Summary summary(BoardPack pack, Optional<RenderProgress> render) {
		return new Summary(pack.getId(), pack.getTitle(), pack.getPeriod().toString(), pack.getMeetingBody(),
				pack.getMeetingDate(), pack.draft(), pack.getUpdatedAt(), pack.getVersion(), render.orElse(null));
	}

	static BoardPack.Draft check(BoardPackRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		required(problems, "title", request.title(), 300, "Enter the report's title");
		required(problems, "meetingBody", request.meetingBody(), 300, "Enter the meeting the report goes to");
		Optional<Period> period = Period.parse(request.period());
		if (period.isEmpty()) {
			problems.add(new FieldProblem("period", "Enter the period it reports on, such as 2026-27 Q2 or 2025-26"));
		}
		if (request.meetingDate() == null) {
			problems.add(new FieldProblem("meetingDate", "Enter the date of the meeting"));
		}
		optional(problems, "executiveSummary", request.executiveSummary(), LONG_TEXT);
		optional(problems, "reason", request.reason(), LONG_TEXT);
		optional(problems, "recommendations", request.recommendations(), LONG_TEXT);
		optional(problems, "backgroundPapers", request.backgroundPapers(), LONG_TEXT);
		optional(problems, "resourceLegal", request.resourceLegal(), LONG_TEXT);
		optional(problems, "councilPlan", request.councilPlan(), LONG_TEXT);
		optional(problems, "citizenImpact", request.citizenImpact(), LONG_TEXT);
		optional(problems, "performanceManagement", request.performanceManagement(), LONG_TEXT);
		optional(problems, "reducingInequalities", request.reducingInequalities(), LONG_TEXT);
		optional(problems, "consultation", request.consultation(), LONG_TEXT);
		optional(problems, "contactOfficer", request.contactOfficer(), 500);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new BoardPack.Draft(request.title().strip(), period.get(), request.meetingBody().strip(),
				request.meetingDate(), text(request.executiveSummary()), text(request.reason()),
				text(request.recommendations()), text(request.backgroundPapers()), text(request.resourceLegal()),
				text(request.councilPlan()), text(request.citizenImpact()), text(request.performanceManagement()),
				text(request.reducingInequalities()), text(request.consultation()), text(request.contactOfficer()));
	}

	private static void required(List<FieldProblem> problems, String field, @Nullable String value, int max,
			String missing) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, missing));
		}
		else {
			optional(problems, field, value, max);
		}
	}

	private static void optional(List<FieldProblem> problems, String field, @Nullable String value, int max) {
		if (value != null && value.length() > max) {
			problems.add(new FieldProblem(field, "This is at most " + max + " characters"));
		}
	}

	private static @Nullable String text(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** @param render how its latest PDF generation went, if one was asked for */
	public record Summary(long id, String title, String period, String meetingBody, java.time.LocalDate meetingDate,
			BoardPack.Draft draft, java.time.Instant updatedAt, long version, @Nullable RenderProgress render) {

		Summary rendered(Optional<RenderProgress> progress) {
			return new Summary(id, title, period, meetingBody, meetingDate, draft, updatedAt, version,
					progress.orElse(null));
		}
	}
}
