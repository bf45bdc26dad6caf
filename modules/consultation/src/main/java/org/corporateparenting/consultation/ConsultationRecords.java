package org.corporateparenting.consultation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A council's consultations as other modules name them: a local offer says which consultation it went through. Called
 * in the current council's context.
 */
public interface ConsultationRecords {

	/** Every consultation of the council, newest first, to choose one from. */
	List<ConsultationRecord> all();

	/** The consultation with this id, if the council has one. */
	Optional<ConsultationRecord> find(long id);

	/** The consultation with exactly this topic (a council's file names consultations so), the newest if several. */
	Optional<ConsultationRecord> withTopic(String topic);

	/**
	 * Every finding the council has responded to ("you said, we did"), newest first: to choose one from, as inspection
	 * evidence does.
	 */
	List<YouSaidWeDid> youSaidWeDid();

	/** The findings with these ids, by id, in one query; unknown ones are left out. */
	Map<Long, YouSaidWeDid> youSaidWeDid(Collection<Long> findingIds);

	record ConsultationRecord(long id, String topic, ConsultationStatus status, @Nullable LocalDate opens,
			@Nullable LocalDate closes) {
	}

	/**
	 * A finding ("you said") and what the council did about it.
	 *
	 * @param status what became of it, once the council has responded
	 * @param publishedOn when it went on the public "you said, we did" page, if it has
	 * @param path where its page is, below {@code /councils/{council}}
	 */
	record YouSaidWeDid(long findingId, String theme, long consultationId, String consultationTopic,
			@Nullable ResponseStatus status, @Nullable LocalDate publishedOn, String path) {
	}
}
