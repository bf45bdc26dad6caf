package org.corporateparenting.tenancy.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The council changelog and its version: a digest of every file under the changelog's folder on the classpath.
 * Any change to any council changelog file gives a new version, so start-up knows which councils are behind
 * without asking Liquibase in each schema.
 */
public record CouncilChangelog(String path, String version) {

	public static final String DEFAULT_PATH = "db/council/changelog.xml";

	public static CouncilChangelog of(String path) {
		return new CouncilChangelog(path, digest(path));
	}

	private static String digest(String path) {
		String folder = path.substring(0, path.lastIndexOf('/') + 1);
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:" + folder + "**/*.*");
			Arrays.sort(files, Comparator.comparing(CouncilChangelog::relativeName));
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (Resource file : files) {
				sha.update(relativeName(file).getBytes());
				try (InputStream in = file.getInputStream()) {
					sha.update(in.readAllBytes());
				}
			}
			return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the council changelog under " + folder, ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String relativeName(Resource resource) {
		try {
			String url = resource.getURL().toString();
			return url.substring(url.indexOf("db/"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
