package org.corporateparenting.pledges.starter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.corporateparenting.pledges.application.PledgeRequests.CommitmentRequest;
import org.corporateparenting.pledges.domain.Commitment;
import org.corporateparenting.pledges.domain.Pledge;
import org.corporateparenting.pledges.domain.PledgeSet;
import org.corporateparenting.pledges.domain.PledgeSets;
import org.corporateparenting.pledges.domain.WorkStream;
import org.corporateparenting.pledges.domain.WorkStreamUpdates;
import org.corporateparenting.pledges.domain.WorkStreams;
import org.corporateparenting.pledges.starter.PledgesStarterFile.PledgeEntry;
import org.corporateparenting.pledges.starter.PledgesStarterFile.SetEntry;
import org.corporateparenting.pledges.starter.PledgesStarterFile.ThemeEntry;
import org.corporateparenting.pledges.starter.PledgesStarterFile.UpdateEntry;
import org.corporateparenting.pledges.starter.PledgesStarterFile.WorkStreamEntry;
import org.corporateparenting.tenancy.StarterExport;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the council's pledges back as its {@code pledges.yaml}: every pledge set with its themes and pledges, and
 * every work stream with its updates, oldest first. Sets are keyed {@code set-1}, {@code set-2} ... in the order
 * they were made, and work streams name their pledges as {@code <set key>#<number>}, as the file does.
 */
@Component
class PledgesExport implements StarterExport {

	private final PledgeSets sets;

	private final WorkStreams workStreams;

	private final WorkStreamUpdates updates;

	PledgesExport(PledgeSets sets, WorkStreams workStreams, WorkStreamUpdates updates) {
		this.sets = sets;
		this.workStreams = workStreams;
		this.updates = updates;
	}

	@Override
	public String file() {
		return PledgesStarter.FILE;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PledgesStarterFile> export() {
		List<PledgeSet> all = sets.findAllByOrderById();
		if (all.isEmpty()) {
			return Optional.empty();
		}
		Map<Long, String> references = new HashMap<>();
		List<SetEntry> setEntries = new ArrayList<>();
		for (int s = 0; s < all.size(); s++) {
			PledgeSet set = all.get(s);
			String key = "set-" + (s + 1);
			List<ThemeEntry> themes = set.getThemes()
				.stream()
				.map(theme -> new ThemeEntry(theme.getTitle(), theme.getPledges().stream().map(pledge -> {
					references.put(pledge.getId(), key + "#" + pledge.getNumber());
					return new PledgeEntry(pledge.getNumber(), pledge.getText(), commitment(pledge));
				}).toList()))
				.toList();
			setEntries.add(new SetEntry(key, set.getTitle(), set.getAudience(), set.getStatus(), set.getInForceFrom(),
					set.getCoProduction(), themes));
		}
		Set<String> taken = new HashSet<>();
		List<WorkStreamEntry> streams = workStreams.findAllByOrderByName()
			.stream()
			.map(workStream -> entry(workStream, StarterExport.keyOf(workStream.getName(), taken), references))
			.toList();
		return Optional.of(new PledgesStarterFile(setEntries, streams));
	}

	private WorkStreamEntry entry(WorkStream workStream, String key, Map<Long, String> references) {
		List<UpdateEntry> updateEntries = updates
			.findByWorkStreamIdOrderByUpdateDateDescRecordedAtDesc(workStream.getId())
			.reversed()
			.stream()
			.map(update -> new UpdateEntry(update.getUpdateDate(), update.getDelivered(), update.getInProgress()))
			.toList();
		List<String> pledges = workStream.getPledgeIds().stream().sorted().map(references::get)
			.filter(Objects::nonNull)
			.toList();
		return new WorkStreamEntry(key, workStream.getName(), workStream.getLead(), workStream.getLeadEmail(),
				pledges, workStream.getStatus(), workStream.getStatusDate(), workStream.getStatusReason(),
				workStream.getMergedInto(), workStream.getMembers(), updateEntries);
	}

	private static CommitmentRequest commitment(Pledge pledge) {
		Commitment commitment = pledge.getCommitment();
		return commitment == null ? null : new CommitmentRequest(commitment.description(), commitment.target(),
				commitment.unit(), commitment.period());
	}
}
