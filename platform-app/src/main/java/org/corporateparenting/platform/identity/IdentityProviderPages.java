package org.corporateparenting.platform.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.corporateparenting.platform.identity.IdentityProviderForm.MappingRow;
import org.corporateparenting.tenancy.Council;
import org.corporateparenting.tenancy.Councils;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.Choice;
import org.corporateparenting.web.CouncilPermissions.Role;
import org.corporateparenting.web.FormErrors;
import org.corporateparenting.web.Forms;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.NotFoundException;
import org.corporateparenting.web.PageController;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The council admins' page for the council's identity provider: its issuer, claim and audience, the table of which
 * group gives which role (a row to fill in at the end; "Add another mapping" for more), its history, and a check of
 * what a pasted token would get, shown in place (htmx) or as the page again without JavaScript.
 */
@PageController
@RequestMapping("/councils/{council}/identity-provider")
@PreAuthorize(Access.ADMINISTER)
class IdentityProviderPages {

	private static final String PAGE = "council/identity-provider";

	private final IdentityProviderManagement management;

	private final Councils councils;

	IdentityProviderPages(IdentityProviderManagement management, Councils councils) {
		this.management = management;
		this.councils = councils;
	}

	@GetMapping
	String identityProvider(@PathVariable String council, Model model) {
		return show(council, model, FormErrors.none(), null);
	}

	@PostMapping
	String save(@PathVariable String council, IdentityProviderForm form,
			@RequestParam(name = "add", required = false) @Nullable String add, Authentication caller, Model model,
			RedirectAttributes redirect) {
		if (add != null) {
			return show(council, model, FormErrors.none(), form.kept(false));
		}
		IdentityProviderForm kept = form.kept(true);
		return Forms.submit(() -> {
			management.save(council, kept.toRequest(), caller.getName());
			redirect.addFlashAttribute("notice", "The identity provider has been saved");
			return "redirect:/councils/" + council + "/identity-provider";
		}, errors -> show(council, model, errors, kept), "issuer");
	}

	/** The token is read for its claims and shown as what it would get; it is not put back into the page. */
	@PostMapping("/token-check")
	String checkToken(@PathVariable String council, @RequestParam(name = "token", required = false) @Nullable String token,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		model.addAttribute("checkErrors", FormErrors.none());
		try {
			model.addAttribute("check", management.check(council, token));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("checkErrors", FormErrors.of(ex));
		}
		if (htmx != null) {
			model.addAttribute("organisations", management.organisations());
			return PAGE + " :: tokenCheck";
		}
		return show(council, model, FormErrors.none(), null);
	}

	private String show(String council, Model model, FormErrors errors, @Nullable IdentityProviderForm typed) {
		Council shown = councils.find(council).orElseThrow(() -> new NotFoundException("No council " + council));
		IdentityProviderView provider = management.current(council);
		List<MappingRow> rows = new ArrayList<>(typed != null ? typed.rows()
				: provider.mappings().stream().map(MappingRow::of).toList());
		rows.add(MappingRow.EMPTY);
		model.addAttribute("council", shown);
		model.addAttribute("provider", provider);
		model.addAttribute("platformAudience", management.platformAudience());
		model.addAttribute("form", typed == null ? Map.of() : typed.fields());
		model.addAttribute("rows", rows);
		model.addAttribute("errors", errors);
		model.addAttribute("roles", Choice.of(Role.class));
		Map<String, String> organisations = management.organisations();
		model.addAttribute("organisations", organisations);
		model.addAttribute("organisationChoices", organisations.entrySet()
			.stream()
			.map(organisation -> new Choice(organisation.getKey(), organisation.getValue()))
			.toList());
		model.addAttribute("history", management.history(council));
		if (!model.containsAttribute("checkErrors")) {
			model.addAttribute("checkErrors", FormErrors.none());
		}
		return PAGE;
	}
}
