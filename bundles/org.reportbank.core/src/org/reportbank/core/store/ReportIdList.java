package org.reportbank.core.store;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * Report ids in order, 8 bytes each: a report id is 16 hex digits, one 64-bit number, so a
 * hundred thousand of them take 0.8 MB where as strings they would take about 6 MB. Reads as a
 * list of the ids' usual text.
 */
final class ReportIdList extends AbstractList<String> implements RandomAccess {

	private long[] ids = new long[1024];
	private int size;

	@Override
	public boolean add(String id) {
		if (size == ids.length) {
			ids = Arrays.copyOf(ids, size * 2);
		}
		ids[size++] = ReportIds.number(id);
		return true;
	}

	@Override
	public String get(int index) {
		return ReportIds.of(number(index));
	}

	long number(int index) {
		if (index < 0 || index >= size) {
			throw new IndexOutOfBoundsException(index);
		}
		return ids[index];
	}

	@Override
	public int size() {
		return size;
	}

	/** The ids as numbers, in numeric order. */
	long[] sorted() {
		long[] sorted = Arrays.copyOf(ids, size);
		Arrays.sort(sorted);
		return sorted;
	}

	/** An id the list holds more than once (the first in numeric order), or null when each is there once. */
	String firstRepeated() {
		long[] sorted = sorted();
		for (int i = 1; i < sorted.length; i++) {
			if (sorted[i] == sorted[i - 1]) {
				return ReportIds.of(sorted[i]);
			}
		}
		return null;
	}
}
