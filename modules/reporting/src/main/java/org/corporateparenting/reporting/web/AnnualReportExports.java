package org.corporateparenting.reporting.web;

import java.util.Map;

import org.corporateparenting.reporting.application.AnnualReporting;
import org.corporateparenting.web.Downloads;
import org.corporateparenting.web.PdfDocuments;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The board's annual report as a document: the HTML page and the tagged PDF are the same template. */
@Component
class AnnualReportExports {

	static final String TEMPLATE = "reporting/annual-report-document";

	private final AnnualReporting reports;

	private final PdfDocuments documents;

	AnnualReportExports(AnnualReporting reports, PdfDocuments documents) {
		this.reports = reports;
		this.documents = documents;
	}

	ResponseEntity<byte[]> pdf(String council, long id) {
		AnnualReporting.Report report = reports.read(id);
		byte[] pdf = documents.pdf(TEMPLATE, Map.of("report", report, "print", true));
		return Downloads.attachment(pdf, MediaType.APPLICATION_PDF,
				council + "-" + Downloads.slug(report.report().title()) + "-" + report.report().year() + "-edition-"
						+ report.report().edition() + ".pdf");
	}
}
