package org.corporateparenting.consultation.application;

import java.util.List;

import org.corporateparenting.consultation.domain.Consultations;
import org.corporateparenting.notifications.ContactSource;
import org.corporateparenting.notifications.Recipient;
import org.springframework.stereotype.Component;

/** The contacts of the council's consultations who have an email, as contacts to offer when an owner is chosen. */
@Component
class ConsultationContacts implements ContactSource {

	private final Consultations consultations;

	ConsultationContacts(Consultations consultations) {
		this.consultations = consultations;
	}

	@Override
	public List<Recipient> contacts() {
		return consultations.findContacts();
	}
}
