package org.corporateparenting.tenancy;

import org.jspecify.annotations.Nullable;

/**
 * Something wrong in a council's bundle: the file, the line (when the file could be read that far), the field by
 * its place in the file ({@code priorities[2].title}), and what is wrong.
 */
public record BundleProblem(String file, @Nullable Integer line, String field, String message) {
}
