package org.reportbank.agreement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.reportbank.agreement.UnitizingAlpha;
import org.reportbank.agreement.UnitizingAlpha.Unit;

/**
 * D_e of α_U on continua so long that its sums pass 2^53 (where a sum of doubles stops being exact)
 * and 2^63 (where longs overflow): it is the exact sum, rounded once, checked against the formula
 * worked out here unit by unit and gap by gap in BigInteger arithmetic.
 */
class UnitizingAlphaExactSumsTest {

	/** The sections of every coder: unit lengths and gap lengths, one entry each. */
	private final List<Long> units = new ArrayList<>();
	private final List<Long> gaps = new ArrayList<>();
	private long length;
	/** Σ_units [ … ] of D_e as {@link #expected} found it. */
	private BigInteger numerator;

	/** One continuum [0, end) of the two coders, each coder's units apart and sorted. */
	private void add(UnitizingAlpha alpha, int end, List<Unit> a, List<Unit> b) {
		alpha.add(0, end, List.of(a, b));
		for (List<Unit> coder : List.of(a, b)) {
			int at = 0;
			for (Unit u : coder) {
				units.add((long) u.length());
				if (u.begin() > at) {
					gaps.add((long) u.begin() - at);
				}
				at = u.end();
			}
			if (end > at) {
				gaps.add((long) end - at);
			}
		}
		length += end;
	}

	/** D_e from its definition (Krippendorff 2004), sums in BigInteger, the last step as UnitizingAlpha takes it. */
	private double expected(int coders) {
		BigInteger n = BigInteger.valueOf(units.size());
		BigInteger numerator = BigInteger.ZERO;
		BigInteger squared = BigInteger.ZERO;
		for (long lu : units) {
			BigInteger l = BigInteger.valueOf(lu);
			BigInteger fits = BigInteger.ZERO;
			for (long lg : gaps) {
				if (lg >= lu) {
					fits = fits.add(BigInteger.valueOf(lg - lu + 1));
				}
			}
			BigInteger cubic = l.pow(3).shiftLeft(1).subtract(l.pow(2).multiply(BigInteger.valueOf(3))).add(l);
			numerator = numerator.add(n.subtract(BigInteger.ONE).multiply(cubic).divide(BigInteger.valueOf(3)))
					.add(l.pow(2).multiply(fits));
			squared = squared.add(l.multiply(l.subtract(BigInteger.ONE)));
		}
		this.numerator = numerator;
		double ml = (double) coders * length;
		return 2 / (double) length * numerator.doubleValue() / (ml * (ml - 1) - squared.doubleValue());
	}

	/** Units of 1 to {@code longest} characters with 1 to {@code widest} between them. */
	private static List<Unit> randomUnits(Random random, int end, int longest, int widest) {
		List<Unit> result = new ArrayList<>();
		int at = random.nextInt(widest);
		while (true) {
			int l = 1 + random.nextInt(longest);
			if (at + l > end) {
				return result;
			}
			result.add(new Unit(at, at + l));
			at += l + 1 + random.nextInt(widest);
		}
	}

	@Test
	void pastTwoToThe53TheSumIsExact() {
		UnitizingAlpha alpha = new UnitizingAlpha(2);
		Random random = new Random(5);
		for (int i = 0; i < 40; i++) {
			add(alpha, 300_000, randomUnits(random, 300_000, 4000, 20_000), randomUnits(random, 300_000, 4000, 20_000));
		}
		double exact = expected(2);
		assertTrue(numerator.bitLength() > 53 && numerator.bitLength() < 63, "a sum of longs, past 2^53: " + numerator);
		assertEquals(exact, alpha.expected(), 0.0, "to the last bit");
		assertTrue(alpha.alpha() > -1 && alpha.alpha() < 1, "" + alpha.alpha());
	}

	@Test
	void pastTwoToThe63TheSumIsStillExact() {
		UnitizingAlpha alpha = new UnitizingAlpha(2);
		Random random = new Random(6);
		for (int i = 0; i < 4; i++) {
			add(alpha, 2_000_000_000, randomUnits(random, 2_000_000, 40_000, 20_000), List.of(new Unit(5, 1_000_005)));
		}
		alpha.addEmpty(2_000_000_000, 1000); // 2 · 1000 more gaps of 2·10^9: Σ l²·(l_g − l + 1) passes 2^63
		for (int i = 0; i < 2000; i++) {
			gaps.add(2_000_000_000L);
		}
		length += 1000 * 2_000_000_000L;
		double exact = expected(2);
		assertTrue(numerator.bitLength() > 63, "past longs: " + numerator);
		assertEquals(exact, alpha.expected(), 0.0, "to the last bit");
	}
}
