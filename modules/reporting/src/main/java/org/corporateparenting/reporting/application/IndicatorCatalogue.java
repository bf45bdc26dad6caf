package org.corporateparenting.reporting.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.corporateparenting.reporting.Cohort;
import org.corporateparenting.reporting.domain.DashboardPriorities;
import org.corporateparenting.reporting.domain.DashboardPriority;
import org.corporateparenting.reporting.domain.LocalIndicator;
import org.corporateparenting.reporting.domain.LocalIndicators;
import org.corporateparenting.reporting.domain.TrackedIndicator;
import org.corporateparenting.reporting.domain.TrackedIndicators;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.NotFoundException;
import org.corporateparenting.web.Versions;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.Validator;

/**
 * The indicators a council can measure: the national catalogue and its own, and which of them it follows on its
 * dashboard, under which priority of its strategy.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorCatalogue {

	private final NationalIndicators national;

	private final LocalIndicators locals;

	private final TrackedIndicators tracked;

	/** Told of every change to the council's own indicators and those followed, which the dashboard shows. */
	private final DashboardReadModel readModel;

	private final DashboardPriorities priorities;

	/** The entries this instance last listed for each council, kept against the dashboard's sections (see below). */
	private final SectionVersions.Kept<List<Entry>> listed;

	private final Validator validator;

	IndicatorCatalogue(NationalIndicators national, LocalIndicators locals, TrackedIndicators tracked,
			DashboardPriorities priorities, SectionVersions versions, DashboardReadModel readModel,
			Validator validator) {
		this.national = national;
		this.readModel = readModel;
		this.locals = locals;
		this.tracked = tracked;
		this.priorities = priorities;
		this.validator = validator;
		// Read after the sum, so what is kept is never older than the sum it is kept under.
		this.listed = versions.keep(sum -> new SectionVersions.Made<>(sum, list()));
	}

	/** National indicators in the catalogue's order, then the council's own by code. */
	public List<Indicator> all() {
		List<Indicator> all = new ArrayList<>(national.all());
		locals.findAllByOrderByCode().stream().map(IndicatorCatalogue::view).forEach(all::add);
		return all;
	}

	public Map<String, Indicator> byCode() {
		// A national code wins over a council's own with the same code (a release adding it to the catalogue).
		return all().stream().collect(Collectors.toMap(Indicator::code, Function.identity(), (national, local) -> national));
	}

	public Optional<Indicator> find(String code) {
		return national.find(code).or(() -> locals.findByCode(code).map(IndicatorCatalogue::view));
	}

	/** @throws NotFoundException when the council has no such indicator */
	public Indicator get(String code) {
		return find(code).orElseThrow(() -> new NotFoundException("There is no indicator " + code));
	}

	public List<Indicator> national() {
		return national.all();
	}

	@Transactional
	public Indicator createLocal(LocalIndicatorRequest request) {
		List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(request)));
		if (request.code() != null && (national.find(request.code()).isPresent()
				|| locals.findByCode(request.code()).isPresent())) {
			problems.add(new FieldProblem("code", "There is already an indicator " + request.code()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		readModel.indicatorsChanged();
		return view(locals.save(new LocalIndicator(request.code(), request.name().strip(),
				request.definition().strip(), request.unit(), request.polarity(), request.source().strip())));
	}

	@Transactional
	public Indicator updateLocal(String code, LocalIndicatorRequest request) {
		LocalIndicator indicator = locals.findByCode(code)
			.orElseThrow(() -> national.find(code).isPresent()
					? new InvalidInputException(List.of(new FieldProblem("code",
							"National indicators are the same for every council and cannot be changed")))
					: new NotFoundException("There is no indicator " + code));
		List<FieldProblem> problems = FieldProblem.of(validator.validate(request))
			.stream()
			.filter(problem -> !problem.field().equals("code"))
			.toList();
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Versions.require(request.version(), indicator.getVersion());
		indicator.describe(request.name().strip(), request.definition().strip(), request.unit(), request.polarity(),
				request.source().strip());
		locals.flush();
		readModel.indicatorsChanged();
		return view(indicator);
	}

	/**
	 * Every indicator, national then the council's own, each with where the dashboard follows it (null when it does
	 * not). What this instance listed for the council before is given again, as the same list, while the dashboard's
	 * sections' counts of changes add up to what they did then: every change to the council's own indicators or to
	 * those followed goes through this catalogue and counts a change of the indicators section in its transaction, and
	 * the priorities' names change only with a rebuild of the strategy section, which counts one too. That sum is taken
	 * as unchanged for a second after it was read, unless a change was made on this instance ({@link SectionVersions});
	 * after that it is read again in one small query, and a changed catalogue costs four.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<Entry> entries() {
		return listed.current();
	}

	private List<Entry> list() {
		List<Indicator> all = all();
		Map<String, Tracked> followed = new java.util.HashMap<>();
		tracked(all.stream().collect(Collectors.toMap(Indicator::code, Function.identity(), (national, local) -> national)))
			.forEach(entry -> followed.put(entry.indicator().code(), entry));
		return all.stream().map(indicator -> new Entry(indicator, followed.get(indicator.code()))).toList();
	}

	/** An indicator of the catalogue, and where the dashboard follows it, if it does. */
	public record Entry(Indicator indicator, @Nullable Tracked tracked) {
	}

	/**
	 * The indicators followed on the dashboard, in order, with the priority each sits under (named from the
	 * dashboard's read model of the plan in force).
	 */
	public List<Tracked> tracked() {
		return tracked(byCode());
	}

	private List<Tracked> tracked(Map<String, Indicator> byCode) {
		Map<Integer, String> priorityLabels = priorityLabels();
		return tracked.findAllByOrderByPosition()
			.stream()
			.filter(entry -> byCode.containsKey(entry.getCode()))
			.map(entry -> new Tracked(byCode.get(entry.getCode()), entry.getPriorityNumber(),
					label(priorityLabels, entry.getPriorityNumber())))
			.toList();
	}

	/** The priorities of the plan in force, by number, as "3. Education and Employment". */
	public Map<Integer, String> priorityLabels() {
		return labels(priorities.findAllByOrderByNumber());
	}

	/** The dashboard's priorities by number, as "3. Education and Employment". */
	static Map<Integer, String> labels(List<DashboardPriority> rows) {
		return rows.stream()
			.collect(Collectors.toMap(DashboardPriority::getNumber, p -> p.getNumber() + ". " + p.getTitle(),
					(a, b) -> a, java.util.TreeMap::new));
	}

	/** A followed indicator: national when the catalogue has the code, else the council's own definition. */
	Optional<Indicator> resolve(String code, @Nullable LocalIndicator local) {
		return national.find(code).or(() -> Optional.ofNullable(local).map(IndicatorCatalogue::view));
	}

	static @Nullable String labelOf(Map<Integer, String> labels, @Nullable Integer number) {
		return label(labels, number);
	}

	private static @Nullable String label(Map<Integer, String> labels, @Nullable Integer number) {
		return number == null ? null : labels.getOrDefault(number, "Priority " + number);
	}

	/** Follows the indicator on the dashboard (under the priority, if one is given), or moves it there. */
	@Transactional
	public Tracked track(String code, @Nullable Integer priorityNumber) {
		Indicator indicator = get(code);
		Map<Integer, String> labels = priorityLabels();
		if (priorityNumber != null && !labels.containsKey(priorityNumber)) {
			throw InvalidInputException.of("priority", "Choose one of the priorities of the strategy in force");
		}
		place(code, priorityNumber);
		return new Tracked(indicator, priorityNumber, label(labels, priorityNumber));
	}

	/** Follows an indicator without checking its priority against the plan (a starter file names it ahead). */
	@Transactional
	public void place(String code, @Nullable Integer priorityNumber) {
		TrackedIndicator entry = tracked.findById(code).orElseGet(
				() -> tracked.save(new TrackedIndicator(code, (int) tracked.count() + 1, priorityNumber)));
		entry.placeUnder(priorityNumber);
		readModel.indicatorsChanged();
	}

	@Transactional
	public void untrack(String code) {
		get(code);
		tracked.deleteById(code);
		readModel.indicatorsChanged();
	}

	public Set<String> trackedCodes() {
		return tracked.findAllByOrderByPosition().stream().map(TrackedIndicator::getCode).collect(Collectors.toSet());
	}

	/** @param priority how the priority is shown, such as "3. Education and Employment" */
	public record Tracked(Indicator indicator, @Nullable Integer priorityNumber, @Nullable String priority) {
	}

	static Indicator view(LocalIndicator local) {
		return new Indicator(local.getCode(), local.getName(), local.getDefinition(), local.getUnit(),
				local.getPolarity(), Cohort.LOCAL, local.getSource(), false, local.getVersion());
	}
}
