package org.corporateparenting.reporting.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.corporateparenting.reporting.application.MeasurementRecording;
import org.corporateparenting.reporting.application.Ssda903Import;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.FormErrors;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.PageController;
import org.corporateparenting.web.Spreadsheets;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * An officer gives the year's SSDA903 tables and sees the figures they give beside what is recorded; confirming
 * sends only those figures, as a checked upload, to the figures upload's confirm step.
 */
@PageController
@RequestMapping("/councils/{council}/indicators/ssda903")
class Ssda903Pages {

	private final Ssda903Import imports;

	Ssda903Pages(Ssda903Import imports) {
		this.imports = imports;
	}

	@GetMapping
	@PreAuthorize(Access.EDIT)
	String form(Model model, Authentication caller) {
		model.addAttribute("preview", null);
		return ReportingPageSupport.page(model, caller, FormErrors.none(), Map.of(), "reporting/ssda903");
	}

	@PostMapping
	@PreAuthorize(Access.EDIT)
	String preview(MultipartHttpServletRequest request, @RequestParam(required = false) @Nullable String period,
			Model model, Authentication caller) {
		FormErrors errors = FormErrors.none();
		model.addAttribute("preview", null);
		try {
			Ssda903Import.Preview preview = imports.preview(Ssda903Api.tables(request), period);
			model.addAttribute("preview", preview.figures());
			model.addAttribute("checkedRows", new String(checked(preview), StandardCharsets.UTF_8));
		}
		catch (InvalidInputException ex) {
			errors = FormErrors.of(ex);
		}
		return ReportingPageSupport.page(model, caller, errors, Map.of("period", period == null ? "" : period),
				"reporting/ssda903");
	}

	/** The figures as the upload's confirm step reads them, with the version of each as the preview found it. */
	private static byte[] checked(Ssda903Import.Preview preview) {
		List<String> headings = new ArrayList<>(MeasurementRecording.HEADINGS);
		headings.add(MeasurementRecording.VERSION);
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < preview.rows().size(); i++) {
			Spreadsheets.Row row = preview.rows().get(i);
			MeasurementRecording.UploadRow seen = preview.figures().rows().get(i);
			List<String> values = new ArrayList<>();
			MeasurementRecording.HEADINGS.forEach(heading -> values.add(row.values().getOrDefault(heading, "")));
			values.add(seen.version() == null ? "" : String.valueOf(seen.version()));
			rows.add(values);
		}
		return Spreadsheets.csv(headings, rows);
	}
}
