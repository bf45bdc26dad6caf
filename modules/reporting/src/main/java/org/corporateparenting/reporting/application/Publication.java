package org.corporateparenting.reporting.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.corporateparenting.reporting.DeliveryProgressShared;
import org.corporateparenting.reporting.Period;
import org.corporateparenting.reporting.PeriodFinalised;
import org.corporateparenting.reporting.PeriodFinalised.SharedFigure;
import org.corporateparenting.reporting.domain.DashboardPriorities;
import org.corporateparenting.reporting.domain.FinalisedPeriod;
import org.corporateparenting.reporting.domain.FinalisedPeriods;
import org.corporateparenting.reporting.domain.IndicatorShare;
import org.corporateparenting.reporting.domain.IndicatorShares;
import org.corporateparenting.reporting.domain.Measurement;
import org.corporateparenting.reporting.domain.Measurements;
import org.corporateparenting.tenancy.Council;
import org.corporateparenting.tenancy.CouncilContext;
import org.corporateparenting.tenancy.Councils;
import org.corporateparenting.tenancy.Partnership;
import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a council shares with its partnerships, and finalising a period: the shared values of that period, small
 * numbers suppressed here in the council, go out as a {@link PeriodFinalised} event, with the council's delivery
 * progress by theme ({@link DeliveryProgressShared}), which put them in the platform schema. Nothing reads a
 * council's schema from outside it.
 */
@Service
@Transactional(readOnly = true)
public class Publication {

	private final IndicatorShares shares;

	private final DashboardPriorities priorities;

	private final FinalisedPeriods finalised;

	private final Measurements measurements;

	private final IndicatorCatalogue catalogue;

	private final Councils councils;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SmallNumbers smallNumbers;

	Publication(IndicatorShares shares, DashboardPriorities priorities, FinalisedPeriods finalised,
			Measurements measurements, IndicatorCatalogue catalogue, Councils councils, ApplicationEventPublisher events,
			Clock clock, SmallNumbers smallNumbers) {
		this.smallNumbers = smallNumbers;
		this.shares = shares;
		this.priorities = priorities;
		this.finalised = finalised;
		this.measurements = measurements;
		this.catalogue = catalogue;
		this.councils = councils;
		this.events = events;
		this.clock = clock;
	}

	/** Each partnership the council belongs to, with the national indicators it shares there. */
	public List<Sharing> sharing() {
		Council council = council();
		List<Sharing> sharing = new ArrayList<>();
		for (String slug : council.partnerships()) {
			councils.findPartnership(slug).ifPresent(partnership -> sharing.add(new Sharing(partnership,
					shares.findByPartnershipSlugOrderByIndicatorCode(slug)
						.stream()
						.map(IndicatorShare::getIndicatorCode)
						.collect(java.util.stream.Collectors.toCollection(TreeSet::new)))));
		}
		return sharing;
	}

	/**
	 * Where a council's figures shared for benchmarking go, beside its partnerships': every council whose statistical
	 * neighbour or region it is may compare itself with them. Not a partnership's slug (slugs have no {@code @}), so it
	 * is never taken for one.
	 */
	public static final String BENCHMARKING = "@benchmarking";

	/** The national indicators the council shares for benchmarking with its statistical neighbours and region. */
	public Set<String> benchmarking() {
		return shares.findByPartnershipSlugOrderByIndicatorCode(BENCHMARKING)
			.stream()
			.map(IndicatorShare::getIndicatorCode)
			.collect(java.util.stream.Collectors.toCollection(TreeSet::new));
	}

	/** Replaces what the council shares for benchmarking; sent, like a partnership's, when a period is finalised. */
	@Transactional
	public Set<String> shareForBenchmarking(List<String> codes) {
		return replaceShares(BENCHMARKING, codes);
	}

	/** Replaces what the council shares with one of its partnerships. */
	@Transactional
	public Sharing share(String partnershipSlug, List<String> codes) {
		return replaceShares(memberOf(partnershipSlug), codes);
	}

	/**
	 * Replaces what the council will share with a partnership it may not have joined yet (a starter file names its
	 * partnerships before the council is added to them); nothing goes there until it is a member.
	 */
	@Transactional
	public Sharing shareOnJoining(String partnershipSlug, List<String> codes) {
		return replaceShares(councils.findPartnership(partnershipSlug)
			.orElseThrow(() -> new NotFoundException("There is no partnership " + partnershipSlug)), codes);
	}

	private Sharing replaceShares(Partnership partnership, List<String> codes) {
		return new Sharing(partnership, replaceShares(partnership.slug(), codes));
	}

