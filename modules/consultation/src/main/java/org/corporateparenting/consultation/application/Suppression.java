package org.corporateparenting.consultation.application;

import java.util.List;

/**
 * Which figures to hide so that no small group can be seen, or worked out from what is shown. A figure below
 * {@value #SMALLEST} is hidden; and while the hidden figures of a set add up to less than that (so the total minus
 * the shown ones would reveal them), the smallest shown figure is hidden too.
 */
public final class Suppression {

	/** Groups and counts smaller than this are never shown outside officers' raw view. */
	public static final int SMALLEST = 5;

	private Suppression() {
	}

	/** For the sizes of the groups of one breakdown: every group below five, and enough others to protect them. */
	public static boolean[] groups(List<Long> sizes) {
		return hide(sizes, 1);
	}

	/** For the counts of the answers within one group: counts of 1 to 4, and enough others to protect them. */
	public static boolean[] counts(List<Long> counts) {
		return hide(counts, 1);
	}

	private static boolean[] hide(List<Long> values, long smallestCounted) {
		boolean[] hidden = new boolean[values.size()];
		long hiddenTotal = 0;
		for (int i = 0; i < values.size(); i++) {
			long value = values.get(i);
			if (value >= smallestCounted && value < SMALLEST) {
				hidden[i] = true;
				hiddenTotal += value;
			}
		}
		while (hiddenTotal > 0 && hiddenTotal < SMALLEST) {
			int smallest = -1;
			for (int i = 0; i < values.size(); i++) {
				if (!hidden[i] && values.get(i) >= smallestCounted
						&& (smallest < 0 || values.get(i) < values.get(smallest))) {
					smallest = i;
				}
			}
			if (smallest < 0) {
				break;
			}
			hidden[smallest] = true;
			hiddenTotal += values.get(smallest);
		}
		return hidden;
	}
}
