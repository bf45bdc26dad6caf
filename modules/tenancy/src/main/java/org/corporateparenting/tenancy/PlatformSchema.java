package org.corporateparenting.tenancy;

/**
 * The platform schema, for a module that keeps platform-wide tables there (reporting's indicator catalogue and the
 * values councils publish to their partnerships). Plain SQL names those tables with {@link #table(String)}, so that
 * it reads the same whether or not the current work is in a council's context.
 */
public record PlatformSchema(String name) {

	/** {@code indicator} becomes {@code cpp_platform.indicator}. */
	public String table(String table) {
		return name + "." + table;
	}
}
