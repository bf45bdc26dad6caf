package org.corporateparenting.tenancy.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded server the README's run command starts: reachable from this machine only and only with the password
 * kept beside its data; its data kept across starts even in the JVM's temporary folder; and a server a killed
 * platform left behind stopped by the next start rather than failing it.
 */
class EmbeddedServerIntegrationTest {

	Path folder;

	EmbeddedServer server;

	@AfterEach
	void removeIt() throws IOException {
		if (server != null) {
			server.stop();
		}
		if (folder != null) {
			FileSystemUtils.deleteRecursively(folder);
		}
	}

	@Test
	void listensOnLoopbackOnlyAndAsksForThePasswordKeptForItsOwner() throws Exception {
		folder = Files.createTempDirectory("cpp-embedded-");
		server = new EmbeddedServer(folder, 0);
		EmbeddedServer.Login login = server.start();

		try (Connection connection = connect(login.url(), login.username(), login.password())) {
			assertThat(text(connection, "select @@bind_address")).isEqualTo("127.0.0.1");
			assertThat(text(connection, "select @@skip_grant_tables")).isIn("0", "OFF");
		}
		assertThatThrownBy(() -> connect(login.url(), "root", "")).isInstanceOf(SQLException.class);
		assertThatThrownBy(() -> connect(login.url(), "anyone", "anything")).isInstanceOf(SQLException.class);
		assertThatThrownBy(() -> connect(login.url(), login.username(), login.password() + "x"))
			.isInstanceOf(SQLException.class);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("password"))))
			.isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("init.sql"))))
			.isEqualTo("rw-------");
		Optional<InetAddress> external = externalAddress();
		if (external.isPresent()) {
			String elsewhere = login.url().replace("127.0.0.1", external.get().getHostAddress());
			assertThatThrownBy(() -> connect(elsewhere, login.username(), login.password()))
				.as("the server from another address of this machine")
				.isInstanceOf(SQLException.class);
		}
	}

	@Test
	void keepsItsDataAcrossStartsEvenInTheTemporaryFolder() throws Exception {
		folder = Files.createTempDirectory("cpp-embedded-");
		server = new EmbeddedServer(folder, 0);
		EmbeddedServer.Login login = server.start();
		try (Connection connection = connect(login.url(), login.username(), login.password());
				Statement statement = connection.createStatement()) {
			statement.execute("create database kept");
			statement.execute("create table kept.note (text varchar(40))");
			statement.execute("insert into kept.note values ('still here')");
		}
		server.stop();

		server = new EmbeddedServer(folder, 0);
		EmbeddedServer.Login again = server.start();

		assertThat(again.password()).isEqualTo(login.password());
		try (Connection connection = connect(again.url(), again.username(), again.password())) {
			assertThat(text(connection, "select text from kept.note")).isEqualTo("still here");
		}
	}

	@Test
	void aServerLeftRunningByAKilledPlatformIsStoppedByTheNextStart() throws Exception {
		folder = Files.createTempDirectory("cpp-embedded-");
		Process platform = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
				System.getProperty("java.class.path"), PlatformKilledWhileItsServerRuns.class.getName(),
				folder.toString())
			.redirectErrorStream(true)
			.start();
		try (BufferedReader output = new BufferedReader(new InputStreamReader(platform.getInputStream()))) {
			String line;
			while ((line = output.readLine()) != null && !line.startsWith("READY ")) {
				// The platform's log, until its server is up.
			}
			assertThat(line).as("the platform started its server").startsWith("READY ");
		}
		platform.destroyForcibly();
		platform.waitFor(10, TimeUnit.SECONDS);
		server = new EmbeddedServer(folder, 0);
		ProcessHandle orphan = server.orphan().orElseThrow(() -> new AssertionError("no server left behind"));

		EmbeddedServer.Login login = server.start();

		assertThat(orphan.isAlive()).isFalse();
		try (Connection connection = connect(login.url(), login.username(), login.password())) {
			assertThat(text(connection, "select 1")).isEqualTo("1");
		}
	}

	private static Connection connect(String url, String user, String password) throws SQLException {
		return DriverManager.getConnection(url + "/?connectTimeout=3000&allowPublicKeyRetrieval=true&sslMode=DISABLED",
				user, password);
	}

	private static String text(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static Optional<InetAddress> externalAddress() throws IOException {
		for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
			if (network.isUp() && !network.isLoopback()) {
				for (InetAddress address : Collections.list(network.getInetAddresses())) {
					if (address instanceof Inet4Address) {
						return Optional.of(address);
					}
				}
			}
		}
		return Optional.empty();
	}
}
