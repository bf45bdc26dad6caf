package org.corporateparenting.reporting.web;

import java.security.Principal;
import java.util.Map;

import org.corporateparenting.reporting.application.StatisticalNeighbours;
import org.corporateparenting.web.FormErrors;
import org.corporateparenting.web.Forms;
import org.corporateparenting.web.PageController;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Platform admins' page for loading the statistical neighbour table. */
@PageController
@RequestMapping("/admin/statistical-neighbours")
class StatisticalNeighboursPages {

	private final StatisticalNeighbours neighbours;

	StatisticalNeighboursPages(StatisticalNeighbours neighbours) {
		this.neighbours = neighbours;
	}

	@GetMapping
	String page(Model model) {
		return page(model, FormErrors.none(), Map.of());
	}

	private String page(Model model, FormErrors errors, Map<String, ?> form) {
		model.addAttribute("table", neighbours.loaded());
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		return "reporting/admin-statistical-neighbours";
	}

	@GetMapping("/table.csv")
	ResponseEntity<byte[]> table() {
		return StatisticalNeighboursFile.csv(neighbours.all());
	}

	@PostMapping
	String load(@RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable Long version,
			@RequestParam(required = false) @Nullable String illustrative,
			@RequestParam(required = false) @Nullable String source, Model model, Principal author,
			RedirectAttributes redirect) {
		Map<String, String> form = new java.util.HashMap<>();
		form.put("illustrative", illustrative == null ? "" : illustrative);
		form.put("source", source == null ? "" : source);
		return Forms.submit(() -> {
			var loaded = neighbours.load(StatisticalNeighboursApi.rows(file), version, "true".equals(illustrative),
					source, author.getName());
			redirect.addFlashAttribute("notice", "The statistical neighbour table has been loaded: " + loaded.councils()
					+ (loaded.councils() == 1 ? " council" : " councils"));
			return "redirect:/admin/statistical-neighbours";
		}, errors -> page(model, errors, form), "file");
	}
}
