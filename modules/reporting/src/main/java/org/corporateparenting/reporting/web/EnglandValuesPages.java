package org.corporateparenting.reporting.web;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.corporateparenting.reporting.application.EnglandValues;
import org.corporateparenting.reporting.application.NationalIndicators;
import org.corporateparenting.web.Choice;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.FormErrors;
import org.corporateparenting.web.Forms;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.PageController;
import org.corporateparenting.web.SubmittedForm;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Platform admins' page for the national indicator catalogue and England's values. */
@PageController
@RequestMapping("/admin/indicators")
class EnglandValuesPages {

	private final NationalIndicators indicators;

	private final EnglandValues england;

	EnglandValuesPages(NationalIndicators indicators, EnglandValues england) {
		this.indicators = indicators;
		this.england = england;
	}

	@GetMapping
	String page(Model model) {
		return page(model, FormErrors.none(), Map.of());
	}

	private String page(Model model, FormErrors errors, Map<String, ?> form) {
		model.addAttribute("indicators", indicators.all());
		model.addAttribute("indicatorChoices",
				indicators.all().stream().map(i -> new Choice(i.code(), i.code() + ": " + i.name())).toList());
		model.addAttribute("englandValues", england.all());
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		return "reporting/admin-indicators";
	}

	@PostMapping("/england-values")
	String set(EnglandValueForm form, Model model, Principal author, RedirectAttributes redirect) {
		return Forms.submit(() -> {
			String code = form.indicator();
			List<FieldProblem> problems = new ArrayList<>();
			if (code == null || indicators.find(code).isEmpty()) {
				problems.add(new FieldProblem("indicator", "Choose a national indicator"));
			}
			BigDecimal value = ReportingForms.decimal("value", form.value(), problems);
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			var saved = england.set(code, form.period(), value, "true".equals(form.illustrative()), author.getName());
			redirect.addFlashAttribute("notice", "England's value of " + saved.indicatorCode() + " for "
					+ saved.period() + " has been saved");
			return "redirect:/admin/indicators";
		}, errors -> page(model, errors, form.fields()), "indicator");
	}

	/** England's value of a national indicator for a period, as typed. */
	record EnglandValueForm(@Nullable String indicator, @Nullable String period, @Nullable String value,
			@Nullable String illustrative) implements SubmittedForm {
	}
}
