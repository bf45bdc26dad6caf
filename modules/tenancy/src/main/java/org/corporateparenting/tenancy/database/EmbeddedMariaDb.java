package org.corporateparenting.tenancy.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded MariaDB server used when no database URL is configured: a real server started from a Maven
 * dependency ({@link EmbeddedServer}). One per JVM, stopped once Spring has closed every context, so every context in
 * a test run shares it. It is started on a thread of its own as soon as the settings are read
 * ({@link EmbeddedServerEarlyStart}), so that it comes up (about a second) while the context is being prepared
 * rather than with the context waiting for it.
 */
final class EmbeddedMariaDb {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

	private static EmbeddedServer.Login login;

	/** A start begun ahead of the context, until it has ended. */
	private static CompletableFuture<EmbeddedServer.Login> starting;

	private EmbeddedMariaDb() {
	}

	/** Begins starting the server on a thread of its own, unless it is running or starting already. */
	static synchronized void startInBackground(DatabaseProperties.Embedded settings) {
		if (login != null || starting != null) {
			return;
		}
		CompletableFuture<EmbeddedServer.Login> start = new CompletableFuture<>();
		starting = start;
		Thread.ofPlatform().name("embedded-mariadb-start").daemon().start(() -> {
			try {
				start.complete(startHere(settings));
			}
			catch (Throwable ex) {
				start.completeExceptionally(ex);
			}
			finally {
				synchronized (EmbeddedMariaDb.class) {
					starting = null;
				}
			}
		});
	}

	/**
	 * Returns how to sign in to the server: at once when it is running, once it is up when a start is under way
	 * (with that start's failure, if it fails), otherwise after starting it here.
	 */
	static EmbeddedServer.Login start(DatabaseProperties.Embedded settings) {
		CompletableFuture<EmbeddedServer.Login> underWay;
		synchronized (EmbeddedMariaDb.class) {
			if (login != null) {
				return login;
			}
			underWay = starting;
		}
		if (underWay == null) {
			return startHere(settings);
		}
		try {
			return underWay.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	private static synchronized EmbeddedServer.Login startHere(DatabaseProperties.Embedded settings) {
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
