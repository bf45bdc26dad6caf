package org.corporateparenting.tenancy.onboarding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.corporateparenting.tenancy.Council;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.CouncilOnboarded;
import org.corporateparenting.tenancy.CouncilStatus;
import org.corporateparenting.tenancy.IssuerAddresses;
import org.corporateparenting.tenancy.StarterImport;
import org.corporateparenting.tenancy.database.DatabaseShards;
import org.corporateparenting.tenancy.database.SchemaNames;
import org.corporateparenting.tenancy.migration.CouncilMigrations;
import org.corporateparenting.tenancy.registry.CouncilRecord;
import org.corporateparenting.tenancy.registry.CouncilRegistry;
import org.corporateparenting.tenancy.registry.NewCouncil;
import org.corporateparenting.web.ConflictException;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.validation.Validator;

/**
 * Puts a council on the platform: checks the request in full, registers the council, creates and migrates its
 * schema, activates it, and tells the modules in the council's own context so they can import its starter files.
 * Bad input is refused before anything is written; a failed migration removes what was made.
 */
@Service
public class CouncilOnboarding {

	private static final Logger log = LoggerFactory.getLogger(CouncilOnboarding.class);

	private final CouncilRegistry registry;

	private final CouncilMigrations migrations;

	private final CouncilHistory history;

	private final SchemaNames schemaNames;

	private final DatabaseShards shards;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Validator validator;

	private final ObjectProvider<StarterImport> imports;

	private final IssuerAddresses issuerAddresses;

	CouncilOnboarding(CouncilRegistry registry, CouncilMigrations migrations, CouncilHistory history,
			SchemaNames schemaNames, DatabaseShards shards, TransactionTemplate transactions,
			ApplicationEventPublisher events, Validator validator, ObjectProvider<StarterImport> imports,
			IssuerAddresses issuerAddresses) {
		this.imports = imports;
		this.issuerAddresses = issuerAddresses;
		this.registry = registry;
		this.migrations = migrations;
		this.history = history;
		this.schemaNames = schemaNames;
		this.shards = shards;
		this.transactions = transactions;
		this.events = events;
		this.validator = validator;
	}

	public Council onboard(OnboardingRequest request, String actor) {
		return onboard(request, actor, null);
	}

	/**
	 * @param starterFolder where the council's starter files are ({@code tenants/walsall}), or {@code null}
	 */
	public Council onboard(OnboardingRequest request, String actor, @Nullable Path starterFolder) {
		return onboard(request, actor, starterFolder, step -> {
		});
	}

	/**
	 * Puts the council on the platform: its registry entry and schema, then each module's file from the starter
	 * folder in turn ({@link StarterImport}), and only then opens it to its users. If any step fails, the council is
	 * removed with everything imported, and the failure is thrown.
	 *
	 * @param steps told as each step starts
	 */
	public Council onboard(OnboardingRequest request, String actor, @Nullable Path starterFolder,
			Consumer<String> steps) {
		check(request);
		String shard = request.shard() != null ? request.shard() : leastUsedShard();
		NewCouncil created = new NewCouncil(request.slug(), request.name().strip(), request.onsCode(),
				request.region(), schemaNames.council(request.slug()), shard, request.trustedIssuers());
		steps.accept("Creating the council's database schema");
		transactions.executeWithoutResult(tx -> {
			registry.insert(created);
			request.partnerships().forEach(partnership -> registry.addMember(partnership, request.slug()));
			history.record(request.slug(), actor, "ONBOARDED", request.name() + " (" + request.onsCode() + ")");
		});
		CouncilRecord council = registry.findRecord(request.slug()).orElseThrow();
		try {
			migrations.migrate(council);
			for (StarterImport module : importsOf(starterFolder)) {
				steps.accept("Importing " + module.file());
				Path file = starterFolder.resolve(module.file());
				CouncilContext.runIn(council.slug(), () -> module.load(file));
			}
		}
		catch (RuntimeException ex) {
			undo(council);
			throw ex;
		}
		steps.accept("Opening the council to its users");
		transactions.executeWithoutResult(
				tx -> registry.changeStatus(council.slug(), CouncilStatus.ACTIVE, council.version()));
		CouncilContext.runIn(council.slug(), () -> transactions.executeWithoutResult(tx -> events.publishEvent(
				new CouncilOnboarded(council.slug(), council.name(), starterFolder == null ? null
						: starterFolder.toAbsolutePath().toString()))));
		log.info("Onboarded {} ({}) into schema {} on shard {}", council.name(), council.slug(), council.schemaName(),
				council.shard());
		return registry.find(council.slug()).orElseThrow();
	}

