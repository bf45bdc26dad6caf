package org.corporateparenting.tenancy.onboarding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.corporateparenting.tenancy.CouncilBundle;
import org.corporateparenting.tenancy.Partnership.PartnershipKind;
import org.corporateparenting.tenancy.registry.CouncilRegistry;
import org.corporateparenting.tenancy.settings.TenantsProperties;
import org.corporateparenting.web.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Onboards the councils described in the {@code tenants/} folder: one sub-folder per council with its
 * {@code council.yaml}, and {@code partnerships.yaml} beside them. Councils and partnerships already in the
 * registry are left as they are, so it is safe at every start. With {@code cpp.tenants.move-dates-to-today} (the demo),
 * each council's files are onboarded from a copy whose dates are placed in today's calendar ({@link DemoCalendar}):
 * once, when the council is first onboarded, never again at later starts.
 */
@Component
public class TenantFolders {

	private static final Logger log = LoggerFactory.getLogger(TenantFolders.class);

	private static final String SYSTEM = "tenants folder";

	private final YAMLMapper yaml = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final Path folder;

	private final CouncilRegistry registry;

	private final CouncilOnboarding onboarding;

	private final PartnershipAdministration partnerships;

	private final boolean moveDatesToToday;

	private final Clock clock;

	TenantFolders(TenantsProperties tenants, CouncilRegistry registry, CouncilOnboarding onboarding,
			PartnershipAdministration partnerships, Clock clock) {
		this.folder = tenants.folder();
		this.moveDatesToToday = tenants.moveDatesToToday();
		this.clock = clock;
		this.registry = registry;
		this.onboarding = onboarding;
		this.partnerships = partnerships;
	}

	public void onboardMissing() {
		if (!Files.isDirectory(folder)) {
			log.warn("No tenants folder at {}; no councils onboarded from files", folder.toAbsolutePath());
			return;
		}
		PartnershipsFile partnershipsFile = read(folder.resolve("partnerships.yaml"), PartnershipsFile.class);
		for (PartnershipsFile.Entry entry : partnershipsFile.partnerships()) {
			if (registry.findPartnership(entry.slug()).isEmpty()) {
				partnerships.create(new PartnershipRequest(entry.slug(), entry.name(), entry.kind(), List.of()),
						SYSTEM);
			}
		}
		Map<Path, OnboardingRequest> missing = new LinkedHashMap<>();
		for (Path councilFile : councilFiles()) {
			OnboardingRequest request = read(councilFile, OnboardingRequest.class);
			if (registry.findRecord(request.slug()).isEmpty()) {
				missing.put(councilFile, request);
			}
		}
		int done = 0;
		for (Map.Entry<Path, OnboardingRequest> council : missing.entrySet()) {
			Path files = council.getKey().getParent();
			Path copy = moveDatesToToday ? movedToToday(files, council.getValue().slug()) : null;
			try {
				onboarding.onboard(council.getValue(), SYSTEM, copy == null ? files : copy);
			}
			catch (InvalidInputException ex) {
				throw new IllegalStateException(council.getKey() + ": " + ex.problems(), ex);
			}
			finally {
				if (copy != null) {
					StarterCopy.delete(copy);
				}
			}
			done++;
			if (missing.size() > 1) {
				log.info("Onboarded {} of {} councils from {} ({})", done, missing.size(), folder,
						council.getValue().slug());
			}
		}
		// Only what is not there yet: at every start with every council a member, this costs no statement.
		partnershipsFile.partnerships()
			.forEach(entry -> entry.councils()
				.stream()
				.filter(council -> registry.findRecord(council).isPresent())
				.filter(council -> registry.findPartnership(entry.slug())
					.map(partnership -> !partnership.councils().contains(council))
					.orElse(true))
				.forEach(council -> partnerships.addCouncil(entry.slug(), council, SYSTEM)));
	}

	/** A copy of the council's files with their dates moved into today's calendar. */
	private Path movedToToday(Path files, String slug) {
		Map<String, String> texts = new LinkedHashMap<>();
		try (Stream<Path> children = Files.list(files)) {
			for (Path file : children.filter(Files::isRegularFile)
				.filter(file -> file.getFileName().toString().matches(".*\\.ya?ml"))
				.sorted()
				.toList()) {
				texts.put(file.getFileName().toString(), Files.readString(file));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		LocalDate today = LocalDate.now(clock);
		int years = DemoCalendar.yearsToMove(texts.values(), today);
		log.info("Onboarding {} with the dates in its files moved forward by {} years, into the calendar of {}", slug,
				years, today);
		Map<String, byte[]> moved = new LinkedHashMap<>();
		texts.forEach((name, text) -> moved.put(name,
				DemoCalendar.move(text, years).getBytes(StandardCharsets.UTF_8)));
		return StarterCopy.of(CouncilBundle.of(moved), slug);
	}

	private List<Path> councilFiles() {
		try (Stream<Path> children = Files.list(folder)) {
			return children.map(child -> child.resolve("council.yaml")).filter(Files::isRegularFile).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private <T> T read(Path file, Class<T> type) {
		try {
			return yaml.readValue(file.toFile(), type);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException(file + ": " + ex.getOriginalMessage() + " at line "
					+ (ex.getLocation() == null ? "?" : ex.getLocation().getLineNr()), ex);
		}
	}

	record PartnershipsFile(List<Entry> partnerships) {

		PartnershipsFile {
			partnerships = partnerships == null ? List.of() : partnerships;
		}

		record Entry(String slug, String name, PartnershipKind kind, List<String> councils) {

			Entry {
				councils = councils == null ? List.of() : councils;
			}
		}
	}
}
