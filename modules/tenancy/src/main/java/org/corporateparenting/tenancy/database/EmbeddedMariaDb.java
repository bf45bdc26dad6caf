package org.corporateparenting.tenancy.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded MariaDB server used when no database URL is configured: a real server started from a Maven
 * dependency ({@link EmbeddedServer}). One per JVM, stopped once Spring has closed every context, so every context in
 * a test run shares it.
 */
final class EmbeddedMariaDb {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

	private static EmbeddedServer.Login login;

	private EmbeddedMariaDb() {
	}

	/** Starts the server on first use and returns how to sign in to it. */
	static synchronized EmbeddedServer.Login start(DatabaseProperties.Embedded settings) {
		if (login != null) {
			return login;
		}
		long started = System.nanoTime();
		try {
			Path folder = settings.temporary() ? Files.createTempDirectory("cpp-mariadb-")
					: settings.dataDir().toAbsolutePath();
			EmbeddedServer server = new EmbeddedServer(folder, settings.port());
			login = server.start();
			// Stopped once Spring has closed every context (whose event registry still writes to it): a JVM hook of
			// its own would run beside Spring's, and closing would wait out the pool's connection timeout.
			SpringApplication.getShutdownHandlers().add(() -> {
				server.stop();
				if (settings.temporary()) {
					try {
						FileSystemUtils.deleteRecursively(folder);
					}
					catch (IOException ex) {
						log.warn("Could not delete the embedded database folder {}", folder, ex);
					}
				}
			});
			log.info("Embedded MariaDB started on {} with data in {} ({} ms)", login.url(), folder,
					(System.nanoTime() - started) / 1_000_000);
			return login;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prepare the embedded database folder", ex);
		}
	}
}
