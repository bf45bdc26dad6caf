package org.corporateparenting.tenancy.database;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the platform keeps its data.
 *
 * @param url the database server, such as {@code jdbc:mysql://db:3306}; empty starts the embedded MariaDB
 * @param username the server login
 * @param password its password
 * @param poolSize connections in the one pool that every council shares
 * @param schemaPrefix prefix of every schema the platform creates ({@code cpp_platform}, {@code cpp_council_walsall})
 * @param shards further database servers councils can be placed on, by shard name; the server above is
 * the shard named {@code default}
 * @param embedded settings of the embedded server
 * @param driverParameters Connector/J settings added to every server's URL, such as {@code connectTimeout=2000}
 */
@ConfigurationProperties("cpp.database")
public record DatabaseProperties(@DefaultValue("") String url, @DefaultValue("root") String username,
		@DefaultValue("") String password, @DefaultValue("10") int poolSize, @DefaultValue("cpp_") String schemaPrefix,
		Map<String, Shard> shards, @DefaultValue Embedded embedded, @DefaultValue("") String driverParameters) {

	public DatabaseProperties {
		shards = shards == null ? Map.of() : Map.copyOf(shards);
	}

	public boolean isEmbedded() {
		return url.isBlank();
	}

	public record Shard(String url, @DefaultValue("root") String username, @DefaultValue("") String password,
			@DefaultValue("5") int poolSize) {
	}

	/**
	 * @param dataDir where the embedded server keeps its files between runs
	 * @param temporary start from an empty folder that is deleted at exit (tests)
	 * @param port the port to listen on; 0 picks a free one
	 */
	public record Embedded(@DefaultValue("data/mariadb") Path dataDir, @DefaultValue("false") boolean temporary,
			@DefaultValue("0") int port) {
	}
}
