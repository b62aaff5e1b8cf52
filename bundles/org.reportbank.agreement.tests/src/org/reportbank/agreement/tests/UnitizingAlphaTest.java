package org.reportbank.agreement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.reportbank.agreement.UnitizingAlpha;
import org.reportbank.agreement.UnitizingAlpha.Unit;

/** Krippendorff's α_U against published worked examples, hand arithmetic and its defining properties. */
class UnitizingAlphaTest {

	private static List<Unit> units(int... beginLength) {
		List<Unit> result = new ArrayList<>();
		for (int i = 0; i < beginLength.length; i += 2) {
			result.add(new Unit(beginLength[i], beginLength[i] + beginLength[i + 1]));
		}
		return result;
	}

	private static UnitizingAlpha of(int begin, int length, List<List<Unit>> coders) {
		UnitizingAlpha alpha = new UnitizingAlpha(coders.size());
		alpha.add(begin, begin + length, coders);
		return alpha;
	}

	/**
	 * Krippendorff (2004), Content Analysis, 2nd ed., p. 254: a continuum from 150 to 450 (L = 300),
	 * two coders, categories c and k. Coder i: c at 225 (length 70) and 370 (30); k at 180 (60) and
	 * 300 (50). Coder j: c at 220 (80), 355 (20), 400 (20); k the same as i. Stated figures for c:
	 * D_o = .0144, D_e = .0532, α = .7286; for k: D_o = 0, D_e = .0490, α = 1 (the values as given in
	 * DKPro Statistics' Krippendorff2004Test). By hand for c, the sections that differ:
	 *
	 * <pre>
	 * units 225+70 / 220+80:  (225 − 220)² + (295 − 300)² = 25 + 25 = 50
	 * units 370+30 / 355+20:  (370 − 355)² + (400 − 375)² = 225 + 625 = 850
	 * unit 400+20 of j in i's gap 400..450: 20² = 400
	 * D_o = 2 · (50 + 850 + 400) / (2 · 1 · 300²) = 2600 / 180000 = 0.014444
	 * </pre>
	 *
	 * Over both categories, 1 − ΣD_o / ΣD_e = 1 − 0.014444 / (0.053222 + 0.048979) = 0.8587.
	 */
	@Test
	void krippendorff2004WorkedExample() {
		UnitizingAlpha c = of(150, 300, List.of(units(225, 70, 370, 30), units(220, 80, 355, 20, 400, 20)));
		assertEquals(2600.0 / 180000, c.observed(), 1e-12);
		assertEquals(0.0144, c.observed(), 0.00005);
		assertEquals(0.0532, c.expected(), 0.00005);
		assertEquals(0.7286, c.alpha(), 0.00005);

		UnitizingAlpha k = of(150, 300, List.of(units(180, 60, 300, 50), units(180, 60, 300, 50)));
		assertEquals(0.0, k.observed(), 1e-15);
		assertEquals(0.0490, k.expected(), 0.00005);
		assertEquals(1.0, k.alpha(), 1e-12);

		assertEquals(0.8587, 1 - (c.observed() + k.observed()) / (c.expected() + k.expected()), 0.00005);
	}

	/**
	 * Krippendorff (1995), p. 57: four pairs of coders on a continuum of 24 (the examples as encoded
	 * in DKPro Statistics' Krippendorff1995Test). The observed disagreement follows from the
	 * sections alone, e.g. for B (John: one unit 0..18; Jill: 0..2, 2..3, 3..4, 4..5, 5..6, 6..9, 9..10):
	 *
	 * <pre>
	 * 0..2: 0² + 16² = 256    2..3: 2² + 15² = 229   3..4: 3² + 14² = 205   4..5: 4² + 13² = 185
	 * 5..6: 5² + 12² = 169    6..9: 6² +  9² = 117   9..10: 9² + 8² = 145              Σ = 1306
	 * D_o = 2 · 1306 / (2 · 24²) = 2.26736
	 * </pre>
	 *
	 * D_o is .03125, 2.26736, .02778, .38715 for A to D. The α values stated for the example (.553,
	 * −.926, .679, .066, as DKPro's test gives them) rest on the paper's first form of D_e, which the
	 * 2004 form used here approaches only when the continuum is long: with every position and length
	 * stretched 10,000-fold they agree within .02 (as DKPro's test also finds).
	 */
	@Test
	void krippendorff1995Examples() {
		List<List<List<Unit>>> examples = List.of(
				List.of(units(2, 8, 14, 6), units(4, 4, 15, 2)),
				List.of(units(0, 18), units(0, 2, 2, 1, 3, 1, 4, 1, 5, 1, 6, 3, 9, 1)),
				List.of(units(2, 6, 10, 2, 14, 4, 20, 2), units(0, 2, 4, 4, 10, 4, 16, 2, 20, 2)),
				List.of(units(0, 2, 2, 8, 10, 4, 14, 6, 20, 4), units(0, 4, 4, 4, 8, 7, 15, 2, 17, 7)));
		double[] observed = { 0.03125, 1306.0 / 576, 0.027778, 0.387153 };
		double[] stated = { 0.553, -0.926, 0.679, 0.066 };
		for (int e = 0; e < examples.size(); e++) {
			UnitizingAlpha alpha = of(0, 24, examples.get(e));
			assertEquals(observed[e], alpha.observed(), 0.000001, "D_o of example " + (char) ('A' + e));
			UnitizingAlpha stretched = of(0, 240000, stretch(examples.get(e), 10000));
			assertEquals(observed[e], stretched.observed(), 0.000001, "D_o does not depend on the scale");
			assertEquals(stated[e], stretched.alpha(), 0.02, "α of example " + (char) ('A' + e));
		}
	}