	private Set<String> replaceShares(String destination, List<String> codes) {
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < codes.size(); i++) {
			String code = codes.get(i);
			if (catalogue.national().stream().noneMatch(indicator -> indicator.code().equals(code))) {
				problems.add(new FieldProblem("indicators[" + i + "]", catalogue.find(code).isPresent()
						? code + " is the council's own indicator: only national indicators compare across councils"
						: "There is no national indicator " + code));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		shares.deleteByPartnershipSlug(destination);
		shares.flush();
		Set<String> chosen = new TreeSet<>(codes);
		shares.saveAll(chosen.stream().map(code -> new IndicatorShare(destination, code)).toList());
		return chosen;
	}

	public List<FinalisedPeriod> finalisedPeriods() {
		return finalised.findAllByOrderByPeriodStartDescPeriodDesc();
	}

	/**
	 * Sends the period's shared values to the council's partnerships, replacing whatever it sent for the period
	 * before. A period can be finalised once it has ended.
	 */
	@Transactional
	public Finalised finalise(@Nullable String periodText, String by) {
		Period period = ended(periodText);
		record(period, by);
		PeriodFinalised published = publication(period, clock.instant());
		events.publishEvent(published);
		deliveryProgress().ifPresent(events::publishEvent);
		return new Finalised(period.toString(), published.figures().size(),
				(int) published.figures().stream().filter(SharedFigure::suppressed).count());
	}

	/**
	 * Records a period as finalised without sending anything yet: a starter file's periods, sent by
	 * {@link #republish()} once the import is committed and the council is in its partnerships.
	 */
	@Transactional
	public void finaliseLater(@Nullable String periodText, String by) {
		record(ended(periodText), by);
	}

	private void record(Period period, String by) {
		FinalisedPeriod record = finalised.findById(period.toString()).orElseGet(() -> new FinalisedPeriod(period));
		record.finalise(by, clock.instant());
		finalised.save(record);
	}

	private Period ended(@Nullable String periodText) {
		Period period = Period.parse(periodText)
			.orElseThrow(() -> InvalidInputException.of("period",
					"Enter a period that has ended, such as 2024-25 or 2024-25 Q1"));
		if (!period.end().isBefore(LocalDate.now(clock))) {
			throw InvalidInputException.of("period", period + " has not ended yet: finalise it after " + period.end());
		}
		return period;
	}

	/**
	 * Sends every finalised period again, as it stands (a council that joins a partnership sends it what it
	 * shares there).
	 */
	@Transactional
	public void republish() {
		finalised.findAllByOrderByPeriodStartDescPeriodDesc()
			.forEach(period -> events.publishEvent(publication(period.getPeriod(), period.getFinalisedAt())));
		deliveryProgress().ifPresent(events::publishEvent);
	}

	/**
	 * The council's delivery progress by standard theme as its dashboard counts it now, for its partnerships, small
	 * themes suppressed; nothing when it is in no partnership. Sent with a finalised period, not with every change.
	 */
	private Optional<DeliveryProgressShared> deliveryProgress() {
		List<String> partnerships = council().partnerships();
		if (partnerships.isEmpty()) {
			return Optional.empty();
		}
		List<DeliveryProgressShared.ThemeShare> themes = Dashboard.themes(priorities.findAllByOrderByNumber()
			.stream()
			.map(p -> new Dashboard.PriorityRow(p.getPriorityId(), p.getNumber(), p.getTitle(), p.getTheme(), p.counts()))
			.toList())
			.stream()
			.map(theme -> {
				BigDecimal share = smallNumbers.share(theme.greenOrComplete(), theme.actions());
				return new DeliveryProgressShared.ThemeShare(theme.theme(), share, share == null);
			})
			.toList();
		return Optional.of(new DeliveryProgressShared(CouncilContext.require(), clock.instant(), partnerships, themes));
	}

	/**
	 * The period's shared values, per partnership the council belongs to and for benchmarking, small numbers
	 * suppressed.
	 */
	private PeriodFinalised publication(Period period, java.time.Instant finalisedAt) {
		Council council = council();
		Map<String, Measurement> values = new LinkedHashMap<>();
		measurements.findByPeriod(period.toString()).forEach(m -> values.put(m.getIndicatorCode(), m));
		Map<String, Indicator> indicators = catalogue.byCode();
		Map<String, Set<String>> destinations = new LinkedHashMap<>();
		sharing().forEach(sharing -> destinations.put(sharing.partnership().slug(), sharing.indicators()));
		destinations.put(BENCHMARKING, benchmarking());
		List<SharedFigure> figures = new ArrayList<>();
		destinations.forEach((destination, codes) -> {
			for (String code : codes) {
				Measurement value = values.get(code);
				if (value != null) {
					boolean suppress = smallNumbers.suppress(indicators.get(code).unit(), value.getValue(),
							value.getNumerator(), value.getDenominator());
					figures.add(new SharedFigure(destination, code, suppress ? null : value.getValue(), suppress));
				}
			}
		});
		return new PeriodFinalised(council.slug(), period.toString(), finalisedAt, clock.instant(), figures);
	}

	private Council council() {
		return councils.find(CouncilContext.require()).orElseThrow();
	}

	/** A partnership the council does not belong to does not exist as far as its pages can tell. */
	private Partnership memberOf(String slug) {
		return Optional.of(council())
			.filter(council -> council.partnerships().contains(slug))
			.flatMap(council -> councils.findPartnership(slug))
			.orElseThrow(() -> new NotFoundException("The council is not in a partnership " + slug));
	}

	public record Sharing(Partnership partnership, Set<String> indicators) {
	}

	/** @param suppressed how many of the values sent were small numbers, sent as {@code c} */
	public record Finalised(String period, int values, int suppressed) {
	}
}
