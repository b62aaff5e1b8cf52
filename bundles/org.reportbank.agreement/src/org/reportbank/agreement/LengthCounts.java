package org.reportbank.agreement;

import java.util.Arrays;

/**
 * How many sections (units, gaps or continua) of each length were seen: a map length → count in two
 * primitive arrays (open addressing), so it takes room for each distinct length, however many
 * sections of it are counted.
 */
final class LengthCounts {

	/** 0 marks a free slot: every length counted is at least 1. */
	private int[] lengths = new int[16];
	private long[] counts = new long[16];
	private int distinct;
	private long total;

	/** Counts {@code times} sections of the length (at least 1). */
	void add(int length, long times) {
		if (length <= 0) {
			throw new IllegalArgumentException("a section of length " + length);
		}
		if (times <= 0) {
			return;
		}
		int slot = slot(lengths, length);
		if (lengths[slot] == 0) {
			lengths[slot] = length;
			distinct++;
			if (distinct * 2 > lengths.length) {
				grow();
			}
			slot = slot(lengths, length);
		}
		counts[slot] += times;
		total += times;
	}

	/** How many different lengths are counted: what this takes room for. */
	int distinct() {
		return distinct;
	}

	/** How many sections are counted. */
	long total() {
		return total;
	}

	/** The lengths counted, ascending. */
	int[] lengths() {
		int[] result = new int[distinct];
		int n = 0;
		for (int length : lengths) {
			if (length != 0) {
				result[n++] = length;
			}
		}
		Arrays.sort(result);
		return result;
	}

	/** The count of a length (0 when none was counted). */
	long count(int length) {
		int slot = slot(lengths, length);
		return lengths[slot] == length ? counts[slot] : 0;
	}

	/** The slot holding the length, or the free slot where it would go. */
	private static int slot(int[] table, int length) {
		int mask = table.length - 1;
		int mixed = length * 0x9E3779B9;
		int slot = (mixed ^ mixed >>> 16) & mask;
		while (table[slot] != 0 && table[slot] != length) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}

	private void grow() {
		int[] oldLengths = lengths;
		long[] oldCounts = counts;
		lengths = new int[oldLengths.length * 2];
		counts = new long[oldLengths.length * 2];
		for (int i = 0; i < oldLengths.length; i++) {
			if (oldLengths[i] != 0) {
				int slot = slot(lengths, oldLengths[i]);
				lengths[slot] = oldLengths[i];
				counts[slot] = oldCounts[i];
			}
		}
	}
}
