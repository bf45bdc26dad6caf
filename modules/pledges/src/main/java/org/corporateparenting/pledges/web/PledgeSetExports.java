package org.corporateparenting.pledges.web;

import java.util.List;
import java.util.Map;

import org.corporateparenting.pledges.application.PledgeManagement;
import org.corporateparenting.pledges.domain.Pledge;
import org.corporateparenting.pledges.domain.PledgeSet;
import org.corporateparenting.pledges.domain.PledgeTheme;
import org.corporateparenting.tenancy.Council;
import org.corporateparenting.tenancy.Councils;
import org.corporateparenting.web.Downloads;
import org.corporateparenting.web.PdfDocuments;
import org.corporateparenting.web.Spreadsheets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** A pledge set as councils hand it out: a printable page, a PDF, and a CSV of its pledges. */
@Component
class PledgeSetExports {

	private final PledgeManagement pledges;

	private final PdfDocuments documents;

	private final Councils councils;

	PledgeSetExports(PledgeManagement pledges, PdfDocuments documents, Councils councils) {
		this.pledges = pledges;
		this.documents = documents;
		this.councils = councils;
	}

	String printable(String council, long id) {
		return documents.html("pledges/print", model(council, id));
	}

	ResponseEntity<byte[]> pdf(String council, long id) {
		return Downloads.attachment(documents.pdf("pledges/print", model(council, id)), MediaType.APPLICATION_PDF,
				fileName(council, id, "pdf"));
	}

	ResponseEntity<byte[]> csv(String council, long id) {
		PledgeSet set = pledges.set(id);
		List<List<String>> rows = set.getThemes()
			.stream()
			.flatMap(theme -> theme.getPledges().stream().map(pledge -> row(theme, pledge)))
			.toList();
		return Downloads.attachment(Spreadsheets.csv(List.of("Theme", "Number", "Pledge", "Measurable commitment", "Target",
				"Unit", "Period"), rows), Downloads.CSV, fileName(council, id, "csv"));
	}

	private static List<String> row(PledgeTheme theme, Pledge pledge) {
		var commitment = pledge.getCommitment();
		return List.of(theme.getTitle(), String.valueOf(pledge.getNumber()), pledge.getText(),
				commitment == null ? "" : commitment.description(),
				commitment == null ? "" : String.valueOf(commitment.target()), commitment == null ? "" : commitment.unit(),
				commitment == null ? "" : commitment.period().name());
	}

	private Map<String, Object> model(String council, long id) {
		return Map.of("set", pledges.set(id), "councilName",
				councils.find(council).map(Council::name).orElse(council));
	}

	private String fileName(String council, long id, String extension) {
		return council + "-" + Downloads.slug(pledges.set(id).getTitle()) + "." + extension;
	}
}
