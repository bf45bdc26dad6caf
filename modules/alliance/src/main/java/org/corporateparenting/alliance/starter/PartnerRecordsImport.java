package org.corporateparenting.alliance.starter;

import java.nio.file.Path;
import java.util.Map;

import org.corporateparenting.alliance.application.AllianceRequests.CollaborationRequest;
import org.corporateparenting.alliance.application.AllianceRequests.CorporateParentRequest;
import org.corporateparenting.alliance.application.AllianceRequests.PartnerOfferRequest;
import org.corporateparenting.alliance.application.AllianceRequests.TakeUpRequest;
import org.corporateparenting.alliance.application.Caller;
import org.corporateparenting.alliance.application.CollaborationManagement;
import org.corporateparenting.alliance.application.CorporateParentManagement;
import org.corporateparenting.alliance.application.PartnerOfferManagement;
import org.corporateparenting.alliance.starter.AllianceStarterFile.OrganisationEntry;
import org.corporateparenting.alliance.starter.AllianceStarterFile.PartnerOfferEntry;
import org.corporateparenting.tenancy.StarterFiles;
import org.springframework.stereotype.Component;

/**
 * The part of {@code alliance.yaml} about partners as corporate parents, once the organisations are imported: each
 * organisation's duties under the 2026 Act, the partners' offers to care leavers and the collaboration log.
 */
@Component
class PartnerRecordsImport {

	private final CorporateParentManagement corporateParents;

	private final PartnerOfferManagement offers;

	private final CollaborationManagement collaboration;

	PartnerRecordsImport(CorporateParentManagement corporateParents, PartnerOfferManagement offers,
			CollaborationManagement collaboration) {
		this.corporateParents = corporateParents;
		this.offers = offers;
		this.collaboration = collaboration;
	}

	void importDuties(Path file, AllianceStarterFile content, Map<String, Long> organisationIds) {
		for (int o = 0; o < content.organisations().size(); o++) {
			OrganisationEntry entry = content.organisations().get(o);
			if (Boolean.TRUE.equals(entry.corporateParent()) || !entry.duties().isEmpty()) {
				long id = organisationIds.get(entry.key());
				StarterFiles.entry(file, "organisations[" + o + "]", () -> corporateParents.record(id,
						new CorporateParentRequest(Boolean.TRUE.equals(entry.corporateParent()), entry.duties(),
								corporateParents.duties(id).version())));
			}
		}
	}

	void importOffersAndCollaboration(Path file, AllianceStarterFile content, Map<String, Long> organisationIds,
			Caller importer) {
		for (int f = 0; f < content.partnerOffers().size(); f++) {
			PartnerOfferEntry entry = content.partnerOffers().get(f);
			StarterFiles.entry(file, "partnerOffers[" + f + "]", () -> offers.make(importer,
					new PartnerOfferRequest(organisationIds.get(entry.organisation()), entry.area(), entry.title(),
							entry.whatIsOffered(), entry.eligibility(), entry.places(), entry.budgetPounds(),
							entry.status(), entry.illustrative(), entry.takeUp()
								.stream()
								.map(figure -> new TakeUpRequest(figure.quarter(), figure.takenUp()))
								.toList(), null)));
		}
		for (int c = 0; c < content.collaboration().size(); c++) {
			AllianceStarterFile.CollaborationEntry entry = content.collaboration().get(c);
			StarterFiles.entry(file, "collaboration[" + c + "]", () -> collaboration.record(new CollaborationRequest(
					entry.date(), entry.kind(), entry.organisations().stream().map(organisationIds::get).toList(),
					entry.summary(), entry.outcome(), null)));
		}
	}
}
