package org.corporateparenting.consultation;

import java.time.LocalDate;
import java.util.List;
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

	record ConsultationRecord(long id, String topic, ConsultationStatus status, @Nullable LocalDate opens,
			@Nullable LocalDate closes) {
	}
}
