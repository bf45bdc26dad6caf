package org.corporateparenting.pledges.domain;

import java.time.LocalDate;
import java.util.List;

import org.corporateparenting.pledges.WorkStreamStatus;
import org.corporateparenting.notifications.Recipient;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WorkStreams extends JpaRepository<WorkStream, Long> {

	/** Every work stream with its members and pledges joined in, so a whole list costs one query. */
	@Query("select w from WorkStream w left join fetch w.members left join fetch w.pledgeIds order by w.name")
	List<WorkStream> findAllByOrderByName();

	/**
	 * The work streams in a status whose lead has an email and that have had no update since the date, or none at
	 * all, each with the date of its latest update: one query, whatever their number.
	 */
	@Query("""
			select new org.corporateparenting.pledges.domain.WorkStreamLead(w.id, w.name, w.lead, w.leadEmail,
				max(u.updateDate))
			from WorkStream w left join WorkStreamUpdate u on u.workStream = w
			where w.leadEmail is not null and w.status = :status
			group by w.id, w.name, w.lead, w.leadEmail
			having max(u.updateDate) is null or max(u.updateDate) <= :since
			order by w.name""")
	List<WorkStreamLead> findLedNotUpdatedSince(LocalDate since, WorkStreamStatus status);

	/** Every lead named with an email on any work stream, each pair once: one query. */
	@Query("select distinct new org.corporateparenting.notifications.Recipient(w.leadEmail, w.lead) from WorkStream w"
			+ " where w.leadEmail is not null")
	List<Recipient> findLeads();
}
