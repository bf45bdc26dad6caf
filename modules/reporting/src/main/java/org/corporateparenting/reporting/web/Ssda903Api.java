package org.corporateparenting.reporting.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corporateparenting.reporting.application.MeasurementRecording;
import org.corporateparenting.reporting.application.Ssda903Extract;
import org.corporateparenting.reporting.application.Ssda903Import;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.Spreadsheets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A year's national indicators from the council's SSDA903 return: the tables as CSV or XLSX files, in the parts
 * {@code header}, {@code episodes}, {@code oc2}, {@code oc3} and {@code missing}; only the figures worked out are kept.
 */
@RestController
@RequestMapping("/api/councils/{council}/ssda903")
@Tag(name = "Reporting")
class Ssda903Api {

	private final Ssda903Import imports;

	Ssda903Api(Ssda903Import imports) {
		this.imports = imports;
	}

	@PostMapping(value = "/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "The figures an SSDA903 extract gives for a year, beside what is recorded; records nothing. "
			+ "Every problem of the tables is listed by table, row and column")
	MeasurementRecording.UploadPreview preview(MultipartHttpServletRequest request,
			@RequestParam(required = false) @Nullable String period) {
		return imports.preview(tables(request), period).figures();
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Record the year's figures an SSDA903 extract gives, all or none")
	Map<String, Integer> record(MultipartHttpServletRequest request,
			@RequestParam(required = false) @Nullable String period, Principal author) {
		return Map.of("recorded", imports.record(tables(request), period, author.getName()));
	}

	/** Each table given, read from its part; a part left empty is a table not given. */
	static Map<String, List<Spreadsheets.Row>> tables(MultipartHttpServletRequest request) {
		Map<String, List<Spreadsheets.Row>> tables = new LinkedHashMap<>();
		for (String table : Ssda903Extract.TABLES) {
			MultipartFile file = request.getFile(table);
			if (file != null && !file.isEmpty()) {
				try {
					tables.put(table, Spreadsheets.read(
							file.getOriginalFilename() == null ? table + ".csv" : file.getOriginalFilename(),
							file.getInputStream(), Ssda903Extract.COLUMNS.get(table)));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				catch (InvalidInputException ex) {
					throw new InvalidInputException(ex.problems()
						.stream()
						.map(problem -> new FieldProblem(table, Ssda903Extract.label(table) + " table: "
								+ problem.message()))
						.toList());
				}
			}
		}
		return tables;
	}
}
