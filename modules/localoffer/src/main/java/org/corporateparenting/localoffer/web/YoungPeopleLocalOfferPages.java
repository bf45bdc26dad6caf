package org.corporateparenting.localoffer.web;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.corporateparenting.alliance.PartnerOfferDirectory;
import org.corporateparenting.localoffer.application.LocalOfferManagement;
import org.corporateparenting.localoffer.domain.LocalOffer;
import org.corporateparenting.localoffer.domain.OfferSection;
import org.corporateparenting.tenancy.Council;
import org.corporateparenting.tenancy.CouncilRequestFilter;
import org.corporateparenting.web.NotFoundException;
import org.corporateparenting.web.PageController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The published local offer for care leavers, open to anyone without signing in, in plain words: as a page, a
 * printable page and a PDF. Only the published version is shown (while its next version is written, too).
 */
@PageController
@RequestMapping("/young-people/{council}")
class YoungPeopleLocalOfferPages {

	private final LocalOfferManagement offers;

	private final LocalOfferExports exports;

	private final PartnerOfferDirectory partnerOffers;

	YoungPeopleLocalOfferPages(LocalOfferManagement offers, LocalOfferExports exports,
			PartnerOfferDirectory partnerOffers) {
		this.partnerOffers = partnerOffers;
		this.offers = offers;
		this.exports = exports;
	}

	@GetMapping("/local-offer")
	String offer(@PathVariable String council, Model model, HttpServletRequest request) {
		LocalOffer offer = published();
		model.addAttribute("forYoungPeople", true);
		model.addAttribute("councilName", councilName(request));
		model.addAttribute("council", council);
		model.addAttribute("offer", offer);
		model.addAttribute("areas", LocalOfferExports.areas(offer));
		// The partners' offers its sections are, read in one query.
		List<Long> ids = offer.getSections().stream().map(OfferSection::getPartnerOfferId).filter(Objects::nonNull).toList();
		model.addAttribute("partnerOffers", partnerOffers.offers(ids)
			.stream()
			.collect(Collectors.toMap(PartnerOfferDirectory.OfferSummary::id, Function.identity())));
		return "localoffer/public/offer";
	}

	@GetMapping(path = "/local-offer/print", produces = "text/html")
	@ResponseBody
	String printable(@PathVariable String council) {
		return exports.printable(council, published());
	}

	@GetMapping("/local-offer.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String council) {
		return exports.pdf(council, published());
	}

	/** No offer published yet: the polite page young people get for any address that leads nowhere. */
	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model, HttpServletRequest request) {
		model.addAttribute("forYoungPeople", true);
		model.addAttribute("councilName", councilName(request));
		return "localoffer/public/none";
	}

	private LocalOffer published() {
		Optional<LocalOffer> offer = offers.published();
		return offer.orElseThrow(() -> new NotFoundException("No local offer has been published here yet"));
	}

	private static String councilName(HttpServletRequest request) {
		return CouncilRequestFilter.councilOf(request).map(Council::name).orElse("");
	}
}
