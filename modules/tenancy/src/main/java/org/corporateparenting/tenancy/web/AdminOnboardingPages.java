package org.corporateparenting.tenancy.web;

import java.security.Principal;
import java.util.List;

import org.corporateparenting.tenancy.BundleProblem;
import org.corporateparenting.tenancy.CouncilBundle;
import org.corporateparenting.tenancy.onboarding.BundleOnboarding;
import org.corporateparenting.tenancy.onboarding.BundleOnboarding.BundleRefusedException;
import org.corporateparenting.tenancy.onboarding.BundleOnboarding.Preview;
import org.corporateparenting.tenancy.onboarding.BundleUploads;
import org.corporateparenting.tenancy.onboarding.Onboardings;
import org.corporateparenting.tenancy.onboarding.Onboardings.Onboarding;
import org.corporateparenting.web.FormErrors;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.NotFoundException;
import org.corporateparenting.web.PageController;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Platform admins onboarding a council from its documents on the admin pages: upload the files (or a zip), see every
 * problem in them, confirm, and watch the onboarding's progress until the council is on the platform.
 */
@PageController
@RequestMapping("/admin/councils")
class AdminOnboardingPages {

	private final BundleOnboarding bundles;

	private final BundleUploads uploads;

	private final Onboardings onboardings;

	AdminOnboardingPages(BundleOnboarding bundles, BundleUploads uploads, Onboardings onboardings) {
		this.bundles = bundles;
		this.uploads = uploads;
		this.onboardings = onboardings;
	}

	@GetMapping("/bundles/new")
	String upload(Model model) {
		model.addAttribute("errors", FormErrors.none());
		return "admin/bundle-upload";
	}

	@PostMapping("/bundles/preview")
	String preview(@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
			Principal admin, Model model) {
		CouncilBundle bundle;
		try {
			bundle = UploadedBundles.of(files, null);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", FormErrors.of(ex));
			return "admin/bundle-upload";
		}
		Preview preview = bundles.preview(bundle);
		if (preview.valid()) {
			model.addAttribute("upload", uploads.keep(bundle, admin.getName()));
		}
		return preview(model, preview, preview.problems());
	}

	@PostMapping("/bundles/{upload}")
	String onboard(@PathVariable String upload, Principal admin, Model model) {
		CouncilBundle bundle = uploads.take(upload, admin.getName())
			.orElseThrow(() -> new NotFoundException("Those files are no longer kept: upload them again"));
		try {
			return "redirect:/admin/councils/onboardings/" + bundles.start(bundle, admin.getName()).id();
		}
		catch (BundleRefusedException ex) {
			return preview(model, bundles.preview(bundle), ex.problems());
		}
	}

	@GetMapping("/onboardings/{id}")
	String onboarding(@PathVariable String id, Model model) {
		model.addAttribute("onboarding", find(id));
		return "admin/onboarding";
	}

	/** The progress panel alone, which the page polls (htmx) while the onboarding runs. */
	@GetMapping("/onboardings/{id}/progress")
	String progress(@PathVariable String id, Model model) {
		model.addAttribute("onboarding", find(id));
		return "admin/onboarding :: progress";
	}

	private String preview(Model model, Preview preview, List<BundleProblem> problems) {
		model.addAttribute("preview", preview);
		model.addAttribute("problems", problems);
		return "admin/bundle-preview";
	}

	private Onboarding find(String id) {
		return onboardings.find(id).orElseThrow(() -> new NotFoundException("No onboarding " + id));
	}
}
