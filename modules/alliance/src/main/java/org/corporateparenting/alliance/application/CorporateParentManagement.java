package org.corporateparenting.alliance.application;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

import org.corporateparenting.alliance.CorporateParentDuty;
import org.corporateparenting.alliance.application.AllianceRequests.CorporateParentRequest;
import org.corporateparenting.alliance.application.AllianceViews.CorporateParentView;
import org.corporateparenting.alliance.domain.PartnerOrganisation;
import org.corporateparenting.alliance.domain.PartnerOrganisations;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.NotFoundException;
import org.corporateparenting.web.Versions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.Validator;

/**
 * Whether each partner organisation is a relevant corporate parent under the Children's Wellbeing and Schools Act
 * 2026, and which of the Act's duties apply to it. Only a relevant corporate parent has them, and one has at least
 * one. Kept on the organisation, so its history shows every change.
 */
@Service
@Transactional
public class CorporateParentManagement {

	private final PartnerOrganisations organisations;

	private final Validator validator;

	CorporateParentManagement(PartnerOrganisations organisations, Validator validator) {
		this.organisations = organisations;
		this.validator = validator;
	}

	@Transactional(readOnly = true)
	public CorporateParentView duties(long organisationId) {
		return CorporateParentView.of(find(organisationId));
	}

	public CorporateParentView record(long organisationId, CorporateParentRequest request) {
		PartnerOrganisation organisation = find(organisationId);
		List<FieldProblem> problems = FieldProblem.of(validator.validate(request));
		List<CorporateParentDuty> duties = Objects.requireNonNullElse(request.duties(), List.of());
		if (problems.isEmpty()) {
			if (request.corporateParent() && duties.isEmpty()) {
				problems.add(new FieldProblem("duties", "Choose the duties that apply to a relevant corporate parent"));
			}
			if (!request.corporateParent() && !duties.isEmpty()) {
				problems.add(new FieldProblem("duties",
						"Only a relevant corporate parent has these duties: say it is one, or choose none"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Versions.require(request.version(), organisation.getVersion());
		organisation.recordCorporateParenting(request.corporateParent(),
				duties.isEmpty() ? EnumSet.noneOf(CorporateParentDuty.class) : EnumSet.copyOf(duties));
		return CorporateParentView.of(organisations.saveAndFlush(organisation));
	}

	private PartnerOrganisation find(long id) {
		return organisations.findById(id).orElseThrow(() -> new NotFoundException("No organisation " + id));
	}
}
