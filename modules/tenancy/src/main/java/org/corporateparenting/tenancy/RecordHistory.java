package org.corporateparenting.tenancy;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.corporateparenting.web.HistoryWords;

/**
 * Every change to a council's record, newest first: who, when, and which fields changed from what to what. Read
 * from Hibernate Envers' audit tables in the current council's schema.
 */
public interface RecordHistory {

	List<Change> of(Class<?> entityType, Object id);

	/**
	 * When each of the records was first written, read in one query, by id; a record with no history (written before
	 * it was audited) is left out.
	 */
	<I> Map<I, Instant> created(Class<?> entityType, Collection<I> ids);

	/** @param kind CREATED, CHANGED or DELETED */
	record Change(long revision, Instant at, String author, String kind, List<FieldChange> fields) {

		/** The changed fields as pages show them, one sentence each ({@link HistoryWords}); empty to empty left out. */
		public List<String> described() {
			return fields.stream()
				.map(field -> HistoryWords.change(field.field(), field.from(), field.to()))
				.flatMap(Optional::stream)
				.toList();
		}
	}

	record FieldChange(String field, String from, String to) {
	}
}
