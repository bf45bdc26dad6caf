package org.corporateparenting.reporting.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface BoardPackRenders extends JpaRepository<BoardPackRender, Long> {

	/** How far a generation has got, without reading the PDF: what the progress page polls. */
	@Query("""
			select new org.corporateparenting.reporting.domain.RenderProgress(r.boardPackId, r.status,
			r.progress, r.step, r.requestedBy, r.requestedAt, r.finishedAt, r.error)
			from BoardPackRender r where r.boardPackId = :boardPackId""")
	Optional<RenderProgress> progress(Long boardPackId);

	/** Moves a generation on a step without reading the PDF of the last one. */
	@Modifying
	@Query("""
			update BoardPackRender r set r.status = org.corporateparenting.reporting.domain.BoardPackRender.Status.RUNNING,
			r.progress = :progress, r.step = :step where r.boardPackId = :boardPackId""")
	int reached(Long boardPackId, int progress, String step);
}
