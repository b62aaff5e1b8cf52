package org.reportbank.agreement;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Krippendorff's alpha for unitizing, α_U, for one category: how well m coders agree on where the
 * units of that category lie in a continuum (here the characters of report texts), as defined in
 * Krippendorff, K. 1995. On the reliability of unitizing continuous data. Sociological Methodology
 * 25, 47-76, in the form given in Krippendorff, K. 2004. Content Analysis: An Introduction to Its
 * Methodology, 2nd ed., Sage (with a worked example on p. 254) and in Krippendorff, K. 2004.
 * Measuring the reliability of qualitative text analysis data. Quality &amp; Quantity 38, 787-800.
 * The formulas below are restated from those sources; the code is this project's own.
 *
 * <p>Each coder's units cut the continuum of length L into sections: the units (w = 1) and the
 * gaps between them (w = 0). For a section g of coder i (begin b, length l) and a section h of
 * coder j, the squared difference is
 *
 * <pre>
 * δ²(ig, jh) = (b_ig − b_jh)² + (b_ig + l_ig − b_jh − l_jh)²   both units, overlapping
 *            = l_ig²                                           unit ig lies wholly inside gap jh
 *            = l_jh²                                           unit jh lies wholly inside gap ig
 *            = 0                                               otherwise
 * </pre>
 *
 * and
 *
 * <pre>
 * D_o = Σ_i Σ_{j≠i} Σ_g Σ_h δ²(ig, jh) / (m (m − 1) L²)
 *
 * D_e = 2/L · Σ_{units u} [ (N_u − 1)(2 l_u³ − 3 l_u² + l_u)/3 + l_u² Σ_{gaps g, l_g ≥ l_u} (l_g − l_u + 1) ]
 *       / ( m L (m L − 1) − Σ_{units u} l_u (l_u − 1) )
 *
 * α_U = 1 − D_o / D_e
 * </pre>
 *
 * where the sums over units and gaps run over the sections of all m coders and N_u is the number
 * of units all coders identified. D_e is the squared difference expected when the same units and
 * gaps are placed in the continuum at random. α_U is 1 when the coders agree perfectly, about 0
 * when they agree only as much as chance would have them, and negative when they disagree
 * systematically. Krippendorff et al. (2016, Quality &amp; Quantity 50, 2347-2364) revise the
 * coefficient for more than two coders; this is the 1995/2004 coefficient.
 *
 * <p>Several continua (reports) can be added: they are laid end to end, so L is their total
 * length, but a gap never runs from one report into the next. A coder's units of the category
 * that overlap one another are first joined into one (the measure assumes a coder's units do not
 * overlap); units that only touch stay apart.
 *
 * <p>Nothing of a continuum is kept but sums: D_o's as the continuum is added, and for D_e the
 * number of units and of gaps of each length, so the room taken grows with the number of
 * different lengths, not with the number of continua.
 */
public final class UnitizingAlpha {

	/** A unit [begin, end) of the category. */
	public record Unit(int begin, int end) {
		public int length() {
			return end - begin;
		}
	}

	private final int coders;
	private long length;
	/** Σ over ordered coder pairs (i, j ≠ i) of the section differences δ². */
	private double observedSum;
	/** The units and the gaps of every coder and continuum, counted by length (not kept one by one). */
	private final LengthCounts units = new LengthCounts();
	private final LengthCounts gaps = new LengthCounts();

	public UnitizingAlpha(int coders) {
		if (coders < 2) {
			throw new IllegalArgumentException("alpha needs two coders or more, not " + coders);
		}
		this.coders = coders;
	}

	public int coders() {
		return coders;
	}

	/** The total length of the continua added. */
	public long length() {
		return length;
	}

	/** The number of units of all coders (after overlapping ones are joined). */
	public int units() {
		return (int) units.total();
	}

	/**
	 * How many different unit and gap lengths are counted: the room this takes, which depends on the
	 * lengths met, not on how many continua were added.
	 */
	public int storedLengths() {
		return units.distinct() + gaps.distinct();
	}

