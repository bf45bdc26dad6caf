package org.corporateparenting.web.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * Over table lines nobody wrote by hand and thresholds from 2 to 10: what an attacker can work out from the
 * shown cells and the shown total never pins a hidden cell down, nor shows that it is small. The attacker knows
 * the rule's own facts: hidden cells are not zero (zeros are shown), and the hidden cells add up to the total minus
 * the shown cells; so the most a hidden cell can be is that remainder less one for each other hidden cell, and the
 * least is one.
 */
class DisclosureControlPropertiesTest {

	@Property(tries = 2000)
	void noHiddenCellCanBeWorkedOutFromTheTotal(@ForAll @Size(min = 1, max = 8) List<@LongRange(min = 0, max = 40) Long> cells,
			@ForAll @IntRange(min = 2, max = 10) int threshold) {
		DisclosureControl control = new DisclosureControl(new DisclosureProperties(threshold, 10));
		DisclosureControl.Protection protection = control.protect(cells);

		long total = cells.stream().mapToLong(Long::longValue).sum();
		List<Integer> hidden = new ArrayList<>();
		long shownSum = 0;
		for (int i = 0; i < cells.size(); i++) {
			long cell = cells.get(i);
			if (cell > 0 && cell < threshold) {
				assertThat(protection.hidden(i)).as("a small cell %d is hidden", cell).isTrue();
			}
			if (cell == 0) {
				assertThat(protection.hidden(i)).as("a zero is shown").isFalse();
			}
			if (protection.hidden(i)) {
				hidden.add(i);
			}
			else {
				shownSum += cell;
			}
		}
		if (total > 0 && total < threshold) {
			assertThat(protection.totalHidden()).as("a small total is hidden").isTrue();
		}
		if (hidden.isEmpty() || protection.totalHidden()) {
			return;
		}
		long remainder = total - shownSum;
		long mostAnyCellCanBe = remainder - (hidden.size() - 1);
		assertThat(hidden.size()).as("hidden cells beside a shown total, in %s", cells).isGreaterThanOrEqualTo(2);
		assertThat(mostAnyCellCanBe).as("the most a hidden cell of %s can be, by the total", cells)
			.isGreaterThanOrEqualTo(threshold);
	}

	@Property(tries = 500)
	void aLineWithNoSmallCellShowsEverything(@ForAll @Size(min = 1, max = 8) List<@LongRange(min = 10, max = 400) Long> cells) {
		DisclosureControl.Protection protection = new DisclosureControl(new DisclosureProperties(5, 10)).protect(cells);

		for (int i = 0; i < cells.size(); i++) {
			assertThat(protection.hidden(i)).isFalse();
		}
		assertThat(protection.totalHidden()).isFalse();
	}
}
