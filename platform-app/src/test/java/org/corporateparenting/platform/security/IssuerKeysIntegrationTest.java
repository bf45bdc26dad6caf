package org.corporateparenting.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.corporateparenting.platform.StubIdentityProvider;
import org.corporateparenting.platform.TrustingCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A council's identity provider withdraws a signing key, or goes down, and comes back: the platform stops honouring
 * the key within the time it keeps keys and checked tokens (a minute by default, seconds in the tests), and answers a
 * provider it cannot reach with 503 and when to try again, on its first token and later ones, until it is back.
 */
@PlatformTest
class IssuerKeysIntegrationTest {

	static final StubIdentityProvider ROTATING = new StubIdentityProvider("rotating").start();

	static final StubIdentityProvider FLAKY = new StubIdentityProvider("flaky").start();

	@RegisterExtension
	static final TrustingCouncil KEYSHIRE = new TrustingCouncil("keyshire", ROTATING, FLAKY);

	@LocalServerPort
	int port;

	@Autowired
	SecurityProperties security;

	PlatformApi api;

	@BeforeEach
	void setUp() {
		api = new PlatformApi(port);
	}

	@Test
	void aWithdrawnKeyIsRefusedWithinTheTimeKeysAndCheckedTokensAreKept() {
		String beforeRotation = ROTATING.token(viewer());
		assertThat(status(beforeRotation)).isEqualTo(200);

		ROTATING.rotateKey();
		long started = System.nanoTime();

		// No token with the new key is sent first: its unknown key would send the platform for the keys at once.
		Duration window = security.issuerKeysKeptFor().plus(security.verifiedTokensKeptFor());
		await(() -> status(beforeRotation), 401, window.plusSeconds(2));
		assertThat(status(ROTATING.tokenSignedWithTheWithdrawnKey(viewer()))).isEqualTo(401);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(window.plusSeconds(2));
		assertThat(status(ROTATING.token(viewer()))).isEqualTo(200);
	}

	@Test
	void aProviderThatCannotBeReachedAnswers503UntilItIsBack() {
		FLAKY.stop();

		var first = api.get("/api/councils/" + KEYSHIRE.slug(), FLAKY.token(viewer()));
		assertThat(first.status()).as(first.body()).isEqualTo(503);
		assertThat(first.headers().getFirst("Retry-After")).isEqualTo("5");
		assertThat(first.headers().getContentType().toString()).contains("application/problem+json");
		assertThat(first.json().get("detail").asString())
			.startsWith("The identity provider " + FLAKY.issuer() + " cannot be reached for its signing keys");
		assertThat(api.get("/api/councils/" + KEYSHIRE.slug(), FLAKY.token(viewer())).status()).isEqualTo(503);

		FLAKY.start();
		await(() -> status(FLAKY.token(viewer())), 200, Duration.ofSeconds(15));

		// Down again once its keys were read: refused as unreachable as soon as they are due to be read again.
		FLAKY.stop();
		await(() -> status(FLAKY.token(viewer())), 503, security.issuerKeysKeptFor().plusSeconds(10));

		FLAKY.start();
		await(() -> status(FLAKY.token(viewer())), 200, Duration.ofSeconds(15));
	}

	private int status(String token) {
		return api.get("/api/councils/" + KEYSHIRE.slug(), token).status();
	}

	/** A different token each time (its own id), so that none is answered from the memory of checked tokens. */
	private static Map<String, Object> viewer() {
		return Map.of("sub", "viewer", "jti", UUID.randomUUID().toString(), "aud", "corporate-parenting", "council",
				KEYSHIRE.slug(), "roles", List.of("VIEWER"));
	}

	/** Asks until the status is the one expected, and says how long that took. */
	private static Duration await(Supplier<Integer> status, int expected, Duration atMost) {
		long started = System.nanoTime();
		int last = status.get();
		while (last != expected && System.nanoTime() - started < atMost.toNanos()) {
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			last = status.get();
		}
		assertThat(last).as("status after " + atMost).isEqualTo(expected);
		return Duration.ofNanos(System.nanoTime() - started);
	}
}
