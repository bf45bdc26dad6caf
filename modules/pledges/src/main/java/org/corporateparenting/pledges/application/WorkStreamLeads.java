package org.corporateparenting.pledges.application;

import java.util.List;

import org.corporateparenting.notifications.ContactSource;
import org.corporateparenting.notifications.Recipient;
import org.corporateparenting.pledges.domain.WorkStreams;
import org.springframework.stereotype.Component;

/** The leads of the council's work streams who have an email, as contacts to offer when an owner is chosen. */
@Component
class WorkStreamLeads implements ContactSource {

	private final WorkStreams workStreams;

	WorkStreamLeads(WorkStreams workStreams) {
		this.workStreams = workStreams;
	}

	@Override
	public List<Recipient> contacts() {
		return workStreams.findLeads();
	}
}
