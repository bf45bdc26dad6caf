package org.corporateparenting.alliance.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartnerPledgeUpdates extends JpaRepository<PartnerPledgeUpdate, Long> {

	List<PartnerPledgeUpdate> findByPledgeIdOrderByUpdateDateDescRecordedAtDesc(long pledgeId);

	/** Each pledge's id with the date of its latest update. */
	@Query("select u.pledge.id, max(u.updateDate) from PartnerPledgeUpdate u group by u.pledge.id")
	List<Object[]> latestUpdateDates();
}
