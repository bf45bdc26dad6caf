package org.corporateparenting.reporting.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.List;

import org.corporateparenting.reporting.application.StatisticalNeighbours;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.Spreadsheets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The statistical neighbour table, which platform admins load (it is about councils, not a council's records). */
@RestController
@RequestMapping("/api/admin/statistical-neighbours")
@Tag(name = "Platform admin")
class StatisticalNeighboursApi {

	private final StatisticalNeighbours neighbours;

	StatisticalNeighboursApi(StatisticalNeighbours neighbours) {
		this.neighbours = neighbours;
	}

	@GetMapping
	@Operation(summary = "The statistical neighbour table as last loaded: its version, who loaded it and whether it is illustrative")
	StatisticalNeighbours.Loaded loaded() {
		return neighbours.loaded();
	}

	@GetMapping("/table.csv")
	@Operation(summary = "The table in the form a load reads: council_ons_code, neighbour_1 ... neighbour_10")
	ResponseEntity<byte[]> table() {
		return StatisticalNeighboursFile.csv(neighbours.all());
	}

	@PostMapping(consumes = "multipart/form-data")
	@Operation(summary = "Replace the table with a CSV or XLSX file (council_ons_code, neighbour_1 ... neighbour_10), "
			+ "quoting the version it replaces; every problem is listed by row and column and nothing is written")
	StatisticalNeighbours.Loaded load(@RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable Long version,
			@RequestParam(required = false) @Nullable Boolean illustrative,
			@RequestParam(required = false) @Nullable String source, Principal author) {
		return neighbours.load(rows(file), version, Boolean.TRUE.equals(illustrative), source, author.getName());
	}

	static List<Spreadsheets.Row> rows(@Nullable MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw InvalidInputException.of("file", "Choose the statistical neighbour table, a CSV or XLSX file");
		}
		try {
			return Spreadsheets.read(file.getOriginalFilename() == null ? "neighbours.csv" : file.getOriginalFilename(),
					file.getInputStream(), StatisticalNeighbours.COLUMNS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
