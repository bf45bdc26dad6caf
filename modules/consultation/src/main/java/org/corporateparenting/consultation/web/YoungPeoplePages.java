package org.corporateparenting.consultation.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.corporateparenting.consultation.AgeBand;
import org.corporateparenting.consultation.CareStatus;
import org.corporateparenting.consultation.application.FindingManagement;
import org.corporateparenting.consultation.application.SurveyResponding.Refused;
import org.corporateparenting.consultation.application.SurveyResponding.Submission;
import org.corporateparenting.consultation.application.SurveyResponding;
import org.corporateparenting.tenancy.Council;
import org.corporateparenting.tenancy.CouncilRequestFilter;
import org.corporateparenting.web.Choice;
import org.corporateparenting.web.FormErrors;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.NotFoundException;
import org.corporateparenting.web.PageController;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What young people open without signing in: a survey at its unguessable link (answered anonymously, one page that
 * works on a phone) and the council's "you said, we did" page. The council comes from the address and the link
 * is looked up in that council only.
 */
@PageController
@RequestMapping("/young-people/{council}")
class YoungPeoplePages {

	/** Larger than any honest response (twenty questions of 2,000 characters); anything bigger is refused. */
	static final long LARGEST_RESPONSE = 64 * 1024;

	private final SurveyResponding responding;

	private final FindingManagement findings;

	YoungPeoplePages(SurveyResponding responding, FindingManagement findings) {
		this.responding = responding;
		this.findings = findings;
	}

	/** Every page here is for young people: the layout shows the council, not the platform or signing in. */
	@org.springframework.web.bind.annotation.ModelAttribute
	void forYoungPeople(Model model, HttpServletRequest request, HttpServletResponse response) {
		// A survey's address is its key: never pass it on to another page or site.
		response.setHeader("Referrer-Policy", "no-referrer");
		model.addAttribute("forYoungPeople", true);
		model.addAttribute("councilName", councilName(request));
	}

	@GetMapping("/surveys/{token}")
	String survey(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
		return survey(token, model, request, response, FormErrors.none(), Map.of());
	}

	private String survey(String token, Model model, HttpServletRequest request, HttpServletResponse response,
			FormErrors errors, Map<String, List<String>> given) {
		SurveyResponding.SurveyForm survey = responding.survey(token);
		model.addAttribute("councilName", councilName(request));
		model.addAttribute("survey", survey);
		model.addAttribute("token", token);
		if (survey.refusal() != null) {
			response.setStatus(HttpStatus.GONE.value());
			model.addAttribute("message", survey.refusal());
			return "consultation/public/closed";
		}
		model.addAttribute("errors", errors);
		model.addAttribute("given", given);
		model.addAttribute("ageBands", Choice.of(AgeBand.class));
		model.addAttribute("careStatuses", Choice.of(CareStatus.class));
		return "consultation/public/survey";
	}

	@PostMapping("/surveys/{token}")
	String respond(@PathVariable String council, @PathVariable String token,
			@RequestParam MultiValueMap<String, String> params, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		if (request.getContentLengthLong() > LARGEST_RESPONSE) {
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			model.addAttribute("councilName", councilName(request));
			model.addAttribute("message", "Your answers were too long to send. Please shorten them and try again.");
			return "consultation/public/closed";
		}
		Map<Long, List<String>> answers = new HashMap<>();
		Map<String, List<String>> given = new HashMap<>();
		List<String> unknown = new ArrayList<>();
		params.forEach((name, values) -> {
			if (name.matches("q\\d{1,18}")) {
				answers.put(Long.valueOf(name.substring(1)), values);
				given.put(name, values);
			}
			else if (!name.equals("ageBand") && !name.equals("careStatus")) {
				unknown.add(name);
			}
		});
		try {
			if (!unknown.isEmpty()) {
				throw InvalidInputException.of(unknown.getFirst(), "This is not part of the survey");
			}
			responding.respond(token, new Submission(answers, demographic(AgeBand.class, params.getFirst("ageBand")),
					demographic(CareStatus.class, params.getFirst("careStatus"))));
			return "redirect:/young-people/" + council + "/surveys/" + token + "/thank-you";
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			given.put("ageBand", params.getOrDefault("ageBand", List.of()));
			given.put("careStatus", params.getOrDefault("careStatus", List.of()));
			return survey(token, model, request, response, FormErrors.of(ex), given);
		}
		catch (Refused ex) {
			response.setStatus(ex.tooMany() ? HttpStatus.TOO_MANY_REQUESTS.value() : HttpStatus.GONE.value());
			model.addAttribute("councilName", councilName(request));
			model.addAttribute("message", ex.getMessage());
			model.addAttribute("tryAgain", ex.tooMany());
			return "consultation/public/closed";
		}
	}

	@GetMapping("/surveys/{token}/thank-you")
	String thankYou(@PathVariable String council, Model model, HttpServletRequest request) {
		model.addAttribute("councilName", councilName(request));
		model.addAttribute("council", council);
		return "consultation/public/thank-you";
	}

	@GetMapping("/you-said-we-did")
	String youSaidWeDid(Model model, HttpServletRequest request) {
		model.addAttribute("councilName", councilName(request));
		model.addAttribute("findings", findings.published());
		return "consultation/public/you-said-we-did";
	}

	/** A survey address that leads nowhere in this council: the same polite page as any unknown address. */
	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model, HttpServletRequest request) {
		model.addAttribute("councilName", councilName(request));
		model.addAttribute("message", "There is no survey at this address. Check the link you were given.");
		return "consultation/public/closed";
	}

	private static <E extends Enum<E>> E demographic(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.of(type == AgeBand.class ? "ageBand" : "careStatus", "Choose from the list");
		}
	}

	private static String councilName(HttpServletRequest request) {
		return CouncilRequestFilter.councilOf(request).map(Council::name).orElse("");
	}
}
