package org.corporateparenting.pledges.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WorkStreamUpdates extends JpaRepository<WorkStreamUpdate, Long> {

	List<WorkStreamUpdate> findByWorkStreamIdOrderByUpdateDateDescRecordedAtDesc(long workStreamId);

	/**
	 * The latest update of each work stream that has one, in one query: the latest dated, and of updates on the
	 * same day the last recorded, as the work stream's page lists them.
	 */
	@Query("""
			select u from WorkStreamUpdate u where not exists (
				select later.id from WorkStreamUpdate later where later.workStream = u.workStream
				and (later.updateDate > u.updateDate
					or later.updateDate = u.updateDate and (later.recordedAt > u.recordedAt
						or later.recordedAt = u.recordedAt and later.id > u.id)))""")
	List<WorkStreamUpdate> findLatestOfEachWorkStream();
}
