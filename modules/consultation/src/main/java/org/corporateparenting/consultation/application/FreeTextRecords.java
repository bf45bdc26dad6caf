package org.corporateparenting.consultation.application;

import java.util.Optional;

import org.corporateparenting.consultation.FreeTextSource;
import org.corporateparenting.consultation.FreeTexts;
import org.corporateparenting.consultation.domain.ForumActivities;
import org.corporateparenting.consultation.domain.FreeTextAnswers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One answer or forum record in own words with what it answers, and nothing else of its response. */
@Service
@Transactional(readOnly = true)
class FreeTextRecords implements FreeTexts {

	private final FreeTextAnswers answers;

	private final ForumActivities activities;

	FreeTextRecords(FreeTextAnswers answers, ForumActivities activities) {
		this.answers = answers;
		this.activities = activities;
	}

	@Override
	public Optional<FreeText> find(FreeTextSource source, long id) {
		return switch (source) {
			case SURVEY_ANSWER -> answers.findFreeText(id)
				.map(answer -> new FreeText(source, id, answer.getText(), answer.getQuestion().getText(),
						answer.getResponse().getConsultation().getTopic(),
						answer.getResponse().getConsultation().getId(), null, answer.getResponse().getSubmittedOn(),
						null));
			case FORUM_ACTIVITY -> activities.findById(id)
				.map(activity -> new FreeText(source, id, activity.getDescription(), activity.getKind().label(),
						activity.getForum().getName(), null, activity.getForum().getId(), activity.getActivityDate(),
						activity.getAuthor()));
		};
	}
}
