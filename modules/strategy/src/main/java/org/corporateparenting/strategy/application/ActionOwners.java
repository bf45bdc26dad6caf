package org.corporateparenting.strategy.application;

import java.util.List;

import org.corporateparenting.notifications.ContactSource;
import org.corporateparenting.notifications.Recipient;
import org.corporateparenting.strategy.domain.Actions;
import org.springframework.stereotype.Component;

/** The owners of the council's actions who have an email, as contacts to offer when an owner is chosen. */
@Component
class ActionOwners implements ContactSource {

	private final Actions actions;

	ActionOwners(Actions actions) {
		this.actions = actions;
	}

	@Override
	public List<Recipient> contacts() {
		return actions.findOwners();
	}
}
