package org.corporateparenting.platform.local;

import java.util.List;

import org.corporateparenting.tenancy.Councils;
import org.corporateparenting.web.PageController;
import org.springframework.context.annotation.Profile;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The local identity provider's sign-in form, listing the demo people one can sign in as. */
@PageController
@Profile("local")
class SignInPage {

	private final Councils councils;

	SignInPage(Councils councils) {
		this.councils = councils;
	}

	@GetMapping("/login")
	String signIn(Model model) {
		model.addAttribute("demoPassword", LocalIdentityProvider.DEMO_PASSWORD);
		model.addAttribute("councils", councils.all()
			.stream()
			.map(council -> new DemoCouncil(council.name(), DemoIdentities.COUNCIL_ROLES.keySet()
				.stream()
				.map(suffix -> council.slug() + suffix)
				.toList()))
			.toList());
		return "login";
	}

	record DemoCouncil(String name, List<String> users) {
	}
}
