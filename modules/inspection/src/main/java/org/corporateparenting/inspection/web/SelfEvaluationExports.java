package org.corporateparenting.inspection.web;

import java.util.Map;

import org.corporateparenting.inspection.application.SelfEvaluationDocument;
import org.corporateparenting.tenancy.Council;
import org.corporateparenting.tenancy.Councils;
import org.corporateparenting.web.Downloads;
import org.corporateparenting.web.PdfDocuments;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** A version of the self-evaluation as it is sent: a printable page and a tagged PDF. */
@Component
class SelfEvaluationExports {

	private final PdfDocuments documents;

	private final Councils councils;

	SelfEvaluationExports(PdfDocuments documents, Councils councils) {
		this.documents = documents;
		this.councils = councils;
	}

	String printable(String council, SelfEvaluationDocument document) {
		return documents.html("inspection/print", model(council, document));
	}

	ResponseEntity<byte[]> pdf(String council, SelfEvaluationDocument document) {
		var selfEvaluation = document.selfEvaluation();
		return Downloads.attachment(documents.pdf("inspection/print", model(council, document)),
				MediaType.APPLICATION_PDF, council + "-self-evaluation-" + selfEvaluation.getYear() + "-version-"
						+ selfEvaluation.getEdition() + ".pdf");
	}

	private Map<String, Object> model(String council, SelfEvaluationDocument document) {
		return Map.of("document", document, "councilName", councils.find(council).map(Council::name).orElse(council));
	}
}
