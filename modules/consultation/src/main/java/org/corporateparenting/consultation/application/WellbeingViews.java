package org.corporateparenting.consultation.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.corporateparenting.consultation.ConsultationStatus;
import org.corporateparenting.consultation.WellbeingDomain;
import org.corporateparenting.consultation.WellbeingTemplate;
import org.corporateparenting.consultation.WellbeingVersion;
import org.corporateparenting.tenancy.RecordHistory;
import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/** The well-being survey's records as the API returns them and the pages show them. */
public final class WellbeingViews {

	private WellbeingViews() {
	}

	/** One version of the template: what young people are told, and its questions by domain. */
	@Schema(name = "WellbeingTemplateVersion")
	public record TemplateVersion(WellbeingVersion version, String label, String topic, String intro, int edition,
			List<TemplateDomain> domains) {

		static TemplateVersion of(WellbeingVersion version) {
			List<WellbeingTemplate.TemplateQuestion> questions = WellbeingTemplate.questions(version);
			List<TemplateDomain> domains = Arrays.stream(WellbeingDomain.values())
				.map(domain -> new TemplateDomain(domain, domain.label(), domain.meaning(),
						questions.stream().filter(q -> q.domain() == domain).toList()))
				.toList();
			return new TemplateVersion(version, version.label(), WellbeingTemplate.topic(version),
					WellbeingTemplate.intro(version), WellbeingTemplate.EDITION, domains);
		}
	}

	@Schema(name = "WellbeingTemplateDomain")
	public record TemplateDomain(WellbeingDomain domain, String label, String meaning,
			List<WellbeingTemplate.TemplateQuestion> questions) {
	}

	/** A survey started from the template, as the council's list of them shows it. */
	@Schema(name = "WellbeingSurveyView")
	public record WellbeingSurveyView(long consultationId, String topic, WellbeingVersion version, String versionLabel,
			int edition, ConsultationStatus status, LocalDate closesOn, long responses) {
	}

	/**
	 * A template survey's results as they would be shared: each domain, then each template question, with the share
	 * of young people whose answers say things are going well ({@code c} when too few answered).
	 */
	@Schema(name = "WellbeingSurveyResults")
	public record WellbeingSurveyResults(long consultationId, String topic, WellbeingVersion version,
			String respondents, List<WellbeingFigure> domains, List<WellbeingFigure> questions) {
	}

	/**
	 * @param key the domain's name or the question's key
	 * @param answered how many answered, as shown ({@code c} for 1 to below the threshold)
	 * @param share the percentage going well, as shown, or {@code c}
	 */
	@Schema(name = "WellbeingFigure")
	public record WellbeingFigure(String key, WellbeingDomain domain, String label, String answered, String share,
			@Nullable BigDecimal value, boolean suppressed) {
	}

	/** Whether the council takes part in the comparison, the version to give when changing it, and its history. */
	@Schema(name = "WellbeingSharingView")
	public record SharingView(boolean optedIn, long version, List<RecordHistory.Change> history) {
	}
}
