package org.corporateparenting.consultation.domain;

import org.corporateparenting.consultation.ForumKind;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A standing group of young people, such as Walsall's children in care council "Council 4Kids". */
@Entity
@Table(name = "forum")
@Audited
public class Forum {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String name;

	@Enumerated(EnumType.STRING)
	private ForumKind kind;

	private @Nullable Integer ageFrom;

	private @Nullable Integer ageTo;

	private @Nullable String meetingPattern;

	protected Forum() {
	}

	public Forum(String name, ForumKind kind) {
		this.name = name;
		this.kind = kind;
	}

	public void describe(String name, ForumKind kind, @Nullable Integer ageFrom, @Nullable Integer ageTo,
			@Nullable String meetingPattern) {
		this.name = name;
		this.kind = kind;
		this.ageFrom = ageFrom;
		this.ageTo = ageTo;
		this.meetingPattern = meetingPattern;
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public String getName() {
		return name;
	}

	public ForumKind getKind() {
		return kind;
	}

	public @Nullable Integer getAgeFrom() {
		return ageFrom;
	}

	public @Nullable Integer getAgeTo() {
		return ageTo;
	}

	public @Nullable String getMeetingPattern() {
		return meetingPattern;
	}
}
