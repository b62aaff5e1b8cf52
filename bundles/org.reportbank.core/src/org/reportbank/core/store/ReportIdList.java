package org.reportbank.core.store;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * Report ids in order, 8 bytes each: a report id is 16 hex digits, one 64-bit number, so a
 * hundred thousand of them take 0.8 MB where as strings they would take about 6 MB. Reads as a
 * list of the ids' usual text.
 */
public final class ReportIdList extends AbstractList<String> implements RandomAccess {

	private long[] ids = new long[16];
	private int size;

	@Override
	public boolean add(String id) {
		addNumber(ReportIds.number(id));
		return true;
	}

	/** Adds the id a number stands for ({@link ReportIds#number}). */
	public void addNumber(long number) {
		if (size == ids.length) {
			ids = Arrays.copyOf(ids, size * 2);
		}
		ids[size++] = number;
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

	/** The ids as numbers in numeric order, as {@link java.util.Arrays#binarySearch(long[], long)} wants them. */
	public long[] sorted() {
		long[] sorted = Arrays.copyOf(ids, size);
		Arrays.sort(sorted);
		return sorted;
	}

	/** The ids as numbers in the order of their text, which is the numbers' unsigned order. */
	public long[] inIdOrder() {
		long[] flipped = Arrays.copyOf(ids, size);
		for (int i = 0; i < flipped.length; i++) {
			flipped[i] ^= Long.MIN_VALUE; // signed order of the flipped numbers is unsigned order of the ids
		}
		Arrays.sort(flipped);
		for (int i = 0; i < flipped.length; i++) {
			flipped[i] ^= Long.MIN_VALUE;
		}
		return flipped;
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
