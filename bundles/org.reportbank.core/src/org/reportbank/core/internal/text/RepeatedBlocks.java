package org.reportbank.core.internal.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Finds a report pasted twice into one page: a run of paragraphs that repeats an earlier run.
 * Only long runs count (a third of the paragraphs and at least {@link #MIN_RUN}), so a repeated
 * short line such as a heading shared by two parts is not mistaken for a second copy.
 * <p>
 * The search takes O(n log n) whatever the input: comparing every pair of starts took minutes on
 * a file of 10,000 identical lines. A repeat of length L holds one of every shorter length, so the
 * longest is found by a binary search over L, each step one pass of a rolling hash.
 */
public final class RepeatedBlocks {

	static final int MIN_RUN = 3;

	/** A repeated run: paragraphs [from, from+length) repeat those at [original, original+length). */
	public record Repeat(int original, int from, int length) {
	}

	private RepeatedBlocks() {
	}

	/**
	 * The longest run that repeats an earlier one without overlapping it, if it is long enough to be
	 * a second copy; among the longest, the one with the smallest {@code from}, then the smallest
	 * {@code original}.
	 */
	public static Repeat find(List<String> paragraphs, CancelCheck cancel) {
		int n = paragraphs.size();
		int shortest = Math.max(MIN_RUN, (n + 2) / 3); // a third of the paragraphs, rounded up
		int longest = n / 2; // the copy and its original do not overlap
		if (shortest > longest) {
			return null;
		}
		Runs runs = new Runs(idsOf(paragraphs), cancel);
		Repeat best = runs.firstRepeat(shortest);
		if (best == null) {
			return null;
		}
		int low = shortest; // a repeat of this length exists: best
		int high = longest;
		while (low < high) {
			int length = (low + high + 1) >>> 1;
			Repeat repeat = runs.firstRepeat(length);
			if (repeat != null) {
				best = repeat;
				low = length;
			} else {
				high = length - 1;
			}
		}
		return best;
	}

	/**
	 * The paragraphs with the second copy of a long repeated run removed, repeatedly. Each round
	 * removes at least a third of what is left, so all rounds together cost O(n log n).
	 */
	static List<String> removeRepeats(List<String> paragraphs, ChangeLog log, CancelCheck cancel) {
		List<String> result = dropLeadingSummary(paragraphs, log, cancel);
		Repeat repeat;
		while ((repeat = find(result, cancel)) != null) {
			log.record("repeated-copy-dropped", repeat.length() + " paragraphs from \"" + abbreviate(result.get(repeat.from())) + "\"");
			result.subList(repeat.from(), repeat.from() + repeat.length()).clear();
		}
		return result;
	}

	/**
	 * A page that opens with a summary (the title and its first paragraphs) and then has the
	 * report in full: the title comes again and its first paragraph with it. The full copy is
	 * kept and the summary before it dropped.
	 */
	static List<String> dropLeadingSummary(List<String> paragraphs, ChangeLog log, CancelCheck cancel) {
		List<String> result = new ArrayList<>(paragraphs);
		if (result.size() < 4) {
			return result;
		}
		for (int k = 2; k < result.size() - 1; k++) {
			cancel.check();
			if (result.get(k).equals(result.get(0)) && result.get(k + 1).equals(result.get(1))) {
				log.record("summary-copy-dropped", k + " paragraphs before the full report");
				result.subList(0, k).clear();
				return result;
			}
		}
		return result;
	}

	/** Each paragraph as a number, equal paragraphs the same number, so runs compare as ints. */
	private static int[] idsOf(List<String> paragraphs) {
		Map<String, Integer> ids = new HashMap<>();
		int[] result = new int[paragraphs.size()];
		for (int i = 0; i < result.length; i++) {
			result[i] = ids.computeIfAbsent(paragraphs.get(i), k -> ids.size() + 1);
		}
		return result;
	}

	private static String abbreviate(String s) {
		return s.length() <= 20 ? s : s.substring(0, 20) + "…";
	}

	/**
	 * Runs of one length compared by a polynomial rolling hash modulo the prime 2^61-1 with a
	 * random base: unlike a hash modulo 2^64, no input (such as a Thue-Morse sequence) can be
	 * built to collide. A run found by its hash is still compared element by element, so the
	 * answer is exact; only the time would suffer from a collision.
	 */
	private static final class Runs {

		private static final long PRIME = (1L << 61) - 1;

		private final int[] ids;
		private final CancelCheck cancel;
		private final long base = ThreadLocalRandom.current().nextLong(1L << 20, PRIME);

		Runs(int[] ids, CancelCheck cancel) {
			this.ids = ids;
			this.cancel = cancel;
		}

		/**
		 * The repeat of exactly {@code length} paragraphs with the smallest {@code from}, and for
		 * it the smallest {@code original}, or null if no run of that length repeats.
		 */
		Repeat firstRepeat(int length) {
			long[] hashes = hashes(length);
			FirstStarts firstStarts = new FirstStarts(hashes.length);
			// a start becomes a possible original once the copy at `from` can no longer overlap it
			for (int from = length; from < hashes.length; from++) {
				cancel.check();
				firstStarts.putIfAbsent(hashes[from - length], from - length);
				int original = firstStarts.get(hashes[from]);
				if (original < 0) {
					continue;
				}
				if (!sameRun(original, from, length)) {
					original = firstEqualRun(from, length); // the hashes collided: look the slow way
				}
				if (original >= 0) {
					return new Repeat(original, from, length);
				}
			}
			return null;
		}

		/** The hash of the run of {@code length} paragraphs starting at each index. */
		private long[] hashes(int length) {
			long[] hashes = new long[ids.length - length + 1];
			long hash = 0;
			long highestPower = 1; // base^(length-1): the weight of the paragraph leaving the window
			for (int i = 0; i < length; i++) {
				hash = add(multiply(hash, base), ids[i]);
				if (i > 0) {
					highestPower = multiply(highestPower, base);
				}
			}
			hashes[0] = hash;
			for (int start = 1; start < hashes.length; start++) {
				cancel.check();
				hash = subtract(hash, multiply(ids[start - 1], highestPower));
				hash = add(multiply(hash, base), ids[start + length - 1]);
				hashes[start] = hash;
			}
			return hashes;
		}

		private boolean sameRun(int original, int from, int length) {
			return Arrays.equals(ids, original, original + length, ids, from, from + length);
		}

		private int firstEqualRun(int from, int length) {
			for (int original = 0; original + length <= from; original++) {
				cancel.check();
				if (sameRun(original, from, length)) {
					return original;
				}
			}
			return -1;
		}

		private static long add(long a, long b) {
			long sum = a + b;
			return sum >= PRIME ? sum - PRIME : sum;
		}

		private static long subtract(long a, long b) {
			return a >= b ? a - b : a - b + PRIME;
		}

		/** a·b mod 2^61-1 for a, b below the prime: the 122-bit product folded, as 2^61 ≡ 1. */
		private static long multiply(long a, long b) {
			long high = Math.multiplyHigh(a, b);
			long low = a * b;
			long folded = (low & PRIME) + ((low >>> 61) | (high << 3));
			folded = (folded & PRIME) + (folded >>> 61);
			return folded >= PRIME ? folded - PRIME : folded;
		}
	}

	/**
	 * The first start seen for each hash, in an open-addressing table: boxed map entries for
	 * millions of one-character lines would take many times the memory of the text itself.
	 */
	private static final class FirstStarts {

		private final long[] hashes;
		private final int[] starts;
		private final int mask;

		FirstStarts(int expected) {
			int capacity = Integer.highestOneBit(Math.max(1, expected)) << 2; // at most half full
			hashes = new long[capacity];
			starts = new int[capacity];
			Arrays.fill(starts, -1);
			mask = capacity - 1;
		}

		void putIfAbsent(long hash, int start) {
			int slot = slotOf(hash);
			if (starts[slot] < 0) {
				hashes[slot] = hash;
				starts[slot] = start;
			}
		}

		/** The first start stored with this hash, or -1. */
		int get(long hash) {
			return starts[slotOf(hash)];
		}

		/** The slot holding the hash, or the empty slot where it would go. */
		private int slotOf(long hash) {
			int slot = (int) (hash ^ (hash >>> 29)) & mask;
			while (starts[slot] >= 0 && hashes[slot] != hash) {
				slot = (slot + 1) & mask;
			}
			return slot;
		}
	}
}
