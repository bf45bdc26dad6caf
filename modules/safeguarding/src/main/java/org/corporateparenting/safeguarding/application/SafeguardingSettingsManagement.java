package org.corporateparenting.safeguarding.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.corporateparenting.notifications.Recipient;
import org.corporateparenting.safeguarding.application.SafeguardingRequests.SettingsRequest;
import org.corporateparenting.safeguarding.application.SafeguardingViews.SettingsView;
import org.corporateparenting.safeguarding.domain.SafeguardingSettings;
import org.corporateparenting.safeguarding.domain.SafeguardingSettingsStore;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.StorableText;
import org.corporateparenting.web.Versions;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.Validator;

/**
 * The current council's safeguarding settings: its lead, whom to tell while there is none, and its screening list
 * (the platform's until its admins give their own). Saved whole, every problem at once, a stale version refused.
 */
@Service
public class SafeguardingSettingsManagement {

	private final SafeguardingSettingsStore saved;

	private final Validator validator;

	private final RecordHistory history;

	private final Screening screening;

	SafeguardingSettingsManagement(SafeguardingSettingsStore saved, Validator validator, RecordHistory history,
			Screening screening) {
		this.saved = saved;
		this.validator = validator;
		this.history = history;
		this.screening = screening;
	}

	@Transactional(readOnly = true)
	public SettingsView view() {
		return view(saved.findById(SafeguardingSettings.ID));
	}

	/** The settings as saved, if the council's admins ever saved any. */
	@Transactional(readOnly = true)
	public Optional<SafeguardingSettings> saved() {
		return saved.findById(SafeguardingSettings.ID);
	}

	/** Every saved change, newest first. */
	@Transactional(readOnly = true)
	public List<RecordHistory.Change> history() {
		return history.of(SafeguardingSettings.class, SafeguardingSettings.ID);
	}

	@Transactional
	public SettingsView change(SettingsRequest request) {
		List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(request)));
		problems.addAll(StorableText.problems(request));
		if (blank(request.leadEmail()) && !blank(request.leadRole())) {
			problems.add(new FieldProblem("leadEmail", "Enter the email address the lead signs in with, or leave"
					+ " their role blank"));
		}
		boolean ownList = Boolean.TRUE.equals(request.ownList());
		if (ownList) {
			problems.addAll(ScreeningList.problems(request.phraseList(), request.patternList()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Optional<SafeguardingSettings> found = saved.findById(SafeguardingSettings.ID);
		Versions.require(request.version(), view(found).version());
		List<String> phrases = request.phraseList().stream().map(String::strip).toList();
		List<String> patterns = request.patternList().stream().map(String::strip).toList();
		SafeguardingSettings row = found.map(existing -> {
			existing.save(email(request.leadEmail()), strip(request.leadRole()), email(request.adminsEmail()), ownList,
					phrases, patterns);
			return existing;
		}).orElseGet(() -> new SafeguardingSettings(email(request.leadEmail()), strip(request.leadRole()),
				email(request.adminsEmail()), ownList, phrases, patterns));
		SettingsView view = view(Optional.of(saved.saveAndFlush(row)));
		screening.forget();
		return view;
	}

	/** The lead, if one is named. */
	static Optional<Recipient> lead(Optional<SafeguardingSettings> settings) {
		return settings.filter(row -> row.getLeadEmail() != null)
			.map(row -> new Recipient(row.getLeadEmail(), row.getLeadRole()));
	}

	/** Saved settings read as version 1 and up, so that the defaults' version 0 goes stale once someone saves. */
	private static SettingsView view(Optional<SafeguardingSettings> found) {
		ScreeningList list = Screening.listOf(found);
		return found
			.map(row -> new SettingsView(row.getLeadEmail(), row.getLeadRole(), row.getAdminsEmail(),
					row.getLeadEmail() != null, row.isOwnList(), list.phrases(), list.patterns(), row.getVersion() + 1))
			.orElseGet(() -> new SettingsView(null, null, null, false, false, list.phrases(), list.patterns(), 0));
	}

	private static @Nullable String email(@Nullable String email) {
		return blank(email) ? null : new Recipient(email, null).email();
	}

	private static @Nullable String strip(@Nullable String text) {
		return blank(text) ? null : text.strip();
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
