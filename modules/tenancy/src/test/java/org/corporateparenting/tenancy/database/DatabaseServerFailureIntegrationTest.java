package org.corporateparenting.tenancy.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.corporateparenting.ModuleTestApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.FileSystemUtils;

/**
 * A platform pointed at a database server it cannot open stops within ten seconds, with one line that names the
 * server and why: nothing listening, an unknown host, a wrong password, or a URL of the wrong kind.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseServerFailureIntegrationTest {

	private static final Duration WITHIN = Duration.ofSeconds(10);

	static Path folder;

	static EmbeddedServer server;

	static EmbeddedServer.Login login;

	@BeforeAll
	static void startAServerThatChecksPasswords() throws IOException {
		folder = Files.createTempDirectory("cpp-embedded-failure-");
		server = new EmbeddedServer(folder, 0);
		login = server.start();
	}

	@AfterAll
	static void stopIt() {
		server.stop();
		FileSystemUtils.deleteRecursively(folder.toFile());
	}

	@Test
	void aWrongPasswordIsNamed(CapturedOutput output) {
		String cause = startWith(login.url(), login.username(), login.password() + "-wrong", output);

		assertThat(cause).isEqualTo("Database server 'default' at " + login.url() + " could not be opened as user '"
				+ login.username() + "': the server refused the user name or password.");
	}

	@Test
	void aServerThatIsNotRunningIsNamed(CapturedOutput output) throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		String url = "jdbc:mysql://127.0.0.1:" + closedPort;

		assertThat(startWith(url, "cpp", "secret", output)).isEqualTo("Database server 'default' at " + url
				+ " could not be opened as user 'cpp': nothing answers at that address and port (connection refused).");
	}

	@Test
	void anUnknownHostIsNamed(CapturedOutput output) {
		assertThat(startWith("jdbc:mysql://no-such-host.invalid:3306", "cpp", "secret", output))
			.startsWith("Database server 'default' at jdbc:mysql://no-such-host.invalid:3306 could not be opened as"
					+ " user 'cpp': its host name is not known");
	}

	@Test
	void aUrlOfAnotherKindIsNamed(CapturedOutput output) {
		assertThat(startWith("jdbc:postgresql://db:5432/cpp?password=secret", "cpp", "secret", output))
			.isEqualTo("Database server 'default' at jdbc:postgresql://db:5432/cpp could not be opened as user 'cpp':"
					+ " Database URL must start with jdbc:mysql:// but was jdbc:postgresql://db:5432/cpp?password=secret.")
			.as("the URL's settings are not repeated where they could hold a password");
	}

	/** Starts the tenancy module against the server and returns the one line of the failure's description. */
	private static String startWith(String url, String username, String password, CapturedOutput output) {
		Instant started = Instant.now();
		assertThatThrownBy(() -> new SpringApplicationBuilder(ModuleTestApplication.class)
			.web(WebApplicationType.NONE)
			.run("--cpp.database.url=" + url, "--cpp.database.username=" + username,
					"--cpp.database.password=" + password)
			.close()).hasStackTraceContaining(DatabaseServerUnavailableException.class.getName());
		assertThat(Duration.between(started, Instant.now())).isLessThan(WITHIN);

		String printed = output.toString();
		assertThat(printed).contains("APPLICATION FAILED TO START").doesNotContain("Caused by:");
		String description = printed.substring(printed.lastIndexOf("Description:") + "Description:".length()).strip();
		return description.lines().findFirst().orElseThrow();
	}
}
