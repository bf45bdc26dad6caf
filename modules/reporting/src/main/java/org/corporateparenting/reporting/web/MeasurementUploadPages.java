package org.corporateparenting.reporting.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.corporateparenting.reporting.application.MeasurementRecording;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.FormErrors;
import org.corporateparenting.web.Forms;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.PageController;
import org.corporateparenting.web.Spreadsheets;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Figures entered by uploading a spreadsheet: previewed with every problem first, then applied. */
@PageController
@RequestMapping("/councils/{council}")
class MeasurementUploadPages {

	private final MeasurementRecording recording;

	MeasurementUploadPages(MeasurementRecording recording) {
		this.recording = recording;
	}

	@GetMapping("/indicators/upload")
	@PreAuthorize(Access.EDIT)
	String upload(Model model, Authentication caller) {
		model.addAttribute("preview", null);
		return ReportingPageSupport.page(model, caller, FormErrors.none(), Map.of(), "reporting/upload");
	}

	@PostMapping("/indicators/upload")
	@PreAuthorize(Access.EDIT)
	String preview(@RequestParam(required = false) @Nullable MultipartFile file, Model model, Authentication caller) {
		FormErrors errors = FormErrors.none();
		model.addAttribute("preview", null);
		try {
			if (file == null || file.isEmpty()) {
				throw InvalidInputException.of("file", "Choose a CSV or XLSX file of figures");
			}
			List<Spreadsheets.Row> rows = Spreadsheets.read(
					file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename(), file.getInputStream(),
					MeasurementRecording.COLUMNS);
			MeasurementRecording.UploadPreview preview = recording.preview(rows);
			model.addAttribute("preview", preview);
			model.addAttribute("checkedRows", new String(normalised(rows, preview), StandardCharsets.UTF_8));
			if (!preview.problems().isEmpty()) {
				errors = new FormErrors(preview.problems());
			}
		}
		catch (InvalidInputException ex) {
			errors = FormErrors.of(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ReportingPageSupport.page(model, caller, errors, Map.of(), "reporting/upload");
	}

	@PostMapping("/indicators/upload/apply")
	@PreAuthorize(Access.EDIT)
	String apply(@PathVariable String council, @RequestParam String checkedRows, Model model, Authentication caller,
			Principal author, RedirectAttributes redirect) {
		List<Spreadsheets.Row> rows = Spreadsheets.read("preview.csv",
				new ByteArrayInputStream(checkedRows.getBytes(StandardCharsets.UTF_8)));
		return Forms.submit(() -> {
			int recorded = recording.apply(rows, author.getName());
			redirect.addFlashAttribute("notice",
					recorded + (recorded == 1 ? " figure has" : " figures have") + " been recorded");
			return "redirect:/councils/" + council + "/indicators";
		}, errors -> {
			model.addAttribute("preview", null);
			return ReportingPageSupport.page(model, caller, errors, Map.of(), "reporting/upload");
		}, "file");
	}

	/**
	 * The rows as a CSV in the upload's own columns, to travel with the preview's confirm form, with the version of
	 * each period's figures as the preview found them, so that confirming never overwrites a change made since.
	 */
	private static byte[] normalised(List<Spreadsheets.Row> rows, MeasurementRecording.UploadPreview preview) {
		Map<Integer, Long> versions = new java.util.HashMap<>();
		preview.rows().stream().filter(row -> row.version() != null).forEach(row -> versions.put(row.row(), row.version()));
		List<String> headings = new ArrayList<>(MeasurementRecording.HEADINGS);
		headings.add(MeasurementRecording.VERSION);
		List<List<String>> values = new ArrayList<>();
		for (Spreadsheets.Row row : rows) {
			List<String> line = new ArrayList<>(MeasurementRecording.HEADINGS.stream()
				.map(heading -> row.values().getOrDefault(heading, ""))
				.toList());
			line.add(versions.containsKey(row.number()) ? "" + versions.get(row.number()) : "");
			values.add(line);
		}
		return Spreadsheets.csv(headings, values);
	}
}
