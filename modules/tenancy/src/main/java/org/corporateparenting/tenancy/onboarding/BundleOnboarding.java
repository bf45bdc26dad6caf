package org.corporateparenting.tenancy.onboarding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.corporateparenting.tenancy.BundleProblem;
import org.corporateparenting.tenancy.CouncilBundle;
import org.corporateparenting.tenancy.CouncilFileSchema;
import org.corporateparenting.tenancy.StarterFiles.StarterFileException;
import org.corporateparenting.tenancy.StarterFiles;
import org.corporateparenting.tenancy.StarterImport;
import org.corporateparenting.tenancy.onboarding.Onboardings.Onboarding;
import org.corporateparenting.tenancy.onboarding.Onboardings.Status;
import org.corporateparenting.web.ConflictException;
import org.corporateparenting.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Onboarding a council from its own documents: every file of the bundle checked together, writing nothing (the
 * preview), then the council onboarded in the background, step by step, with {@link Onboardings} saying how far it
 * has got. A failure at any step removes the council with everything imported, and says why.
 */
@Service
public class BundleOnboarding {

	private static final Logger log = LoggerFactory.getLogger(BundleOnboarding.class);

	private final CouncilOnboarding onboarding;

	private final Onboardings onboardings;

	private final ObjectProvider<StarterImport> imports;

	private final TaskExecutor executor;

	BundleOnboarding(CouncilOnboarding onboarding, Onboardings onboardings, ObjectProvider<StarterImport> imports,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		this.onboarding = onboarding;
		this.onboardings = onboardings;
		this.imports = imports;
		this.executor = executor;
	}

	/**
	 * What the bundle would onboard and every problem in it, each with its file, line and field.
	 *
	 * @param council the council as {@code council.yaml} describes it, when it could be read
	 */
	public record Preview(@Nullable OnboardingRequest council, Set<String> files, List<BundleProblem> problems) {

		public boolean valid() {
			return council != null && problems.isEmpty();
		}
	}

	/**
	 * Checks every file of the bundle together, writing nothing: first each file against its JSON Schema, then the
	 * rules a schema cannot say (a date after another, a key named in another file) for each file that fits its
	 * schema, so that nothing wrong is reported twice.
	 */
	public Preview preview(CouncilBundle bundle) {
		List<BundleProblem> problems = new ArrayList<>();
		List<StarterImport> modules = modules();
		Map<String, List<BundleProblem>> misshapen = new LinkedHashMap<>();
		misshapen.put(CouncilBundle.COUNCIL, CouncilFileSchema.of(CouncilBundle.COUNCIL).problems(bundle));
		modules.forEach(module -> misshapen.computeIfAbsent(module.file(), file -> module.schema().problems(bundle)));
		misshapen.values().forEach(problems::addAll);
		OnboardingRequest[] council = new OnboardingRequest[1];
		if (!bundle.has(CouncilBundle.COUNCIL)) {
			problems.add(new BundleProblem(CouncilBundle.COUNCIL, null, "file",
					"A bundle needs council.yaml: the council's slug, name, ONS code and region"));
		}
		else if (misshapen.get(CouncilBundle.COUNCIL).isEmpty()) {
			problems.addAll(StarterFiles.check(bundle, CouncilBundle.COUNCIL, OnboardingRequest.class, request -> {
				council[0] = request;
				return onboarding.problems(request);
			}));
		}
		String known = String.join(", ", new TreeSet<>(misshapen.keySet()));
		for (String name : bundle.names()) {
			if (!misshapen.containsKey(name)) {
				problems.add(new BundleProblem(name, null, "file",
						"is not a file the platform reads; a bundle holds " + known));
			}
		}
		modules.stream()
			.filter(module -> bundle.has(module.file()) && misshapen.get(module.file()).isEmpty())
			.forEach(module -> problems.addAll(module.check(bundle)));
		return new Preview(council[0], bundle.names(), problems);
	}

	/**
	 * Starts onboarding the bundle's council in the background.
	 *
	 * @throws BundleRefusedException with every problem, when the preview finds any; nothing is written
	 */
	public Onboarding start(CouncilBundle bundle, String actor) {
		Preview preview = preview(bundle);
		if (!preview.valid()) {
			throw new BundleRefusedException(preview.problems());
		}
		OnboardingRequest council = preview.council();
		long modules = modules().stream().filter(module -> bundle.has(module.file())).count();
		Onboarding started = onboardings.start(council.slug(), actor, (int) modules + 2);
		Path folder = StarterCopy.of(bundle, council.slug());
		executor.execute(() -> run(started.id(), council, actor, folder));
		return started;
	}

	private void run(String id, OnboardingRequest council, String actor, Path folder) {
		AtomicInteger done = new AtomicInteger();
		try {
			onboarding.onboard(council, actor, folder, step -> onboardings.step(id, done.getAndIncrement(), step));
			onboardings.finish(id, Status.DONE, List.of());
		}
		catch (StarterFileException ex) {
			onboardings.finish(id, Status.FAILED, ex.problems()
				.stream()
				.map(problem -> new BundleProblem(ex.file(), null, problem.field(), problem.message()))
				.toList());
		}
		catch (InvalidInputException ex) {
			onboardings.finish(id, Status.FAILED, ex.problems()
				.stream()
				.map(problem -> new BundleProblem(CouncilBundle.COUNCIL, null, problem.field(), problem.message()))
				.toList());
		}
		catch (ConflictException ex) {
			onboardings.finish(id, Status.FAILED, List.of(new BundleProblem(CouncilBundle.COUNCIL, null,
					ex.field().orElse("slug"), ex.getMessage())));
		}
		catch (RuntimeException ex) {
			log.error("Onboarding {} from its documents failed; nothing of it is kept", council.slug(), ex);
			onboardings.finish(id, Status.FAILED, List.of(new BundleProblem("", null, "onboarding",
					"The platform could not finish onboarding the council, so nothing of it was kept: "
							+ ex.getClass().getSimpleName() + ". Try again; if it fails again, the logs say why.")));
		}
		finally {
			StarterCopy.delete(folder);
		}
	}

	private List<StarterImport> modules() {
		return imports.orderedStream().sorted(Comparator.comparingInt(StarterImport::order)).toList();
	}

	/** A bundle with problems, which is not onboarded: every problem, each with its file, line and field. */
	public static class BundleRefusedException extends RuntimeException {

		private final List<BundleProblem> problems;

		BundleRefusedException(List<BundleProblem> problems) {
			super(problems.size() + " problems in the council's files");
			this.problems = List.copyOf(problems);
		}

		public List<BundleProblem> problems() {
			return problems;
		}
	}
}