	/**
	 * Adds one continuum [begin, end) with each coder's units of the category (one list per coder,
	 * in coder order; units are cut to the continuum).
	 */
	public void add(int begin, int end, List<? extends List<Unit>> unitsByCoder) {
		if (unitsByCoder.size() != coders) {
			throw new IllegalArgumentException(unitsByCoder.size() + " coders' units given for " + coders + " coders");
		}
		if (end < begin) {
			throw new IllegalArgumentException("continuum [" + begin + ", " + end + ")");
		}
		List<List<Unit>> normal = new ArrayList<>();
		for (List<Unit> coderUnits : unitsByCoder) {
			List<Unit> joined = joined(coderUnits, begin, end);
			normal.add(joined);
			int at = begin;
			for (Unit u : joined) {
				units.add(u.length(), 1);
				if (u.begin() > at) {
					gaps.add(u.begin() - at, 1);
				}
				at = u.end();
			}
			if (end > at) {
				gaps.add(end - at, 1);
			}
		}
		for (int i = 0; i < coders; i++) {
			for (int j = i + 1; j < coders; j++) {
				observedSum += 2 * differences(normal.get(i), normal.get(j)); // δ(ig, jh) and δ(jh, ig)
			}
		}
		length += end - begin;
	}

	/** A continuum in which no coder marked a unit of the category: only gaps, no difference. */
	public void addEmpty(int continuumLength) {
		addEmpty(continuumLength, 1);
	}

	/** {@code times} continua of the same length in which no coder marked a unit. */
	public void addEmpty(int continuumLength, long times) {
		if (continuumLength > 0 && times > 0) {
			gaps.add(continuumLength, coders * times);
			length += continuumLength * times;
		}
	}

	/** Sorted, cut to [begin, end), empty ones dropped, overlapping ones joined. */
	private static List<Unit> joined(List<Unit> units, int begin, int end) {
		List<Unit> sorted = new ArrayList<>(units);
		sorted.sort(Comparator.comparingInt(Unit::begin).thenComparingInt(Unit::end));
		List<Unit> result = new ArrayList<>();
		for (Unit u : sorted) {
			int b = Math.max(begin, u.begin());
			int e = Math.min(end, u.end());
			if (b >= e) {
				continue;
			}
			Unit last = result.isEmpty() ? null : result.get(result.size() - 1);
			if (last != null && b < last.end()) {
				result.set(result.size() - 1, new Unit(last.begin(), Math.max(last.end(), e)));
			} else {
				result.add(new Unit(b, e));
			}
		}
		return result;
	}

	/**
	 * Σ δ² over the section pairs of two coders, each unordered pair once. Two units that overlap
	 * differ by the squares of their begin and end differences; a unit that overlaps no unit of
	 * the other coder lies wholly inside one of the other's gaps and differs by its length squared.
	 */
	private static double differences(List<Unit> a, List<Unit> b) {
		boolean[] aMet = new boolean[a.size()];
		boolean[] bMet = new boolean[b.size()];
		double sum = 0;
		int i = 0;
		int j = 0;
		while (i < a.size() && j < b.size()) {
			Unit x = a.get(i);
			Unit y = b.get(j);
			if (x.begin() < y.end() && y.begin() < x.end()) {
				double db = x.begin() - y.begin();
				double de = x.end() - y.end();
				sum += db * db + de * de;
				aMet[i] = true;
				bMet[j] = true;
			}
			if (x.end() <= y.end()) {
				i++;
			} else {
				j++;
			}
		}
		for (int k = 0; k < a.size(); k++) {
			if (!aMet[k]) {
				sum += (double) a.get(k).length() * a.get(k).length();
			}
		}
		for (int k = 0; k < b.size(); k++) {
			if (!bMet[k]) {
				sum += (double) b.get(k).length() * b.get(k).length();
			}
		}
		return sum;
	}

	/** D_o; NaN for an empty continuum. */
	public double observed() {
		if (length == 0) {
			return Double.NaN;
		}
		double l = length;
		return observedSum / (coders * (coders - 1.0) * l * l);
	}

	/**
	 * D_e; 0 when no coder marked a unit, NaN for an empty continuum. The sums over units and gaps
	 * are taken over the counts of each length, in whole numbers, so they are exact (as the sum
	 * unit by unit was, in doubles, up to 2^53).
	 */
	public double expected() {
		if (length == 0) {
			return Double.NaN;
		}
		double numerator;
		double squaredLengths;
		try {
			long[] sums = sums();
			numerator = sums[0];
			squaredLengths = sums[1];
		} catch (ArithmeticException tooLarge) {
			BigInteger[] sums = bigSums();
			numerator = sums[0].doubleValue();
			squaredLengths = sums[1].doubleValue();
		}
		double ml = (double) coders * length;
		return 2 / (double) length * numerator / (ml * (ml - 1) - squaredLengths);
	}

