package org.corporateparenting.consultation;

import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One piece of someone's own words with only what it was written in answer to, for whoever reviews a possible
 * disclosure: never the rest of the response, nor anyone else's answers. Called in the current council's context.
 */
public interface FreeTexts {

	Optional<FreeText> find(FreeTextSource source, long id);

	/**
	 * @param prompt the survey's question, or the kind of activity a forum record is of
	 * @param where the survey's topic or the forum's name
	 * @param consultationId the survey's consultation, when it is a survey answer
	 * @param forumId the forum, when it is a forum record
	 * @param written the day the answer was sent or the activity took place
	 * @param recordedBy who wrote a forum record (an officer); never anything of an anonymous respondent
	 */
	record FreeText(FreeTextSource source, long id, String text, String prompt, String where,
			@Nullable Long consultationId, @Nullable Long forumId, LocalDate written, @Nullable String recordedBy) {
	}
}
