package org.corporateparenting.tenancy.history;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.corporateparenting.tenancy.RecordHistory;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;

/**
 * Reads a record's revisions and compares each with the one before it, field by field: text, numbers, dates,
 * enums, and the ids of associated records (collections are left out), so the history reads as a person would
 * describe the change; and when records were first written.
 */
@Service
class EnversRecordHistory implements RecordHistory {

	private final EntityManager entityManager;

	EnversRecordHistory(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	@Transactional(readOnly = true)
	@SuppressWarnings("unchecked")
	public List<Change> of(Class<?> entityType, Object id) {
		List<Object[]> revisions = AuditReaderFactory.get(entityManager)
			.createQuery()
			.forRevisionsOfEntity(entityType, false, true)
			.add(AuditEntity.id().eq(id))
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		List<Change> changes = new ArrayList<>();
		Object previous = null;
		for (Object[] row : revisions) {
			Object snapshot = row[0];
			CouncilRevision revision = (CouncilRevision) row[1];
			RevisionType type = (RevisionType) row[2];
			String kind = switch (type) {
				case ADD -> "CREATED";
				case MOD -> "CHANGED";
				case DEL -> "DELETED";
			};
			changes.add(new Change(revision.getId(), revision.getRevisionAt(), revision.getAuthor(), kind,
					type == RevisionType.DEL ? List.of() : differences(previous, snapshot)));
			previous = snapshot;
		}
		return changes.reversed();
	}

	@Override
	@Transactional(readOnly = true)
	@SuppressWarnings("unchecked")
	public <I> Map<I, Instant> created(Class<?> entityType, Collection<I> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		List<Object[]> creations = AuditReaderFactory.get(entityManager)
			.createQuery()
			.forRevisionsOfEntity(entityType, false, true)
			.add(AuditEntity.revisionType().eq(RevisionType.ADD))
			.add(AuditEntity.id().in(ids))
			.getResultList();
		PersistenceUnitUtil records = entityManager.getEntityManagerFactory().getPersistenceUnitUtil();
		Map<I, Instant> created = new HashMap<>();
		for (Object[] row : creations) {
			created.put((I) records.getIdentifier(row[0]), ((CouncilRevision) row[1]).getRevisionAt());
		}
		return created;
	}

	private List<FieldChange> differences(Object before, Object after) {
		List<FieldChange> fields = new ArrayList<>();
		for (Class<?> type = after.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
			for (Field field : type.getDeclaredFields()) {
				if (Modifier.isStatic(field.getModifiers()) || Collection.class.isAssignableFrom(field.getType())
						|| field.getName().equals("version")) {
					continue;
				}
				String from = before == null ? null : describe(read(field, before));
				String to = describe(read(field, after));
				if (!Objects.equals(from, to)) {
					fields.add(new FieldChange(field.getName(), from, to));
				}
			}
		}
		return fields;
	}

	private static Object read(Field field, Object target) {
		try {
			field.setAccessible(true);
			return field.get(target);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A value as text; a reference to another record as that record's id. */
	private String describe(Object value) {
		if (value == null) {
			return null;
		}
		if (value.getClass().isAnnotationPresent(jakarta.persistence.Entity.class)
				|| value instanceof org.hibernate.proxy.HibernateProxy) {
			return String.valueOf(
					entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(value));
		}
		return value.toString();
	}
}
