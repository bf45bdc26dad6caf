package org.corporateparenting.tenancy.onboarding;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.corporateparenting.tenancy.CouncilBundle;
import org.corporateparenting.tenancy.database.SchemaNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bundles a platform admin previewed on the admin pages, kept in the platform schema (so any instance can take the
 * confirmation) until they confirm them, or for a day.
 */
@Component
public class BundleUploads {

	static final Duration KEPT = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final String table;

	BundleUploads(JdbcClient jdbc, SchemaNames schemaNames) {
		this.jdbc = jdbc;
		this.table = schemaNames.platform() + ".bundle_upload";
	}

	/** Keeps the bundle for its uploader to confirm; returns its id. Uploads older than a day are dropped. */
	@Transactional
	public String keep(CouncilBundle bundle, String actor) {
		jdbc.sql("delete from " + table + " where created_at < :before")
			.param("before", Timestamp.from(Instant.now().minus(KEPT)))
			.update();
		String id = UUID.randomUUID().toString();
		jdbc.sql("insert into " + table + " (id, actor, content, created_at) values (:id, :actor, :content, :now)")
			.param("id", id)
			.param("actor", actor)
			.param("content", zip(bundle))
			.param("now", Timestamp.from(Instant.now()))
			.update();
		return id;
	}

	/** The bundle the actor uploaded, taken (no longer kept); empty when it is not theirs or has gone. */
	@Transactional
	public Optional<CouncilBundle> take(String id, String actor) {
		Optional<byte[]> content = jdbc.sql("select content from " + table
				+ " where id = :id and actor = :actor and created_at >= :after")
			.param("id", id)
			.param("actor", actor)
			.param("after", Timestamp.from(Instant.now().minus(KEPT)))
			.query((rs, n) -> rs.getBytes(1))
			.optional();
		content.ifPresent(found -> jdbc.sql("delete from " + table + " where id = :id").param("id", id).update());
		return content.map(bytes -> CouncilBundle.fromZip(new ByteArrayInputStream(bytes)));
	}

	private static byte[] zip(CouncilBundle bundle) {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			for (String name : bundle.names()) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write(bundle.file(name).orElseThrow());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}
}