	/** The modules' imports whose file is in the folder, in the order they run. */
	public List<StarterImport> importsOf(@Nullable Path starterFolder) {
		if (starterFolder == null) {
			return List.of();
		}
		return imports.orderedStream()
			.filter(module -> Files.isRegularFile(starterFolder.resolve(module.file())))
			.sorted(Comparator.comparingInt(StarterImport::order))
			.toList();
	}

	/**
	 * Every problem with a request to onboard, as {@link #onboard} would refuse it (a slug or ONS code already on
	 * the platform among them), without writing anything.
	 */
	public List<FieldProblem> problems(OnboardingRequest request) {
		try {
			check(request);
			return List.of();
		}
		catch (InvalidInputException ex) {
			return ex.problems();
		}
		catch (ConflictException ex) {
			return List.of(new FieldProblem(ex.field().orElse("slug"), ex.getMessage()));
		}
	}

	/**
	 * The server holding the fewest councils that still have a schema, so that councils spread as servers are added;
	 * on a tie the default server, then the first by name.
	 */
	private String leastUsedShard() {
		Map<String, Long> councilsPerShard = registry.councilsPerShard();
		return shards.names()
			.stream()
			.min(Comparator.comparingLong((String shard) -> councilsPerShard.getOrDefault(shard, 0L))
				.thenComparing(shard -> !DatabaseShards.DEFAULT.equals(shard))
				.thenComparing(Comparator.naturalOrder()))
			.orElseThrow();
	}

	/** Every problem with the request at once, so the person fixing it sees them all. */
	private void check(OnboardingRequest request) {
		List<FieldProblem> problems = FieldProblem.of(validator.validate(request));
		if (request.region() != null && !request.region().isBlank() && !EnglishRegions.contains(request.region())) {
			problems.add(new FieldProblem("region", "must be one of " + String.join(", ", EnglishRegions.ALL)));
		}
		for (int i = 0; i < request.partnerships().size(); i++) {
			String partnership = request.partnerships().get(i);
			if (partnership != null && !partnership.isBlank() && registry.findPartnership(partnership).isEmpty()) {
				problems.add(new FieldProblem("partnerships[" + i + "]", "no partnership " + partnership + " exists"));
			}
		}
		for (int i = 0; i < request.trustedIssuers().size(); i++) {
			String issuer = request.trustedIssuers().get(i);
			if (issuer != null && !issuer.isBlank()) {
				String field = "trustedIssuers[" + i + "]";
				issuerAddresses.problem(issuer).ifPresent(problem -> problems.add(new FieldProblem(field, problem)));
			}
		}
		if (request.shard() != null && !shards.exists(request.shard())) {
			problems.add(new FieldProblem("shard", "must be one of the platform's database servers: "
					+ String.join(", ", new TreeSet<>(shards.names()))));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (registry.readRecord(request.slug()).isPresent()) {
			throw new ConflictException("slug", "A council with the slug " + request.slug() + " is already on the platform");
		}
		if (registry.existsByOnsCode(request.onsCode())) {
			throw new ConflictException("onsCode", "A council with the ONS code " + request.onsCode()
					+ " is already on the platform");
		}
	}

	private void undo(CouncilRecord council) {
		log.warn("Onboarding {} failed; removing its registry entry and schema", council.slug());
		transactions.executeWithoutResult(tx -> registry.delete(council.slug()));
		try (Connection connection = shards.openDedicated(council.shard(), schemaNames.platform());
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists `" + council.schemaName() + "`");
		}
		catch (Exception ex) {
			log.error("Could not drop schema {} after a failed onboarding", council.schemaName(), ex);
		}
	}
}
