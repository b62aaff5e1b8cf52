package org.reportbank.agreement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reportbank.agreement.CohenKappa;

/** Cohen's kappa against hand arithmetic and published worked examples. */
class CohenKappaTest {

	private static CohenKappa table(String[] categories, long[][] counts) {
		CohenKappa kappa = new CohenKappa();
		for (int i = 0; i < counts.length; i++) {
			for (int j = 0; j < counts[i].length; j++) {
				kappa.add(categories[i], categories[j], counts[i][j]);
			}
		}
		return kappa;
	}

	/**
	 * Cohen (1960), p. 45, the worked example: 200 items, 3 categories, rows judge A, columns judge B:
	 *
	 * <pre>
	 *        88  14  18 | 120
	 *        10  40  10 |  60
	 *         2   6  12 |  20
	 *       100  60  40 | 200
	 * p_o = (88 + 40 + 12) / 200 = 0.70
	 * p_e = (120·100 + 60·60 + 20·40) / 200² = 16400 / 40000 = 0.41
	 * κ   = (0.70 − 0.41) / (1 − 0.41) = 0.29 / 0.59 = 0.4915   (Cohen gives .49)
	 * </pre>
	 */
	@Test
	void cohen1960WorkedExample() {
		CohenKappa kappa = table(new String[] { "1", "2", "3" }, new long[][] { { 88, 14, 18 }, { 10, 40, 10 }, { 2, 6, 12 } });
		assertEquals(200, kappa.items());
		assertEquals(0.70, kappa.observed(), 1e-12);
		assertEquals(0.41, kappa.expected(), 1e-12);
		assertEquals(0.29 / 0.59, kappa.kappa(), 1e-12);
		assertEquals(0.492, kappa.kappa(), 0.001);
	}

	/**
	 * Cohen (1960), p. 37, the first table, agreement below chance: 100 items,
	 *
	 * <pre>
	 *        25  12   3 |  40
	 *        13   2  15 |  30
	 *        12  16   2 |  30
	 *        50  30  20 | 100
	 * p_o = (25 + 2 + 2) / 100 = 0.29
	 * p_e = (40·50 + 30·30 + 30·20) / 100² = 3500 / 10000 = 0.35
	 * κ   = (0.29 − 0.35) / 0.65 = −0.0923
	 * </pre>
	 */
	@Test
	void cohen1960BelowChance() {
		CohenKappa kappa = table(new String[] { "1", "2", "3" }, new long[][] { { 25, 12, 3 }, { 13, 2, 15 }, { 12, 16, 2 } });
		assertEquals(0.29, kappa.observed(), 1e-12);
		assertEquals(0.35, kappa.expected(), 1e-12);
		assertEquals(-0.06 / 0.65, kappa.kappa(), 1e-12);
	}

	/**
	 * The textbook 2×2 table (Wikipedia, "Cohen's kappa", simple example): 50 grant proposals,
	 * both yes 20, A yes B no 5, A no B yes 10, both no 15.
	 *
	 * <pre>
	 * p_o = (20 + 15) / 50 = 0.7
	 * p_e = (25/50)(30/50) + (25/50)(20/50) = 0.3 + 0.2 = 0.5
	 * κ   = (0.7 − 0.5) / (1 − 0.5) = 0.4
	 * </pre>
	 */
	@Test
	void twoByTwoTextbookExample() {
		CohenKappa kappa = table(new String[] { "yes", "no" }, new long[][] { { 20, 5 }, { 10, 15 } });
		assertEquals(0.7, kappa.observed(), 1e-12);
		assertEquals(0.5, kappa.expected(), 1e-12);
		assertEquals(0.4, kappa.kappa(), 1e-12);
	}

	/** Item by item, the same as the table: a = [x x y y], b = [x y y y] → p_o = 3/4, p_e = (2·1 + 2·3)/16 = 1/2, κ = 1/2. */
	@Test
	void itemByItem() {
		CohenKappa kappa = new CohenKappa();
		String[] a = { "x", "x", "y", "y" };
		String[] b = { "x", "y", "y", "y" };
		for (int i = 0; i < a.length; i++) {
			kappa.add(a[i], b[i]);
		}
		assertEquals(0.75, kappa.observed(), 1e-12);
		assertEquals(0.5, kappa.expected(), 1e-12);
		assertEquals(0.5, kappa.kappa(), 1e-12);
		assertEquals(1, kappa.count("x", "y"));
	}

	@Test
	void perfectAgreementIsOneAndOneCategoryOnlyIsUndefined() {
		CohenKappa perfect = table(new String[] { "a", "b" }, new long[][] { { 3, 0 }, { 0, 7 } });
		assertEquals(1.0, perfect.kappa(), 1e-12);
		CohenKappa single = table(new String[] { "O" }, new long[][] { { 10 } });
		assertTrue(Double.isNaN(single.kappa()), "p_e = 1: kappa is undefined");
		assertTrue(Double.isNaN(new CohenKappa().kappa()), "no items");
	}

	/** Opposite choices on two equally used categories: p_o = 0, p_e = 0.5, κ = −1. */
	@Test
	void completeDisagreementIsMinusOne() {
		CohenKappa kappa = table(new String[] { "a", "b" }, new long[][] { { 0, 5 }, { 5, 0 } });
		assertEquals(-1.0, kappa.kappa(), 1e-12);
	}
}
