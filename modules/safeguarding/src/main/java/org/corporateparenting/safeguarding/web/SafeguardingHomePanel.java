package org.corporateparenting.safeguarding.web;

import java.util.HashMap;
import java.util.Map;

import org.corporateparenting.safeguarding.application.DisclosureReviews;
import org.corporateparenting.safeguarding.application.Reviewers;
import org.corporateparenting.web.CouncilHomePanel;
import org.corporateparenting.web.CouncilPermissions;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The council home page's safeguarding panel, for whoever reads possible disclosures only: how many wait to be dealt
 * with. Nothing for anyone else; for people with a council role it costs one query (who the lead is), and one more
 * (the count) for the lead.
 */
@Component
class SafeguardingHomePanel implements CouncilHomePanel {

	private final Reviewers reviewers;

	private final DisclosureReviews reviews;

	SafeguardingHomePanel(Reviewers reviewers, DisclosureReviews reviews) {
		this.reviewers = reviewers;
		this.reviews = reviews;
	}

	@Override
	public int order() {
		return 42;
	}

	@Override
	public String template() {
		return "safeguarding/panel :: panel";
	}

	@Override
	public Map<String, Object> model(String councilSlug) {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		Map<String, Object> model = new HashMap<>();
		model.put("council", councilSlug);
		boolean reviewer = CouncilPermissions.of(caller).read() && reviewers.mayReview(caller);
		model.put("reviewer", reviewer);
		model.put("waiting", reviewer ? reviews.waiting() : 0L);
		return model;
	}
}
