package org.corporateparenting.pledges.starter;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.corporateparenting.pledges.PledgeFile;
import org.corporateparenting.pledges.PledgeSetStatus;
import org.corporateparenting.pledges.PledgesChanged;
import org.corporateparenting.pledges.application.PledgeManagement;
import org.corporateparenting.pledges.application.PledgeRequests.PledgeRequest;
import org.corporateparenting.pledges.application.PledgeRequests.PledgeSetRequest;
import org.corporateparenting.pledges.application.PledgeRequests.ThemeRequest;
import org.corporateparenting.pledges.application.PledgeRequests.TransitionRequest;
import org.corporateparenting.pledges.application.PledgeRequests.WorkStreamRequest;
import org.corporateparenting.pledges.application.PledgeRequests.WorkStreamUpdateRequest;
import org.corporateparenting.pledges.application.WorkStreamManagement;
import org.corporateparenting.pledges.domain.PledgeSet;
import org.corporateparenting.pledges.domain.PledgeTheme;
import org.corporateparenting.pledges.starter.PledgesStarterFile.PledgeEntry;
import org.corporateparenting.pledges.starter.PledgesStarterFile.SetEntry;
import org.corporateparenting.pledges.starter.PledgesStarterFile.ThemeEntry;
import org.corporateparenting.pledges.starter.PledgesStarterFile.WorkStreamEntry;
import org.corporateparenting.tenancy.BundleProblem;
import org.corporateparenting.tenancy.CouncilBundle;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.StarterFiles;
import org.corporateparenting.tenancy.StarterImport;
import org.corporateparenting.web.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.Validator;

/**
 * Imports a council's {@code pledges.yaml} when it is onboarded: its pledge sets, themes and pledges as the
 * young people worded them, and the work streams that deliver them with their reported updates. The whole file
 * is checked first; a file with problems imports nothing.
 */
@Component
class PledgesStarter implements StarterImport, PledgeFile {

	static final String FILE = "pledges.yaml";

	private static final Logger log = LoggerFactory.getLogger(PledgesStarter.class);

	private final PledgeManagement pledges;

	private final WorkStreamManagement workStreams;

	private final Validator validator;

	private final ApplicationEventPublisher events;

	PledgesStarter(PledgeManagement pledges, WorkStreamManagement workStreams, Validator validator,
			ApplicationEventPublisher events) {
		this.pledges = pledges;
		this.workStreams = workStreams;
		this.validator = validator;
		this.events = events;
	}

	@Override
	public String file() {
		return FILE;
	}

	/** First: the alliance's bodies and the strategy's actions name pledges. */
	@Override
	public int order() {
		return 10;
	}

	@Override
	public List<BundleProblem> check(CouncilBundle bundle) {
		return StarterFiles.check(bundle, FILE, PledgesStarterFile.class, this::check);
	}

	@Override
	@Transactional
	public void load(Path file) {
		importFile(file);
	}

	@Override
	public Set<Integer> pledgeNumbers(CouncilBundle bundle) {
		Set<Integer> numbers = new TreeSet<>();
		StarterFiles.check(bundle, FILE, PledgesStarterFile.class, content -> {
			content.pledgeSets()
				.stream()
				.filter(Objects::nonNull)
				.flatMap(set -> set.themes() == null ? Stream.empty() : set.themes().stream())
				.filter(theme -> theme != null && theme.pledges() != null)
				.flatMap(theme -> theme.pledges().stream())
				.filter(pledge -> pledge != null && pledge.number() != null)
				.forEach(pledge -> numbers.add(pledge.number()));
			return List.of();
		});
		return numbers;
	}

	@Transactional
	public List<PledgeSet> importFile(Path file) {
		PledgesStarterFile content = StarterFiles.read(file, PledgesStarterFile.class);
		List<FieldProblem> problems = check(content);
		StarterFiles.refuseIfAny(file, problems);
		Map<String, Long> pledgeIds = new HashMap<>();
		List<PledgeSet> imported = content.pledgeSets().stream().map(entry -> importSet(entry, pledgeIds)).toList();
		for (WorkStreamEntry entry : content.workStreams()) {
			Set<Long> delivers = new LinkedHashSet<>();
			entry.pledges().forEach(reference -> delivers.add(pledgeIds.get(reference)));
			long id = workStreams.create(new WorkStreamRequest(entry.name(), entry.lead(), entry.leadEmail(),
					entry.members(), delivers, entry.status(), entry.statusDate(), entry.statusReason(),
					entry.mergedInto(), null)).getId();
			entry.updates().forEach(update -> workStreams.report(id, new WorkStreamUpdateRequest(update.date(),
					update.delivered(), update.inProgress()), file.getParent().getFileName() + "/" + FILE));
		}
		log.info("Imported {} pledge sets and {} work streams", imported.size(), content.workStreams().size());
		// The import is one change to the council's pledges, announced once whatever its steps announced.
		events.publishEvent(new PledgesChanged(CouncilContext.require()));
		return imported;
	}

	private PledgeSet importSet(SetEntry entry, Map<String, Long> pledgeIds) {
		long id = pledges.create(new PledgeSetRequest(entry.title(), entry.audience(), entry.inForceFrom(),
				entry.coProduction(), null)).getId();
		for (ThemeEntry themeEntry : entry.themes()) {
			PledgeTheme theme = pledges.addTheme(id, new ThemeRequest(themeEntry.title()));
			for (PledgeEntry pledge : themeEntry.pledges()) {
				long pledgeId = pledges.addPledge(id, theme.getId(),
						new PledgeRequest(pledge.number(), pledge.text(), pledge.commitment(), null)).getId();
				pledgeIds.put(entry.key() + "#" + pledge.number(), pledgeId);
			}
		}
		List<PledgeSetStatus> path = switch (entry.status()) {
			case DRAFT -> List.of();
			case IN_FORCE -> List.of(PledgeSetStatus.IN_FORCE);
			case UNDER_REVIEW -> List.of(PledgeSetStatus.IN_FORCE, PledgeSetStatus.UNDER_REVIEW);
			case REPLACED -> List.of(PledgeSetStatus.IN_FORCE, PledgeSetStatus.REPLACED);
		};
		path.forEach(step -> pledges.transition(id, new TransitionRequest(step)));
		return pledges.set(id);
	}

	private List<FieldProblem> check(PledgesStarterFile content) {
		List<FieldProblem> problems = FieldProblem.of(validator.validate(content));
		if (!problems.isEmpty()) {
			return problems;
		}
		Set<String> references = new HashSet<>();
		for (int s = 0; s < content.pledgeSets().size(); s++) {
			SetEntry set = content.pledgeSets().get(s);
			if (set.status() != PledgeSetStatus.DRAFT && set.inForceFrom() == null) {
				problems.add(new FieldProblem("pledgeSets[" + s + "].inForceFrom", "is required for a set in force"));
			}
			for (ThemeEntry theme : set.themes()) {
				for (PledgeEntry pledge : theme.pledges()) {
					if (!references.add(set.key() + "#" + pledge.number())) {
						problems.add(new FieldProblem("pledgeSets[" + s + "]",
								"has more than one pledge numbered " + pledge.number()));
					}
				}
			}
		}
		for (int w = 0; w < content.workStreams().size(); w++) {
			WorkStreamEntry workStream = content.workStreams().get(w);
			for (String reference : workStream.pledges()) {
				if (!references.contains(reference)) {
					problems.add(new FieldProblem("workStreams[" + w + "].pledges",
							"no pledge " + reference + " (write <pledge set key>#<number>)"));
				}
			}
		}
		return problems;
	}

}
