package org.corporateparenting.alliance.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.corporateparenting.alliance.domain.PartnerOrganisation;
import org.corporateparenting.alliance.domain.PartnerOrganisations;
import org.corporateparenting.alliance.domain.PartnerPledge;
import org.corporateparenting.alliance.domain.PartnerPledges;
import org.corporateparenting.notifications.Recipient;
import org.corporateparenting.notifications.Reminder;
import org.corporateparenting.notifications.ReminderKind;
import org.corporateparenting.notifications.ReminderSettings;
import org.corporateparenting.notifications.ReminderSource;
import org.corporateparenting.notifications.UpdatesDue;
import org.corporateparenting.tenancy.CouncilContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the organisation that made a pledge (each of its contacts with an email) that the pledge is due an update
 * with a rating, on the occasion {@link UpdatesDue} names: 12 weeks (or the council's own) after its latest update,
 * or after the day it was made when it has none. Two queries: the pledges due, then their organisations' contacts.
 */
@Component
class PartnerPledgeReminders implements ReminderSource {

	/** How much of a pledge's words a reminder's subject keeps: enough to know it by. */
	static final int SUBJECT_WORDS = 80;

	private final PartnerPledges pledges;

	private final PartnerOrganisations organisations;

	PartnerPledgeReminders(PartnerPledges pledges, PartnerOrganisations organisations) {
		this.pledges = pledges;
		this.organisations = organisations;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Reminder> reminders(LocalDate today, ReminderSettings settings) {
		List<Object[]> due = pledges.findNotUpdatedSince(UpdatesDue.since(today, settings));
		if (due.isEmpty()) {
			return List.of();
		}
		Map<Long, PartnerOrganisation> makers = organisations
			.findWithContactsByIdIn(due.stream().map(row -> ((PartnerPledge) row[0]).getOrganisation().getId()).toList())
			.stream()
			.collect(Collectors.toMap(PartnerOrganisation::getId, Function.identity()));
		String council = CouncilContext.require();
		List<Reminder> reminders = new ArrayList<>();
		for (Object[] row : due) {
			PartnerPledge pledge = (PartnerPledge) row[0];
			PartnerOrganisation maker = makers.get(pledge.getOrganisation().getId());
			for (Recipient contact : OrganisationContacts.of(List.of(maker))) {
				reminders.add(UpdatesDue.reminder(ReminderKind.PARTNER_PLEDGE_UPDATE_DUE, contact,
						"partner-pledge:" + pledge.getId(), maker.getName() + ": " + shortened(pledge.getText()),
						"/councils/" + council + "/alliance/partner-pledges/" + pledge.getId(), (LocalDate) row[1],
						pledge.getCommittedOn(), "it was made",
						"report the progress made on it, with a red, amber or green rating", today));
			}
		}
		return reminders;
	}

	/** The pledge's first words, cut at a word with an ellipsis when it runs on. */
	static String shortened(String text) {
		if (text.length() <= SUBJECT_WORDS) {
			return text;
		}
		int cut = text.lastIndexOf(' ', SUBJECT_WORDS);
		return text.substring(0, cut > 0 ? cut : SUBJECT_WORDS).replaceAll("[\\s,;:]+$", "") + "…";
	}
}
