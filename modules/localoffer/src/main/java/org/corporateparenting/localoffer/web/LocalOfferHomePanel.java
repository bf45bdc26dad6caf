package org.corporateparenting.localoffer.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.corporateparenting.localoffer.application.LocalOfferManagement;
import org.corporateparenting.web.CouncilHomePanel;
import org.springframework.stereotype.Component;

/**
 * The council home page's local offer panel: whether an offer is published, whether it is flagged (no consultation
 * on record, review due), and the way to it. One query.
 */
@Component
class LocalOfferHomePanel implements CouncilHomePanel {

	private final LocalOfferManagement offers;

	private final Clock clock;

	LocalOfferHomePanel(LocalOfferManagement offers, Clock clock) {
		this.offers = offers;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 45;
	}

	@Override
	public String template() {
		return "localoffer/panel :: panel";
	}

	@Override
	public Map<String, Object> model(String councilSlug) {
		Map<String, Object> model = new HashMap<>();
		model.put("council", councilSlug);
		// Named even when there is no offer: the page reads both, and a map without the key is an error, not null.
		model.put("offer", null);
		model.put("reviewDue", false);
		offers.publishedOutline().ifPresent(offer -> {
			model.put("offer", offer);
			model.put("reviewDue", offer.reviewDue(LocalDate.now(clock)));
		});
		return model;
	}
}
