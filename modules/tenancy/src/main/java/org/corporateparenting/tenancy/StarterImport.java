package org.corporateparenting.tenancy;

import java.nio.file.Path;
import java.util.List;

/**
 * A module's part of onboarding a council from its documents: it checks its file of a {@link CouncilBundle} (and
 * what the file names in the others) writing nothing, and imports it into the council being onboarded. Onboarding
 * calls every module's import in {@link #order()}, in the council's context, each in a transaction of its own; if
 * any fails, the council is removed with everything imported.
 */
public interface StarterImport {

	/** The file this module reads, such as {@code strategy.yaml}. */
	String file();

	/** When to import it: pledges before the alliance names them, partners before actions name them. */
	int order();

	/**
	 * The JSON Schema of the module's file, published for councils' officers and checked before {@link #check}: by
	 * default the one the module keeps on the class path at {@code schemas/strategy.schema.json} for
	 * {@code strategy.yaml}.
	 */
	default CouncilFileSchema schema() {
		return CouncilFileSchema.of(file());
	}

	/**
	 * Every problem with the module's file of the bundle, found without writing anything; empty when it is fine. The
	 * preview asks only when the file fits its {@link #schema()}, so a check need not say again what the schema says.
	 */
	List<BundleProblem> check(CouncilBundle bundle);

	/** Imports the file into the current council. */
	void load(Path file);
}
