package org.corporateparenting.tenancy.history;

import java.time.Instant;

import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One change to a council's records (Hibernate Envers), with who made it: the name the history shows, and their
 * subject. Kept in the council's schema.
 */
@Entity
@Table(name = "revinfo")
@RevisionEntity(AuthorRevisionListener.class)
public class CouncilRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private long id;

	@RevisionTimestamp
	@Column(name = "revision_at", nullable = false)
	private Instant revisionAt;

	@Column(nullable = false, length = 200)
	private String author;

	/** Who the author is to their identity provider (their token's subject); none for the platform's own changes. */
	@Column(name = "author_subject", length = 200)
	private String authorSubject;

	public long getId() {
		return id;
	}

	public Instant getRevisionAt() {
		return revisionAt;
	}

	public String getAuthor() {
		return author;
	}

	public String getAuthorSubject() {
		return authorSubject;
	}

	void setAuthor(String author, String authorSubject) {
		this.author = author;
		this.authorSubject = authorSubject;
	}
}