	/**
	 * Σ_units [ (N_u − 1)·l(l − 1)(2l − 1)/3 + l²·Σ_{gaps g ≥ l} (l_g − l + 1) ] and Σ_units l(l − 1), in
	 * longs; ArithmeticException when they do not fit.
	 */
	private long[] sums() {
		int[] unitLengths = units.lengths();
		int[] gapLengths = gaps.lengths();
		long n = units.total();
		long numerator = 0;
		long squaredLengths = 0;
		long gapsAtLeast = 0; // gaps of length ≥ l
		long gapSumAtLeast = 0; // their total length
		int g = gapLengths.length - 1;
		for (int u = unitLengths.length - 1; u >= 0; u--) {
			long l = unitLengths[u];
			while (g >= 0 && gapLengths[g] >= l) {
				long count = gaps.count(gapLengths[g]);
				gapsAtLeast += count;
				gapSumAtLeast = Math.addExact(gapSumAtLeast, Math.multiplyExact(count, gapLengths[g]));
				g--;
			}
			long fits = gapSumAtLeast - Math.multiplyExact(l - 1, gapsAtLeast); // Σ (l_g − l + 1) over the gaps l_g ≥ l
			long spread = Math.multiplyExact(Math.multiplyExact(l * (l - 1), 2 * l - 1) / 3, n - 1);
			long term = Math.addExact(spread, Math.multiplyExact(l * l, fits));
			long count = units.count(unitLengths[u]);
			numerator = Math.addExact(numerator, Math.multiplyExact(count, term));
			squaredLengths = Math.addExact(squaredLengths, Math.multiplyExact(count, l * (l - 1)));
		}
		return new long[] { numerator, squaredLengths };
	}

	/** {@link #sums} in arbitrary precision, for a continuum too long for longs. */
	private BigInteger[] bigSums() {
		int[] unitLengths = units.lengths();
		int[] gapLengths = gaps.lengths();
		BigInteger n = BigInteger.valueOf(units.total());
		BigInteger numerator = BigInteger.ZERO;
		BigInteger squaredLengths = BigInteger.ZERO;
		BigInteger gapsAtLeast = BigInteger.ZERO;
		BigInteger gapSumAtLeast = BigInteger.ZERO;
		int g = gapLengths.length - 1;
		for (int u = unitLengths.length - 1; u >= 0; u--) {
			BigInteger l = BigInteger.valueOf(unitLengths[u]);
			while (g >= 0 && gapLengths[g] >= unitLengths[u]) {
				BigInteger count = BigInteger.valueOf(gaps.count(gapLengths[g]));
				gapsAtLeast = gapsAtLeast.add(count);
				gapSumAtLeast = gapSumAtLeast.add(count.multiply(BigInteger.valueOf(gapLengths[g])));
				g--;
			}
			BigInteger lMinusOne = l.subtract(BigInteger.ONE);
			BigInteger fits = gapSumAtLeast.subtract(lMinusOne.multiply(gapsAtLeast));
			BigInteger spread = l.multiply(lMinusOne).multiply(l.shiftLeft(1).subtract(BigInteger.ONE))
					.divide(BigInteger.valueOf(3)).multiply(n.subtract(BigInteger.ONE));
			BigInteger term = spread.add(l.multiply(l).multiply(fits));
			BigInteger count = BigInteger.valueOf(units.count(unitLengths[u]));
			numerator = numerator.add(count.multiply(term));
			squaredLengths = squaredLengths.add(count.multiply(l.multiply(lMinusOne)));
		}
		return new BigInteger[] { numerator, squaredLengths };
	}

	/** α_U = 1 − D_o / D_e; NaN when D_e is 0 (no unit anywhere) or the continuum is empty. */
	public double alpha() {
		double expected = expected();
		if (!(expected > 0)) {
			return Double.NaN;
		}
		return 1 - observed() / expected;
	}
}
