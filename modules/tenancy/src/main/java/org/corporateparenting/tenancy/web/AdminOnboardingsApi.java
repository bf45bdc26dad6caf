package org.corporateparenting.tenancy.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.corporateparenting.tenancy.onboarding.BundleOnboarding.BundleRefusedException;
import org.corporateparenting.tenancy.onboarding.BundleOnboarding.Preview;
import org.corporateparenting.tenancy.onboarding.BundleOnboarding;
import org.corporateparenting.tenancy.onboarding.Onboardings.Onboarding;
import org.corporateparenting.tenancy.onboarding.Onboardings;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Platform admins onboarding a council from its own documents: {@code council.yaml} and any module's file, as files
 * ({@code files}) or one zip ({@code bundle}) of a multipart upload. The preview checks them all together and
 * writes nothing; onboarding runs in the background, and its progress is a resource of its own.
 */
@RestController
@RequestMapping("/api/admin/councils")
@Tag(name = "Admin: councils")
class AdminOnboardingsApi {

	static final URI BUNDLE_PROBLEMS = URI.create("urn:cpp:problem:bundle-problems");

	private final BundleOnboarding bundles;

	private final Onboardings onboardings;

	AdminOnboardingsApi(BundleOnboarding bundles, Onboardings onboardings) {
		this.bundles = bundles;
		this.onboardings = onboardings;
	}

	@PostMapping(path = "/bundles/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Check a council's files together (each against the others too) and list every problem with"
			+ " its file, line and field; writes nothing")
	Preview preview(@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
			@RequestParam(name = "bundle", required = false) @Nullable MultipartFile zip) {
		return bundles.preview(UploadedBundles.of(files, zip));
	}

	@PostMapping(path = "/bundles", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Onboard a council from its files in the background: 202 with the onboarding's progress"
			+ " address; 400 with every problem, writing nothing, when the files have any")
	@ApiResponse(responseCode = "202", description = "The council is being onboarded; poll its progress at the address"
			+ " given", headers = @Header(name = "Location", description = "The address of the onboarding's progress, to poll",
					schema = @Schema(type = "string", format = "uri-reference",
							example = "/api/admin/councils/onboardings/5f0c2a9e-0d7b-4e34-9a8e-2b1f6c3d4e5a")))
	@ResponseStatus(HttpStatus.ACCEPTED)
	ResponseEntity<Onboarding> onboard(@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
			@RequestParam(name = "bundle", required = false) @Nullable MultipartFile zip, Principal admin) {
		Onboarding started = bundles.start(UploadedBundles.of(files, zip), admin.getName());
		return ResponseEntity.accepted()
			.location(URI.create("/api/admin/councils/onboardings/" + started.id()))
			.body(started);
	}

	@GetMapping("/onboardings/{id}")
	@Operation(summary = "How an onboarding is going: steps done of steps, the step under way, and why it failed")
	Onboarding onboarding(@PathVariable String id) {
		return onboardings.find(id).orElseThrow(() -> new NotFoundException("No onboarding " + id));
	}

	/** A bundle with problems: 400 with every problem, each with its file, line and field. */
	@ExceptionHandler(BundleRefusedException.class)
	ProblemDetail refused(BundleRefusedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				ex.problems().size() == 1 ? "1 problem in the council's files"
						: ex.problems().size() + " problems in the council's files");
		problem.setType(BUNDLE_PROBLEMS);
		problem.setTitle("Invalid input");
		problem.setProperty("problems", ex.problems());
		// The same problems in the shape of every other 400, each field named with its file.
		problem.setProperty("errors", ex.problems()
			.stream()
			.map(each -> new FieldProblem(each.file() + ":" + each.field(),
					(each.line() == null ? "" : "Line " + each.line() + ": ") + each.message()))
			.toList());
		return problem;
	}
}
