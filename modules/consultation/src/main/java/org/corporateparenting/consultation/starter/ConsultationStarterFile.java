package org.corporateparenting.consultation.starter;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.corporateparenting.consultation.ActivityKind;
import org.corporateparenting.consultation.Audience;
import org.corporateparenting.consultation.ConsultationStatus;
import org.corporateparenting.consultation.DesignedBy;
import org.corporateparenting.consultation.ForumKind;
import org.corporateparenting.consultation.Method;
import org.corporateparenting.consultation.QuestionType;
import org.corporateparenting.consultation.ResponseStatus;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * The shape of a council's {@code consultation.yaml}: its forums of young people and what they did, and its
 * consultations with their surveys, any illustrative responses, and findings with the council's responses.
 */
record ConsultationStarterFile(List<@NotNull(message = "is empty") @Valid ForumEntry> forums,
		@NotEmpty(message = "needs at least one consultation") List<@NotNull(message = "is empty") @Valid ConsultationEntry> consultations) {

	ConsultationStarterFile {
		forums = forums == null ? List.of() : forums;
	}

	record ForumEntry(@NotBlank(message = "is required") String key, @NotBlank(message = "is required") String name,
			@NotNull(message = "is required") ForumKind kind, Integer ageFrom, Integer ageTo, String meetingPattern,
			List<@NotNull(message = "is empty") @Valid ActivityEntry> activities) {

		ForumEntry {
			activities = activities == null ? List.of() : activities;
		}
	}

	record ActivityEntry(@NotNull(message = "is required") LocalDate date,
			@NotNull(message = "is required") ActivityKind kind, @NotBlank(message = "is required") String description) {
	}

	record ConsultationEntry(@NotBlank(message = "is required") String key,
			@NotBlank(message = "is required") String topic,
			@NotEmpty(message = "is required") Set<Audience> audiences, @NotNull(message = "is required") Method method,
			@NotNull(message = "is required") LocalDate opensOn, @NotNull(message = "is required") LocalDate closesOn,
			@NotNull(message = "is required") ConsultationStatus status,
			@NotNull(message = "is required") DesignedBy designedBy, String informs, String forum, String summary,
			String contactRole, String contactEmail, @Valid SurveyEntry survey, List<@NotNull(message = "is empty") @Valid FindingEntry> findings) {

		ConsultationEntry {
			findings = findings == null ? List.of() : findings;
		}
	}

	record SurveyEntry(String intro, @NotEmpty(message = "needs at least one question") List<@NotNull(message = "is empty") @Valid QuestionEntry> questions,
			@Min(value = 0, message = "must be 0 or more") @Max(value = 2000, message = "must be 2,000 or fewer") Integer illustrativeResponses,
			Boolean linkOpen) {
	}

	record QuestionEntry(@NotBlank(message = "is required") String text, @NotNull(message = "is required") QuestionType type,
			Boolean required, List<@NotBlank(message = "is empty") String> options, String lowLabel, String highLabel,
			Integer maxLength) {
	}

	record FindingEntry(@NotBlank(message = "is required") String theme, @NotBlank(message = "is required") String summary,
			@NotNull(message = "is required") @Min(value = 1, message = "must be 1 or more") Integer raisedBy,
			@Valid ResponseEntry response, Boolean published) {
	}

	record ResponseEntry(@NotBlank(message = "is required") String whatWeWillDo,
			@NotNull(message = "is required") ResponseStatus status, String reason, String actionReference,
			LocalDate toldBackOn, String toldBackHow) {
	}
}
