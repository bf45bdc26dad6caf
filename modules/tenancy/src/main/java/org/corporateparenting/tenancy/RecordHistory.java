package org.corporateparenting.tenancy;

import java.time.Instant;
import java.util.List;

/**
 * Every change to a council's record, newest first: who, when, and which fields changed from what to what. Read
 * from Hibernate Envers' audit tables in the current council's schema.
 */
public interface RecordHistory {

	List<Change> of(Class<?> entityType, Object id);

	/** @param kind CREATED, CHANGED or DELETED */
	record Change(long revision, Instant at, String author, String kind, List<FieldChange> fields) {
	}

	record FieldChange(String field, String from, String to) {
	}
}
