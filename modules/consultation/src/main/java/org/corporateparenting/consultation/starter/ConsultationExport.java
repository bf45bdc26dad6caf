package org.corporateparenting.consultation.starter;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.corporateparenting.consultation.domain.Consultation;
import org.corporateparenting.consultation.domain.Consultations;
import org.corporateparenting.consultation.domain.Finding;
import org.corporateparenting.consultation.domain.Findings;
import org.corporateparenting.consultation.domain.Forum;
import org.corporateparenting.consultation.domain.ForumActivities;
import org.corporateparenting.consultation.domain.Forums;
import org.corporateparenting.consultation.domain.Questions;
import org.corporateparenting.consultation.domain.SurveyLinks;
import org.corporateparenting.consultation.domain.SurveyResponses;
import org.corporateparenting.consultation.starter.ConsultationStarterFile.ActivityEntry;
import org.corporateparenting.consultation.starter.ConsultationStarterFile.ConsultationEntry;
import org.corporateparenting.consultation.starter.ConsultationStarterFile.FindingEntry;
import org.corporateparenting.consultation.starter.ConsultationStarterFile.ForumEntry;
import org.corporateparenting.consultation.starter.ConsultationStarterFile.QuestionEntry;
import org.corporateparenting.consultation.starter.ConsultationStarterFile.ResponseEntry;
import org.corporateparenting.consultation.starter.ConsultationStarterFile.SurveyEntry;
import org.corporateparenting.tenancy.StarterExport;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the council's consultations back as its {@code consultation.yaml}: its forums with their activities, and
 * its consultations, oldest first, with their survey questions, findings and "you said, we did" responses. Young
 * people's own answers are not in the file, which carries only how many made-up answers show the results pages.
 */
@Component
class ConsultationExport implements StarterExport {

	private final Forums forums;

	private final ForumActivities activities;

	private final Consultations consultations;

	private final Questions questions;

	private final Findings findings;

	private final SurveyLinks links;

	private final SurveyResponses responses;

	ConsultationExport(Forums forums, ForumActivities activities, Consultations consultations, Questions questions,
			Findings findings, SurveyLinks links, SurveyResponses responses) {
		this.forums = forums;
		this.activities = activities;
		this.consultations = consultations;
		this.questions = questions;
		this.findings = findings;
		this.links = links;
		this.responses = responses;
	}

	@Override
	public String file() {
		return ConsultationStarter.FILE;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ConsultationStarterFile> export() {
		List<Consultation> all = consultations.findAllNewestFirst().reversed();
		if (all.isEmpty()) {
			return Optional.empty();
		}
		Set<String> taken = new HashSet<>();
		List<Forum> allForums = forums.findAllByOrderByName();
		Map<Long, String> forumKeys = allForums.stream()
			.collect(Collectors.toMap(Forum::getId, forum -> StarterExport.keyOf(forum.getName(), taken)));
		List<ForumEntry> forumEntries = allForums.stream()
			.map(forum -> new ForumEntry(forumKeys.get(forum.getId()), forum.getName(), forum.getKind(),
					forum.getAgeFrom(), forum.getAgeTo(), forum.getMeetingPattern(),
					activities.findByForumIdOrderByActivityDateDescRecordedAtDesc(forum.getId())
						.reversed()
						.stream()
						.map(activity -> new ActivityEntry(activity.getActivityDate(), activity.getKind(),
								activity.getDescription()))
						.toList()))
			.toList();
		Set<String> consultationKeys = new HashSet<>();
		List<ConsultationEntry> consultationEntries = all.stream()
			.map(consultation -> entry(consultation, StarterExport.keyOf(consultation.getTopic(), consultationKeys),
					forum -> forumKeys.get(forum.getId())))
			.toList();
		return Optional.of(new ConsultationStarterFile(forumEntries, consultationEntries));
	}

	private ConsultationEntry entry(Consultation consultation, String key, Function<Forum, String> forumKey) {
		List<QuestionEntry> asked = questions.findByConsultationIdOrderByPosition(consultation.getId())
			.stream()
			.map(question -> new QuestionEntry(question.getText(), question.getType(), question.isRequired(),
					question.getOptions(), question.getLowLabel(), question.getHighLabel(), question.getMaxLength()))
			.toList();
		SurveyEntry survey = asked.isEmpty() ? null : new SurveyEntry(consultation.getSurveyIntro(), asked,
				(int) responses.countByConsultationIdAndIllustrativeTrue(consultation.getId()),
				links.findByConsultationIdOrderByCreatedAt(consultation.getId())
					.stream()
					.anyMatch(link -> !link.isClosed()));
		List<FindingEntry> found = findings.findByConsultationIdOrderById(consultation.getId())
			.stream()
			.map(ConsultationExport::entry)
			.toList();
		return new ConsultationEntry(key, consultation.getTopic(), consultation.getAudiences(),
				consultation.getMethod(), consultation.getOpensOn(), consultation.getClosesOn(),
				consultation.getStatus(), consultation.getDesignedBy(), consultation.getInforms(),
				consultation.getForum() == null ? null : forumKey.apply(consultation.getForum()),
				consultation.getSummary(), consultation.getContactRole(), consultation.getContactEmail(), survey, found);
	}

	private static FindingEntry entry(Finding finding) {
		ResponseEntry response = finding.getWhatWeWillDo() == null || finding.getResponseStatus() == null ? null
				: new ResponseEntry(finding.getWhatWeWillDo(), finding.getResponseStatus(), finding.getReason(),
						finding.getActionReference(), finding.getToldBackOn(), finding.getToldBackHow());
		return new FindingEntry(finding.getTheme(), finding.getSummary(), finding.getRaisedBy(), response,
				finding.isPublished());
	}
}
