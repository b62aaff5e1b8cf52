package org.reportbank.core.store;

/**
 * Report ids (as the numbers {@link ReportIds#number} makes of them) with a number for each:
 * open addressing over two arrays, about 34 bytes an id (18 when no values are kept), where a
 * map of strings to boxed numbers takes over 100. What lets a session that writes a hundred
 * thousand reports know which ids it has without holding their entries.
 */
final class IdTable {

	private static final long ABSENT = Long.MIN_VALUE;

	private final boolean withValues;
	private long[] keys = new long[64];
	private long[] values;
	private boolean[] used = new boolean[64];
	private int size;

	/** A table of ids alone ({@link #contains}, {@link #add}) or of ids with a value each ({@link #get}, {@link #put}). */
	IdTable(boolean withValues) {
		this.withValues = withValues;
		this.values = withValues ? new long[64] : null;
	}

	boolean contains(long id) {
		return used[slot(id)];
	}

	void add(long id) {
		put(id, 0);
	}

	/** The id's value, or {@link Long#MIN_VALUE} when the table does not hold the id. */
	long get(long id) {
		int slot = slot(id);
		return used[slot] ? values[slot] : ABSENT;
	}

	void put(long id, long value) {
		int slot = slot(id);
		if (!used[slot]) {
			used[slot] = true;
			keys[slot] = id;
			size++;
		}
		if (withValues) {
			values[slot] = value;
		}
		if (size * 2 > keys.length) {
			grow();
		}
	}

	int size() {
		return size;
	}

	private int slot(long id) {
		int mask = keys.length - 1;
		int slot = (int) mix(id) & mask;
		while (used[slot] && keys[slot] != id) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}

	/** Report ids are hashes already, but an id given by hand need not be: spread the bits anyway. */
	private static long mix(long id) {
		long h = id * 0x9E3779B97F4A7C15L;
		return h ^ (h >>> 32);
	}

	private void grow() {
		long[] oldKeys = keys;
		long[] oldValues = values;
		boolean[] oldUsed = used;
		keys = new long[oldKeys.length * 2];
		values = withValues ? new long[keys.length] : null;
		used = new boolean[keys.length];
		size = 0;
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldUsed[i]) {
				put(oldKeys[i], withValues ? oldValues[i] : 0);
			}
		}
	}
}
