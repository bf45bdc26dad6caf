package org.corporateparenting.platform.local;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.corporateparenting.tenancy.PlatformSchema;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

import com.nimbusds.jose.jwk.RSAKey;

/**
 * The local sign-in's RSA key, kept in the platform schema so that every instance signs with it and checks with it,
 * and a token taken before a restart still works after it. The first instance to start makes it; the others, and
 * later starts, read it.
 */
final class SigningKey {

	private SigningKey() {
	}

	static RSAKey shared(JdbcClient jdbc, TransactionOperations transactions, PlatformSchema platform) {
		String table = platform.table("local_signing_key");
		return transactions.execute(status -> {
			RSAKey stored = read(jdbc, table);
			if (stored != null) {
				return stored;
			}
			KeyPair pair = generate();
			// Row 1 is the key: should two instances start at once, the first insert wins and both read it.
			jdbc.sql("insert ignore into " + table + " (id, key_id, public_key, private_key, created_at)"
					+ " values (1, :kid, :public, :private, :now)")
				.param("kid", UUID.randomUUID().toString())
				.param("public", pair.getPublic().getEncoded())
				.param("private", pair.getPrivate().getEncoded())
				.param("now", Timestamp.from(Instant.now()))
				.update();
			return read(jdbc, table);
		});
	}

	private static RSAKey read(JdbcClient jdbc, String table) {
		return jdbc.sql("select key_id, public_key, private_key from " + table + " where id = 1")
			.query((rs, n) -> key(rs.getString(1), rs.getBytes(2), rs.getBytes(3)))
			.optional()
			.orElse(null);
	}

	private static RSAKey key(String keyId, byte[] publicKey, byte[] privateKey) {
		try {
			KeyFactory rsa = KeyFactory.getInstance("RSA");
			return new RSAKey.Builder((RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(publicKey)))
				.privateKey((RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(privateKey)))
				.keyID(keyId)
				.build();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The stored signing key cannot be read", ex);
		}
	}

	private static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot make a signing key", ex);
		}
	}
}
