package org.corporateparenting.localoffer.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.corporateparenting.localoffer.OfferArea;
import org.corporateparenting.localoffer.domain.LocalOffer;
import org.corporateparenting.localoffer.domain.OfferSection;
import org.corporateparenting.tenancy.Council;
import org.corporateparenting.tenancy.Councils;
import org.corporateparenting.web.Downloads;
import org.corporateparenting.web.PdfDocuments;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The local offer as care leavers are handed it: a printable page and a PDF, in plain words, area by area. */
@Component
class LocalOfferExports {

	private final PdfDocuments documents;

	private final Councils councils;

	LocalOfferExports(PdfDocuments documents, Councils councils) {
		this.documents = documents;
		this.councils = councils;
	}

	String printable(String council, LocalOffer offer) {
		return documents.html("localoffer/print", model(council, offer));
	}

	ResponseEntity<byte[]> pdf(String council, LocalOffer offer) {
		return Downloads.attachment(documents.pdf("localoffer/print", model(council, offer)),
				MediaType.APPLICATION_PDF, council + "-" + Downloads.slug(offer.getTitle()) + ".pdf");
	}

	private Map<String, Object> model(String council, LocalOffer offer) {
		return Map.of("offer", offer, "areas", areas(offer), "councilName",
				councils.find(council).map(Council::name).orElse(council));
	}

	/** The areas the offer has sections in, in the law's order, each with its sections. */
	static List<AreaSections> areas(LocalOffer offer) {
		return Arrays.stream(OfferArea.values())
			.map(area -> new AreaSections(area, offer.sectionsIn(area)))
			.filter(area -> !area.sections().isEmpty())
			.toList();
	}

	record AreaSections(OfferArea area, List<OfferSection> sections) {
	}
}
