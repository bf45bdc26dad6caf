package org.corporateparenting.tenancy;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A module's part of exporting a council as a bundle: its records written back in the format of the file it imports
 * ({@link StarterImport}), so that the bundle onboards a copy of the council. Called in the council's context.
 */
public interface StarterExport {

	/** The file this module writes, such as {@code strategy.yaml}. */
	String file();

	/**
	 * The current council's records in the file's format (the same record its import reads), or empty when the
	 * council holds nothing the file would carry.
	 */
	Optional<?> export();

	/**
	 * A key for a record the file names by key and the platform by id (a priority, a body): made from its name, and
	 * unique among those already {@code taken}, to which it is added.
	 */
	static String keyOf(String name, Set<String> taken) {
		String base = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		String start = base.isEmpty() ? "record" : base;
		String key = start;
		for (int n = 2; !taken.add(key); n++) {
			key = start + "-" + n;
		}
		return key;
	}
}
