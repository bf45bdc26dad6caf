package org.corporateparenting.platform;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A council's identity provider for tests, as small as the platform needs: an OpenID Connect discovery document and
 * a key set on 127.0.0.1 (which a council may name over plain http), and tokens signed with its key. Without
 * {@link #start()} it still signs tokens, for checks that read a token's claims only.
 */
public final class StubIdentityProvider implements AutoCloseable {

	private final String realm;

	private volatile RSAKey key;

	private volatile RSAKey withdrawn;

	private HttpServer server;

	private int port;

	public StubIdentityProvider(String realm) {
		this.realm = realm;
		this.key = newKey(realm + "-key");
	}

	/**
	 * Serves the discovery document and the public key on a free port of 127.0.0.1, or, started again after
	 * {@link #stop()}, on the port it had.
	 */
	public synchronized StubIdentityProvider start() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
			port = server.getAddress().getPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		server.createContext("/realms/" + realm + "/.well-known/openid-configuration", exchange -> json(exchange,
				"{\"issuer\":\"" + issuer() + "\",\"jwks_uri\":\"" + issuer() + "/certs\","
						+ "\"id_token_signing_alg_values_supported\":[\"RS256\"]}"));
		server.createContext("/realms/" + realm + "/certs",
				exchange -> json(exchange, new JWKSet(key.toPublicJWK()).toString()));
		server.start();
		return this;
	}

	/** Stops answering, as a provider that is down; {@link #start()} brings it back at the same address. */
	public synchronized void stop() {
		server.stop(0);
	}

	/** Signs with a new key from now on and publishes only that one: the old key is withdrawn. */
	public void rotateKey() {
		withdrawn = key;
		key = newKey(realm + "-key-" + System.nanoTime());
	}

	/** A token signed with the key {@link #rotateKey()} withdrew, as someone holding a leaked key would make. */
	public String tokenSignedWithTheWithdrawnKey(Map<String, ?> claims) {
		return sign(withdrawn, issuer(), claims);
	}

	/** The issuer's address, as its tokens carry it. */
	public String issuer() {
		if (port == 0) {
			throw new IllegalStateException("Start the identity provider first");
		}
		return "http://127.0.0.1:" + port + "/realms/" + realm;
	}

	/** A token of this provider, valid for five minutes, with these claims besides the issuer and times. */
	public String token(Map<String, ?> claims) {
		return token(issuer(), claims);
	}

	/** A token naming any issuer, signed with this provider's key: for checks that read the claims only. */
	public String token(String issuer, Map<String, ?> claims) {
		return sign(key, issuer, claims);
	}

	private static String sign(RSAKey key, String issuer, Map<String, ?> claims) {
		JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().issuer(issuer)
			.issueTime(Date.from(Instant.now()))
			.expirationTime(Date.from(Instant.now().plusSeconds(300)));
		claims.forEach(set::claim);
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
				set.build());
		try {
			jwt.sign(new RSASSASigner(key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	@Override
	public void close() {
		if (server != null) {
			server.stop(0);
		}
	}

	private static RSAKey newKey(String id) {
		try {
			return new RSAKeyGenerator(2048).keyID(id).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void json(HttpExchange exchange, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}
}
