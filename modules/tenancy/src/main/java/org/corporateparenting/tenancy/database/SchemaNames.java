package org.corporateparenting.tenancy.database;

import java.util.regex.Pattern;

/**
 * Names the platform schema and the one schema each council gets. The only place schema names are made.
 */
public record SchemaNames(String prefix) {

	private static final Pattern SAFE = Pattern.compile("[a-z][a-z0-9_]{0,20}");

	public SchemaNames {
		if (!SAFE.matcher(prefix).matches()) {
			throw new IllegalArgumentException("Schema prefix must be lower case letters, digits and _: " + prefix);
		}
	}

	public String platform() {
		return prefix + "platform";
	}

	/** {@code walsall} becomes {@code cpp_council_walsall}; hyphens in a slug become underscores. */
	public String council(String slug) {
		return prefix + "council_" + slug.replace('-', '_');
	}
}
