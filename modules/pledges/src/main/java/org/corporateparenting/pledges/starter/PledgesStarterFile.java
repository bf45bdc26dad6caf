package org.corporateparenting.pledges.starter;

import java.time.LocalDate;
import java.util.List;

import org.corporateparenting.pledges.Audience;
import org.corporateparenting.pledges.PledgeSetStatus;
import org.corporateparenting.pledges.WorkStreamStatus;
import org.corporateparenting.pledges.application.PledgeRequests.CommitmentRequest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/** The shape of a council's {@code pledges.yaml}: its pledge sets and the work streams that deliver them. */
record PledgesStarterFile(@NotEmpty(message = "needs at least one pledge set") List<@Valid SetEntry> pledgeSets,
		List<@Valid WorkStreamEntry> workStreams) {

	PledgesStarterFile {
		workStreams = workStreams == null ? List.of() : workStreams;
	}

	record SetEntry(@NotBlank(message = "is required") String key, @NotBlank(message = "is required") String title,
			@NotNull(message = "is required") Audience audience, @NotNull(message = "is required") PledgeSetStatus status,
			LocalDate inForceFrom, String coProduction,
			@NotEmpty(message = "needs at least one theme") List<@Valid ThemeEntry> themes) {
	}

	record ThemeEntry(@NotBlank(message = "is required") String title,
			@NotEmpty(message = "needs at least one pledge") List<@Valid PledgeEntry> pledges) {
	}

	record PledgeEntry(@NotNull(message = "is required") @Min(value = 1, message = "must be 1 or more") Integer number,
			@NotBlank(message = "is required") String text, @Valid CommitmentRequest commitment) {
	}

	record WorkStreamEntry(@NotBlank(message = "is required") String key, @NotBlank(message = "is required") String name,
			@NotBlank(message = "is required") String lead, @Email(message = "must be an email address") String leadEmail,
			@NotEmpty(message = "needs at least one pledge") List<@NotBlank(message = "is required") String> pledges,
			@NotNull(message = "is required") WorkStreamStatus status, LocalDate statusDate, String statusReason,
			String mergedInto, List<String> members, List<@Valid UpdateEntry> updates) {

		WorkStreamEntry {
			members = members == null ? List.of() : members;
			updates = updates == null ? List.of() : updates;
		}
	}

	record UpdateEntry(@NotNull(message = "is required") LocalDate date, List<String> delivered,
			List<String> inProgress) {
	}
}
