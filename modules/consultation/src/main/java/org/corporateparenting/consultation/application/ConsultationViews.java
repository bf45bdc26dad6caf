package org.corporateparenting.consultation.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.corporateparenting.consultation.ActivityKind;
import org.corporateparenting.consultation.AgeBand;
import org.corporateparenting.consultation.Audience;
import org.corporateparenting.consultation.CareStatus;
import org.corporateparenting.consultation.ConsultationStatus;
import org.corporateparenting.consultation.DesignedBy;
import org.corporateparenting.consultation.ForumKind;
import org.corporateparenting.consultation.Method;
import org.corporateparenting.consultation.QuestionType;
import org.corporateparenting.consultation.ResponseStatus;
import org.corporateparenting.consultation.domain.Consultation;
import org.corporateparenting.consultation.domain.Finding;
import org.corporateparenting.consultation.domain.Forum;
import org.corporateparenting.consultation.domain.ForumActivity;
import org.corporateparenting.consultation.domain.Question;
import org.corporateparenting.consultation.domain.SurveyLink;
import org.corporateparenting.strategy.StrategyActions.ActionSummary;
import org.jspecify.annotations.Nullable;

/** The consultation module's records as the API returns them and the pages show them. */
public final class ConsultationViews {

	private ConsultationViews() {
	}

	public record ForumView(long id, long version, String name, ForumKind kind, @Nullable Integer ageFrom,
			@Nullable Integer ageTo, @Nullable String meetingPattern) {

		static ForumView of(Forum forum) {
			return new ForumView(forum.getId(), forum.getVersion(), forum.getName(), forum.getKind(),
					forum.getAgeFrom(), forum.getAgeTo(), forum.getMeetingPattern());
		}

		public @Nullable String ageRange() {
			return ageFrom == null && ageTo == null ? null
					: ageFrom == null ? "up to " + ageTo : ageTo == null ? ageFrom + " and over" : ageFrom + " to " + ageTo;
		}
	}

	public record ActivityView(long id, LocalDate date, ActivityKind kind, String description, String author,
			Instant recordedAt) {

		static ActivityView of(ForumActivity activity) {
			return new ActivityView(activity.getId(), activity.getActivityDate(), activity.getKind(),
					activity.getDescription(), activity.getAuthor(), activity.getRecordedAt());
		}
	}

	public record ConsultationView(long id, long version, String topic, Set<Audience> audiences, Method method,
			LocalDate opensOn, LocalDate closesOn, ConsultationStatus status, DesignedBy designedBy,
			@Nullable String informs, @Nullable Long forumId, @Nullable String forumName, @Nullable String summary,
			@Nullable String surveyIntro, @Nullable String contactRole, @Nullable String contactEmail,
			long responses) {

		static ConsultationView of(Consultation consultation, long responses) {
			Forum forum = consultation.getForum();
			return new ConsultationView(consultation.getId(), consultation.getVersion(), consultation.getTopic(),
					Set.copyOf(consultation.getAudiences()), consultation.getMethod(), consultation.getOpensOn(),
					consultation.getClosesOn(), consultation.getStatus(), consultation.getDesignedBy(),
					consultation.getInforms(), forum == null ? null : forum.getId(), forum == null ? null : forum.getName(),
					consultation.getSummary(), consultation.getSurveyIntro(), consultation.getContactRole(),
					consultation.getContactEmail(), responses);
		}
	}

	public record QuestionView(long id, long version, int position, String text, QuestionType type, boolean required,
			List<String> options, @Nullable String lowLabel, @Nullable String highLabel, @Nullable Integer maxLength) {

		public static QuestionView of(Question question) {
			return new QuestionView(question.getId(), question.getVersion(), question.getPosition(), question.getText(),
					question.getType(), question.isRequired(), question.getOptions(), question.getLowLabel(),
					question.getHighLabel(), question.getMaxLength());
		}

		/** The answers it can have, as stored and counted: its options, 1 to 5, or YES and NO. */
		public List<String> choices() {
			return switch (type) {
				case SINGLE_CHOICE, MULTIPLE_CHOICE -> options;
				case RATING -> List.of("1", "2", "3", "4", "5");
				case YES_NO -> List.of("YES", "NO");
				case FREE_TEXT -> List.of();
			};
		}
	}

	/** @param path the public address of the link, below the site's root */
	public record LinkView(long id, long version, String token, String path, @Nullable String label,
			@Nullable LocalDate closesOn, @Nullable Integer maxResponses, boolean closed, long responses,
			@Nullable String refusal) {

		static LinkView of(SurveyLink link, String council, long responses, LocalDate today) {
			return new LinkView(link.getId(), link.getVersion(), link.getToken(),
					"/young-people/" + council + "/surveys/" + link.getToken(), link.getLabel(), link.getClosesOn(),
					link.getMaxResponses(), link.isClosed(), responses, link.refusal(today, responses));
		}
	}

	/** @param action the strategy action it names, if that module knows the reference */
	public record FindingView(long id, long version, long consultationId, String consultationTopic, String theme,
			String summary, int raisedBy, @Nullable String whatWeWillDo, @Nullable ResponseStatus responseStatus,
			@Nullable String reason, @Nullable String actionReference, @Nullable ActionSummary action,
			@Nullable LocalDate toldBackOn, @Nullable String toldBackHow, boolean published,
			@Nullable LocalDate publishedOn) {

		static FindingView of(Finding finding, @Nullable ActionSummary action) {
			return new FindingView(finding.getId(), finding.getVersion(), finding.getConsultation().getId(),
					finding.getConsultation().getTopic(), finding.getTheme(), finding.getSummary(),
					finding.getRaisedBy(), finding.getWhatWeWillDo(), finding.getResponseStatus(), finding.getReason(),
					finding.getActionReference(), action, finding.getToldBackOn(), finding.getToldBackHow(),
					finding.isPublished(), finding.getPublishedOn());
		}
	}

	/** One anonymous response with its answers, for the officers' raw view only. */
	public record RawResponse(LocalDate submittedOn, @Nullable AgeBand ageBand,
			@Nullable CareStatus careStatus, boolean illustrative, List<RawAnswer> answers) {
	}

	public record RawAnswer(long questionId, String question, @Nullable String choice, @Nullable String text) {
	}
}
