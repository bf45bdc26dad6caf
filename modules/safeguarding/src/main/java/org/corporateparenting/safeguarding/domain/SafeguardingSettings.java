package org.corporateparenting.safeguarding.domain;

import java.util.List;

import org.corporateparenting.web.TextLines;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The council's safeguarding settings as its admins saved them: one row, kept with its history. Who the lead is (by
 * the email address of their sign-in), whom to tell while there is none, and the council's own screening list, if it
 * chose to replace the platform's.
 */
@Entity
@Table(name = "safeguarding_settings")
@Audited
public class SafeguardingSettings {

	/** The one row's id. */
	public static final int ID = 1;

	@Id
	private Integer id;

	@Version
	private long version;

	private @Nullable String leadEmail;

	private @Nullable String leadRole;

	private @Nullable String adminsEmail;

	private boolean ownList;

	/** One per line. */
	private @Nullable String phrases;

	/** One per line. */
	private @Nullable String patterns;

	protected SafeguardingSettings() {
	}

	public SafeguardingSettings(@Nullable String leadEmail, @Nullable String leadRole, @Nullable String adminsEmail,
			boolean ownList, List<String> phrases, List<String> patterns) {
		this.id = ID;
		save(leadEmail, leadRole, adminsEmail, ownList, phrases, patterns);
	}

	public final void save(@Nullable String leadEmail, @Nullable String leadRole, @Nullable String adminsEmail,
			boolean ownList, List<String> phrases, List<String> patterns) {
		this.leadEmail = leadEmail;
		this.leadRole = leadRole;
		this.adminsEmail = adminsEmail;
		this.ownList = ownList;
		this.phrases = ownList ? TextLines.join(phrases) : null;
		this.patterns = ownList ? TextLines.join(patterns) : null;
	}

	public long getVersion() {
		return version;
	}

	public @Nullable String getLeadEmail() {
		return leadEmail;
	}

	public @Nullable String getLeadRole() {
		return leadRole;
	}

	public @Nullable String getAdminsEmail() {
		return adminsEmail;
	}

	public boolean isOwnList() {
		return ownList;
	}

	public List<String> getPhrases() {
		return TextLines.split(phrases);
	}

	public List<String> getPatterns() {
		return TextLines.split(patterns);
	}
}