	private static List<List<Unit>> stretch(List<List<Unit>> coders, int factor) {
		List<List<Unit>> result = new ArrayList<>();
		for (List<Unit> coder : coders) {
			result.add(coder.stream().map(u -> new Unit(u.begin() * factor, u.end() * factor)).toList());
		}
		return result;
	}

	/**
	 * Hand case, L = 10, coder A one unit 2..6 (l = 4), coder B one unit 3..6 (l = 3).
	 *
	 * <pre>
	 * sections A: gap 0..2 (2), unit 2..6 (4), gap 6..10 (4); B: gap 0..3 (3), unit 3..6 (3), gap 6..10 (4)
	 * D_o = 2 · [(2 − 3)² + (6 − 6)²] / (2 · 1 · 10²) = 2 / 200 = 0.01
	 * N_u = 2, gaps {2, 3, 4, 4}
	 * l = 4: (2 − 1)(2·64 − 3·16 + 4)/3 = 84/3 = 28;  gaps ≥ 4: (4−4+1) + (4−4+1) = 2, · 4² = 32;   60
	 * l = 3: (2 − 1)(2·27 − 3·9 + 3)/3 = 30/3 = 10;   gaps ≥ 3: 1 + 2 + 2 = 5,           · 3² = 45;   55
	 * D_e = 2/10 · (60 + 55) / (2·10·(2·10 − 1) − (4·3 + 3·2)) = 0.2 · 115 / 362 = 23/362 = 0.063536
	 * α_U = 1 − 0.01 / (23/362) = 1 − 3.62/23 = 0.842609
	 * </pre>
	 */
	@Test
	void handCase() {
		UnitizingAlpha alpha = of(0, 10, List.of(units(2, 4), units(3, 3)));
		assertEquals(0.01, alpha.observed(), 1e-12);
		assertEquals(23.0 / 362, alpha.expected(), 1e-12);
		assertEquals(1 - 3.62 / 23, alpha.alpha(), 1e-12);
	}

	/**
	 * Systematic disagreement, L = 10: A marks 0..5, B marks 5..10; each unit lies in the other's gap.
	 *
	 * <pre>
	 * D_o = 2 · (5² + 5²) / (2 · 100) = 0.5
	 * l = 5 (twice): (2 − 1)(250 − 75 + 5)/3 = 60; gaps {5, 5}: 1 + 1 = 2, · 25 = 50; 110 each, 220
	 * D_e = 0.2 · 220 / (20 · 19 − 2 · 20) = 44 / 340 = 0.129412
	 * α_U = 1 − 0.5 / 0.129412 = −2.8636
	 * </pre>
	 */
	@Test
	void systematicDisagreementIsNegative() {
		UnitizingAlpha alpha = of(0, 10, List.of(units(0, 5), units(5, 5)));
		assertEquals(0.5, alpha.observed(), 1e-12);
		assertEquals(44.0 / 340, alpha.expected(), 1e-12);
		assertEquals(1 - 0.5 * 340 / 44, alpha.alpha(), 1e-12);
		assertTrue(alpha.alpha() < 0);
	}

	@Test
	void identicalUnitsGiveOneForAnyNumberOfCoders() {
		List<Unit> same = units(3, 5, 20, 2, 40, 9);
		assertEquals(1.0, of(0, 60, List.of(same, same)).alpha(), 1e-12);
		assertEquals(1.0, of(0, 60, List.of(same, same, same, same)).alpha(), 1e-12);
	}

	/** Coders who place units independently at random agree about as well as chance: α_U near 0. */
	@Test
	void independentRandomUnitsGiveAboutZero() {
		for (int coders : new int[] { 2, 3 }) {
			List<List<Unit>> random = new ArrayList<>();
			for (int c = 0; c < coders; c++) {
				random.add(randomUnits(new Random(17 + c), 50000));
			}
			double alpha = of(0, 50000, random).alpha();
			assertEquals(0.0, alpha, 0.08, coders + " random coders: " + alpha);
		}
	}

	private static List<Unit> randomUnits(Random random, int length) {
		List<Unit> units = new ArrayList<>();
		int at = 0;
		while (true) {
			at += 5 + random.nextInt(56);
			int l = 2 + random.nextInt(19);
			if (at + l > length) {
				return units;
			}
			units.add(new Unit(at, at + l));
			at += l;
		}
	}

	/** A coder's overlapping units are one unit; units that only touch stay two. */
	@Test
	void overlappingUnitsOfOneCoderAreJoined() {
		UnitizingAlpha joined = of(0, 20, List.of(List.of(new Unit(2, 6), new Unit(4, 9)), List.of(new Unit(2, 9))));
		assertEquals(1.0, joined.alpha(), 1e-12);
		assertEquals(2, joined.units());
		UnitizingAlpha touching = of(0, 20, List.of(List.of(new Unit(2, 6), new Unit(6, 9)), List.of(new Unit(2, 9))));
		assertEquals(3, touching.units());
		assertTrue(touching.alpha() < 1);
	}

	/** Two continua are laid end to end, gaps not running across: the same as one continuum with the same sections. */
	@Test
	void continuaAddUp() {
		UnitizingAlpha two = new UnitizingAlpha(2);
		two.add(0, 10, List.of(units(2, 4), units(3, 3)));
		two.add(0, 10, List.of(units(0, 5), units(5, 5)));
		// D_o: (2 + 100) / (2 · 20²) = 102 / 800
		assertEquals(102.0 / 800, two.observed(), 1e-12);
		assertEquals(20, two.length());

		UnitizingAlpha empty = new UnitizingAlpha(2);
		empty.addEmpty(50);
		assertEquals(0.0, empty.expected(), 1e-12);
		assertTrue(Double.isNaN(empty.alpha()), "no unit anywhere: undefined");
	}
}
