package org.corporateparenting.strategy.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProgressUpdates extends JpaRepository<ProgressUpdate, Long> {

	List<ProgressUpdate> findByActionIdOrderByProgressDateDescRecordedAtDesc(long actionId);

	/**
	 * The narratives of every update to a plan's actions, each action's latest first (in the order of an action's
	 * timeline), so that one query gives every action's latest note.
	 */
	@Query("select new org.corporateparenting.strategy.domain.ProgressNote(u.action.id, u.narrative)"
			+ " from ProgressUpdate u where u.action.plan.id = :planId"
			+ " order by u.progressDate desc, u.recordedAt desc, u.id desc")
	List<ProgressNote> findNotesOfPlanLatestFirst(long planId);
}
