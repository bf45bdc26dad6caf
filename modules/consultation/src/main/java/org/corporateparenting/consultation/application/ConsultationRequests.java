package org.corporateparenting.consultation.application;

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

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the consultation API and pages accept; {@code version} is required when changing a record. */
public final class ConsultationRequests {

	private static final String MAX_200 = "must be 200 characters or fewer";

	private static final String MAX_500 = "must be 500 characters or fewer";

	private static final String MAX_5000 = "must be 5,000 characters or fewer";

	private ConsultationRequests() {
	}

	public record ForumRequest(@NotBlank(message = "Enter the forum's name") @Size(max = 200, message = MAX_200) @Schema(example = "Children in Care Council") String name,
			@NotNull(message = "Choose the kind of forum") ForumKind kind,
			@Min(value = 4, message = "must be 4 or more") @Max(value = 25, message = "must be 25 or less") Integer ageFrom,
			@Min(value = 4, message = "must be 4 or more") @Max(value = 25, message = "must be 25 or less") Integer ageTo,
			@Size(max = 500, message = MAX_500) @Schema(example = "Monthly") String meetingPattern, Long version) {
	}

	public record ActivityRequest(@NotNull(message = "Enter the date") LocalDate date,
			@NotNull(message = "Choose what kind of activity it was") ActivityKind kind,
			@NotBlank(message = "Say what the forum did") @Size(max = 5000, message = MAX_5000) @Schema(example = "The children in care council met the Director to review the pledges") String description) {
	}

	public record ConsultationRequest(
			@NotBlank(message = "Enter the topic") @Size(max = 300, message = "must be 300 characters or fewer") @Schema(example = "Children in Care and Care Leavers survey") String topic,
			@NotEmpty(message = "Choose who is asked") Set<Audience> audiences,
			@NotNull(message = "Choose how they are asked") Method method,
			@NotNull(message = "Enter the date it opens") LocalDate opensOn,
			@NotNull(message = "Enter the date it closes") LocalDate closesOn, ConsultationStatus status,
			@NotNull(message = "Choose who designed it") DesignedBy designedBy,
			@Size(max = 500, message = MAX_500) @Schema(example = "The review of our pledges") String informs, Long forumId,
			@Size(max = 10000, message = "must be 10,000 characters or fewer") @Schema(example = "What children in care think of the support they get") String summary,
			@Size(max = 5000, message = MAX_5000) @Schema(example = "Tell us what it is like to be in care in Walsall") String surveyIntro,
			@Size(max = 200, message = MAX_200) @Schema(example = "Children's Champion") String contactRole,
			@Email(message = "must be an email address, such as participation@council.gov.uk") @Size(max = 254, message = "must be 254 characters or fewer") String contactEmail,
			Long version) {
	}

	public record QuestionRequest(@NotBlank(message = "Enter the question") @Size(max = 500, message = MAX_500) @Schema(example = "Do you feel safe where you live?") String text,
			@NotNull(message = "Choose the kind of question") QuestionType type, @Schema(example = "false") Boolean required,
			@Size(max = 12, message = "must be 12 options or fewer") @Schema(example = "[\"Yes\", \"No\", \"Not sure\"]") List<@NotBlank(message = "must not be blank") @Size(max = 200, message = MAX_200) String> options,
			@Size(max = 60, message = "must be 60 characters or fewer") @Schema(example = "Not happy") String lowLabel,
			@Size(max = 60, message = "must be 60 characters or fewer") @Schema(example = "Very happy") String highLabel,
			@Min(value = 10, message = "must be 10 or more") @Max(value = 2000, message = "must be 2,000 or fewer") Integer maxLength,
			Long version) {
	}

	public record LinkRequest(@Size(max = 200, message = MAX_200) @Schema(example = "Children in Care Council, March") String label, LocalDate closesOn,
			@Min(value = 5, message = "must be 5 or more, so that no one's answers can be picked out") @Max(value = 100000, message = "must be 100,000 or fewer") Integer maxResponses) {
	}

	public record FindingRequest(@NotBlank(message = "Enter the theme") @Size(max = 200, message = MAX_200) @Schema(example = "Lifestyle and Leisure") String theme,
			@NotBlank(message = "Say what young people said") @Size(max = 5000, message = MAX_5000) @Schema(example = "Young people want easier access to leisure facilities") String summary,
			@NotNull(message = "Enter how many raised it") @Min(value = 1, message = "must be 1 or more") Integer raisedBy,
			@Size(max = 5000, message = MAX_5000) @Schema(example = "Make leisure cards available via the TLC Hub or MyPlace") String whatWeWillDo, ResponseStatus responseStatus,
			@Size(max = 5000, message = MAX_5000) @Schema(example = "Leisure cards are already available via the TLC Hub") String reason,
			@Size(max = 40, message = "must be 40 characters or fewer") @Schema(example = "2.3") String actionReference, LocalDate toldBackOn,
			@Size(max = 500, message = MAX_500) @Schema(example = "At the Children in Care Council") String toldBackHow, Long version) {
	}

	public record PublicationRequest(@NotNull(message = "Say whether it is published") @Schema(example = "true") Boolean published,
			Long version) {
	}
}
