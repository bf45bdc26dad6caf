package org.corporateparenting.inspection.domain;

import org.jspecify.annotations.Nullable;

/**
 * The council's own words about one judgement area, as Ofsted's self-evaluation asks for them.
 *
 * @param quality what the council knows about the quality of practice and its impact on children and young people
 * @param improving what it is doing to improve
 */
public record Narrative(@Nullable String quality, @Nullable String improving) {

	public static final Narrative NONE = new Narrative(null, null);

	public boolean written() {
		return quality != null || improving != null;
	}
}
