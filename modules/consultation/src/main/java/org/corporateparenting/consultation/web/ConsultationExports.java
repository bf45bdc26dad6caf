package org.corporateparenting.consultation.web;

import java.util.List;

import org.corporateparenting.consultation.application.ConsultationManagement;
import org.corporateparenting.consultation.application.SurveyResults;
import org.corporateparenting.web.Downloads;
import org.corporateparenting.web.Spreadsheets;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** A survey's results as CSV, suppressed as they are wherever they may be passed on. */
@Component
class ConsultationExports {

	private final ConsultationManagement consultations;

	private final SurveyResults results;

	ConsultationExports(ConsultationManagement consultations, SurveyResults results) {
		this.consultations = consultations;
		this.results = results;
	}

	ResponseEntity<byte[]> resultsCsv(String council, long id) {
		String topic = consultations.consultation(id).topic();
		return Downloads.attachment(Spreadsheets.csv(List.of("Question number", "Question", "Breakdown", "Group",
				"Group size", "Answer", "Count", "Percent"), results.exportRows(id)), Downloads.CSV,
				council + "-" + Downloads.slug(topic) + "-results.csv");
	}
}
