package org.corporateparenting.reporting.starter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.corporateparenting.reporting.application.StatisticalNeighbours;
import org.corporateparenting.tenancy.StarterFolder;
import org.corporateparenting.web.Spreadsheets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Loads the illustrative statistical neighbour table of the demo councils from {@code tenants/statistical-neighbours.csv}
 * when the platform onboards its {@code tenants/} folder at start and no table has been loaded yet. The table is made
 * up (the demo councils as each other's neighbours, beside real councils' codes that are not on the platform) and is
 * marked illustrative wherever it is shown; a platform admin loads the DfE's in its place.
 */
@Component
@Order(10)
class StatisticalNeighboursStarter implements ApplicationRunner {

	static final String FILE = "statistical-neighbours.csv";

	private static final Logger log = LoggerFactory.getLogger(StatisticalNeighboursStarter.class);

	private final StatisticalNeighbours neighbours;

	private final StarterFolder starterFolder;

	StatisticalNeighboursStarter(StatisticalNeighbours neighbours, StarterFolder starterFolder) {
		this.neighbours = neighbours;
		this.starterFolder = starterFolder;
	}

	@Override
	public void run(ApplicationArguments args) {
		Path file = starterFolder.toOnboard().map(folder -> folder.resolve(FILE)).orElse(null);
		if (file == null || !Files.isRegularFile(file) || neighbours.loaded().loadedAt() != null) {
			return;
		}
		try (InputStream content = Files.newInputStream(file)) {
			var loaded = neighbours.load(Spreadsheets.read(FILE, content), 0L, true,
					"Illustrative: made up for the demo councils, not the DfE's table", FILE);
			log.info("Loaded the illustrative statistical neighbours of {} councils from {}", loaded.councils(), file);
		}
		catch (OptimisticLockingFailureException ex) {
			log.info("Another instance loaded the statistical neighbours first");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
