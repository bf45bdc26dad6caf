package org.corporateparenting.tenancy.database;

import java.nio.file.Path;

/**
 * A platform that starts its embedded server and is then killed (kill -9), leaving the server running: run in a JVM
 * of its own by {@link EmbeddedServerIntegrationTest}.
 */
final class PlatformKilledWhileItsServerRuns {

	private PlatformKilledWhileItsServerRuns() {
	}

	public static void main(String[] args) throws InterruptedException {
		EmbeddedServer.Login login = new EmbeddedServer(Path.of(args[0]), 0).start();
		System.out.println("READY " + login.url());
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}
}
