package org.reportbank.recommenders.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses among overlapping matches: the longest wins, then the one that begins first; a match
 * that overlaps one already chosen is dropped, so no shorter match is suggested inside (or across
 * the edge of) a longer one.
 */
public final class LongestMatch {

	/** A match {@code [begin, end)}. */
	public record Match(int begin, int end) {
		public int length() {
			return end - begin;
		}
	}

	private LongestMatch() {
	}

	/** The matches kept, in text order. */
	public static List<Match> select(List<Match> candidates) {
		List<Match> sorted = new ArrayList<>(candidates);
		sorted.sort(Comparator.comparingInt(Match::length).reversed().thenComparingInt(Match::begin));
		BitSet taken = new BitSet();
		List<Match> chosen = new ArrayList<>();
		for (Match match : sorted) {
			int firstTaken = taken.nextSetBit(match.begin());
			if (firstTaken == -1 || firstTaken >= match.end()) {
				taken.set(match.begin(), match.end());
				chosen.add(match);
			}
		}
		chosen.sort(Comparator.comparingInt(Match::begin));
		return chosen;
	}
}
