package org.corporateparenting.consultation.web;

import java.util.ArrayList;
import java.util.List;

import org.corporateparenting.consultation.application.ConsultationManagement;
import org.corporateparenting.consultation.application.SurveyResults;
import org.corporateparenting.web.Downloads;
import org.corporateparenting.web.Spreadsheets;
import org.corporateparenting.web.disclosure.DisclosureControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** A survey's results as CSV, suppressed as they are wherever they may be passed on, with the symbols' legend. */
@Component
class ConsultationExports {

	private final ConsultationManagement consultations;

	private final SurveyResults results;

	private final DisclosureControl disclosure;

	ConsultationExports(ConsultationManagement consultations, SurveyResults results, DisclosureControl disclosure) {
		this.consultations = consultations;
		this.results = results;
		this.disclosure = disclosure;
	}

	ResponseEntity<byte[]> resultsCsv(String council, long id) {
		String topic = consultations.consultation(id).topic();
		List<List<String>> rows = new ArrayList<>(results.exportRows(id));
		// The legend of the symbols travels with the figures.
		rows.addAll(disclosure.legendRows());
		return Downloads.attachment(Spreadsheets.csv(List.of("Question number", "Question", "Breakdown", "Group",
				"Group size", "Answer", "Count", "Percent"), rows), Downloads.CSV,
				council + "-" + Downloads.slug(topic) + "-results.csv");
	}
}
