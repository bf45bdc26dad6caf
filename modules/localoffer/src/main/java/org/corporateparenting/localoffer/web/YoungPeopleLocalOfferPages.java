package org.corporateparenting.localoffer.web;

import java.util.Optional;

import org.corporateparenting.localoffer.application.LocalOfferManagement;
import org.corporateparenting.localoffer.domain.LocalOffer;
import org.corporateparenting.tenancy.Council;
import org.corporateparenting.tenancy.CouncilRequestFilter;
import org.corporateparenting.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
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
@Controller
@RequestMapping("/young-people/{council}")
class YoungPeopleLocalOfferPages {

	private final LocalOfferManagement offers;

	private final LocalOfferExports exports;

	YoungPeopleLocalOfferPages(LocalOfferManagement offers, LocalOfferExports exports) {
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
