package org.reportbank.recommenders.internal;

import java.util.Arrays;

/**
 * Feature ids kept by a number made of a template and the numbers of two halves (two words, two
 * parts of speech, a mark and a character): an open-addressing table of plain numbers, since a
 * map of boxed keys costs several scattered memory reads per word of every sentence. When it
 * holds its most entries it is emptied and begins again, so its memory stays bounded.
 */
final class PairIds {

	static final int ABSENT = Integer.MIN_VALUE;

	private final int most;
	/** The keys plus one, so that 0 marks a free slot. */
	private final long[] keys;
	private final int[] ids;
	private int size;

	PairIds(int most) {
		this.most = most;
		int capacity = Integer.highestOneBit(Math.max(4, most) * 2) * 2; // at most half full
		keys = new long[capacity];
		ids = new int[capacity];
	}

	/** The key of a pair: halves below 2^28 each, which the numbers of a run's words stay under. */
	static long key(int template, int first, int second) {
		return (((long) first << 32) | (second & 0xffffffffL)) * 8 + template;
	}

	int get(long key) {
		long stored = key + 1;
		for (int slot = slot(key);; slot = (slot + 1) & (keys.length - 1)) {
			if (keys[slot] == stored) {
				return ids[slot];
			}
			if (keys[slot] == 0) {
				return ABSENT;
			}
		}
	}

	void put(long key, int id) {
		if (size >= most) {
			Arrays.fill(keys, 0);
			size = 0;
		}
		long stored = key + 1;
		int slot = slot(key);
		while (keys[slot] != 0 && keys[slot] != stored) {
			slot = (slot + 1) & (keys.length - 1);
		}
		if (keys[slot] == 0) {
			size++;
		}
		keys[slot] = stored;
		ids[slot] = id;
	}

	private int slot(long key) {
		long mixed = key * 0x9E3779B97F4A7C15L; // spreads neighbouring numbers over the table
		return (int) (mixed >>> 32) & (keys.length - 1);
	}
}
