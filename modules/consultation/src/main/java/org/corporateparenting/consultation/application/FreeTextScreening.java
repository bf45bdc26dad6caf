package org.corporateparenting.consultation.application;

import org.corporateparenting.consultation.FreeTextFlagged;
import org.corporateparenting.consultation.FreeTextScreen;
import org.corporateparenting.consultation.FreeTextSource;
import org.corporateparenting.consultation.domain.Answer;
import org.corporateparenting.consultation.domain.ForumActivity;
import org.corporateparenting.consultation.domain.SurveyResponse;
import org.corporateparenting.tenancy.CouncilContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Screens own words as they are stored, and flags for review those that may tell of harm. It never stops them being
 * stored: when the screen itself fails, the failure is logged without the words and they are flagged anyway, since
 * words nobody could screen are words somebody should read.
 */
@Component
public class FreeTextScreening {

	/** Why words are flagged when the screen failed on them. */
	public static final String NOT_SCREENED = "Could not be screened: read it to be sure";

	private static final Logger log = LoggerFactory.getLogger(FreeTextScreening.class);

	private final ObjectProvider<FreeTextScreen> screens;

	private final ApplicationEventPublisher events;

	FreeTextScreening(ObjectProvider<FreeTextScreen> screens, ApplicationEventPublisher events) {
		this.screens = screens;
		this.events = events;
	}

	/** Each answer in own words of a response just saved (so its answers have their ids). */
	void answers(SurveyResponse response) {
		for (Answer answer : response.getAnswers()) {
			if (answer.getText() != null) {
				screen(FreeTextSource.SURVEY_ANSWER, answer.getId(), response.getConsultation().getTopic(),
						answer.getText());
			}
		}
	}

	/** A forum record just saved. */
	void forumRecord(ForumActivity activity) {
		screen(FreeTextSource.FORUM_ACTIVITY, activity.getId(), activity.getForum().getName(),
				activity.getDescription());
	}

	private void screen(FreeTextSource source, long id, String where, String text) {
		FreeTextScreen screen = screens.getIfAvailable();
		if (screen == null) {
			return;
		}
		String matched;
		try {
			matched = screen.screen(text).orElse(null);
		}
		catch (RuntimeException | StackOverflowError ex) {
			// The exception's class only: a message might quote the words.
			log.warn("Screening of {} {} failed ({}); it is kept and flagged for review", source, id,
					ex.getClass().getName());
			matched = NOT_SCREENED;
		}
		if (matched != null) {
			events.publishEvent(new FreeTextFlagged(CouncilContext.require(), source, id, where, matched));
		}
	}
}
