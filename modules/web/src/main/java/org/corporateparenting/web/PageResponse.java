package org.corporateparenting.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as every list endpoint returns it.
 *
 * @param content the items on this page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param totalElements items on all pages
 * @param totalPages how many pages there are
 */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	/**
	 * Pages a list that is already in memory (small registries), in the order the API request asked for with
	 * {@code sort} ({@link ListOrder}) or else as given; sizes are clamped to 1..100.
	 */
	public static <T> PageResponse<T> of(List<T> given, int page, int size) {
		List<T> all = ListOrder.requested().map(order -> order.sort(given)).orElse(given);
		int safeSize = Math.clamp(size, 1, MAX_SIZE);
		int safePage = Math.max(0, page);
		int from = (int) Math.min((long) safePage * safeSize, all.size());
		int to = Math.min(from + safeSize, all.size());
		int totalPages = (all.size() + safeSize - 1) / safeSize;
		return new PageResponse<>(all.subList(from, to), safePage, safeSize, all.size(), totalPages);
	}

	public <R> PageResponse<R> map(Function<T, R> mapper) {
		return new PageResponse<>(content.stream().map(mapper).toList(), page, size, totalElements, totalPages);
	}
}
