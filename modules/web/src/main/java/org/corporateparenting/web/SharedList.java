package org.corporateparenting.web;

import java.util.AbstractList;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;

/**
 * A list given as the answer to many requests, the same object until what it lists changes (a council's indicators
 * as this instance last listed them): a {@link SharedResponse}, so written as JSON once. It cannot be changed.
 */
public final class SharedList<T> extends AbstractList<T> implements SharedResponse, RandomAccess {

	private final List<T> items;

	private SharedList(List<T> items) {
		this.items = items;
	}

	public static <T> SharedList<T> of(Collection<? extends T> items) {
		return new SharedList<>(List.copyOf(items));
	}

	@Override
	public T get(int index) {
		return items.get(index);
	}

	@Override
	public int size() {
		return items.size();
	}
}
