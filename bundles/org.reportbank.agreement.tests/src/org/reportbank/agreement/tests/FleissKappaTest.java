package org.reportbank.agreement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reportbank.agreement.CohenKappa;
import org.reportbank.agreement.FleissKappa;

/** Fleiss' kappa against published worked examples and hand arithmetic. */
class FleissKappaTest {

	/** Items as rows of counts per category 1..k. */
	private static FleissKappa of(int raters, int[][] rows) {
		FleissKappa kappa = new FleissKappa(raters);
		for (int[] row : rows) {
			Map<String, Integer> counts = new HashMap<>();
			for (int j = 0; j < row.length; j++) {
				counts.put(String.valueOf(j + 1), row[j]);
			}
			kappa.add(counts);
		}
		return kappa;
	}

	/**
	 * The worked example of Wikipedia, "Fleiss' kappa": 10 subjects, 14 raters, 5 categories.
	 *
	 * <pre>
	 * p_j = 20/140, 28/140, 39/140, 21/140, 32/140 = .143 .200 .279 .150 .229
	 * P_i = 1.000 .253 .308 .440 .330 .462 .242 .176 .286 .286, P̄ = 3.780 / 10 = 0.378
	 * P̄_e = .143² + .200² + .279² + .150² + .229² = 0.213
	 * κ = (0.378 − 0.213) / (1 − 0.213) = 0.210
	 * </pre>
	 */
	@Test
	void wikipediaWorkedExample() {
		FleissKappa kappa = of(14, new int[][] { { 0, 0, 0, 0, 14 }, { 0, 2, 6, 4, 2 }, { 0, 0, 3, 5, 6 }, { 0, 3, 9, 2, 0 },
				{ 2, 2, 8, 1, 1 }, { 7, 7, 0, 0, 0 }, { 3, 2, 6, 3, 0 }, { 2, 5, 3, 2, 2 }, { 6, 5, 2, 1, 0 }, { 0, 2, 2, 3, 7 } });
		assertEquals(10, kappa.items());
		assertEquals(0.378, kappa.observed(), 0.0005);
		assertEquals(0.213, kappa.expected(), 0.0005);
		assertEquals(0.210, kappa.kappa(), 0.0005);
	}

	/**
	 * Fleiss (1971), p. 379-380: 30 patients, 6 psychiatrists each, 5 diagnoses (1 depression,
	 * 2 personality disorder, 3 schizophrenia, 4 neurosis, 5 other). Fleiss gives P̄ = .556,
	 * P̄_e = .220 and κ = .430. The kappas of the single categories are checked against the values
	 * DKPro Statistics' test of the same table states for them (.248 .248 .517 .470 .565, within
	 * .005); by hand, κ_1 = 1 − Σ n_i1 (6 − n_i1) / (30·6·5·p_1·q_1) with p_1 = 26/180:
	 * Σ n_i1 (6 − n_i1) = 6·(1·5) + 4·(2·4) + 1·(3·3) + 1·(4·2) + 1·(5·1) = 30 + 32 + 9 + 8 + 5 = 84,
	 * κ_1 = 1 − 84 / (900 · 0.14444 · 0.85556) = 1 − 84 / 111.22 = 0.2448.
	 */
	@Test
	void fleiss1971WorkedExample() {
		int[][] rows = { { 0, 0, 0, 6, 0 }, { 0, 3, 0, 0, 3 }, { 0, 1, 4, 0, 1 }, { 0, 0, 0, 0, 6 }, { 0, 3, 0, 3, 0 },
				{ 2, 0, 4, 0, 0 }, { 0, 0, 4, 0, 2 }, { 2, 0, 3, 1, 0 }, { 2, 0, 0, 4, 0 }, { 0, 0, 0, 0, 6 }, { 1, 0, 0, 5, 0 },
				{ 1, 1, 0, 4, 0 }, { 0, 3, 3, 0, 0 }, { 1, 0, 0, 5, 0 }, { 0, 2, 0, 3, 1 }, { 0, 0, 5, 0, 1 }, { 3, 0, 0, 1, 2 },
				{ 5, 1, 0, 0, 0 }, { 0, 2, 0, 4, 0 }, { 1, 0, 2, 0, 3 }, { 0, 0, 0, 0, 6 }, { 0, 1, 0, 5, 0 }, { 0, 2, 0, 1, 3 },
				{ 2, 0, 0, 4, 0 }, { 1, 0, 0, 4, 1 }, { 0, 5, 0, 1, 0 }, { 4, 0, 0, 0, 2 }, { 0, 2, 0, 4, 0 }, { 1, 0, 5, 0, 0 },
				{ 0, 0, 0, 0, 6 } };
		FleissKappa kappa = of(6, rows);
		assertEquals(30, kappa.items());
		assertEquals(0.556, kappa.observed(), 0.0005);
		assertEquals(0.220, kappa.expected(), 0.0005);
		assertEquals(0.430, kappa.kappa(), 0.0005);
		double[] stated = { 0.248, 0.248, 0.517, 0.470, 0.565 };
		for (int j = 0; j < stated.length; j++) {
			assertEquals(stated[j], kappa.kappa(String.valueOf(j + 1)), 0.005, "category " + (j + 1));
		}
		assertEquals(0.2448, kappa.kappa("1"), 0.0001);
	}

	/**
	 * Hand case, 3 raters, 4 items, categories x and y:
	 *
	 * <pre>
	 * item  n_x n_y   P_i = (n_x² + n_y² − 3) / 6
	 *  1     3   0    (9 + 0 − 3) / 6 = 1
	 *  2     2   1    (4 + 1 − 3) / 6 = 1/3
	 *  3     1   2    1/3
	 *  4     0   3    1
	 * P̄ = (1 + 1/3 + 1/3 + 1) / 4 = 2/3; p_x = p_y = 6/12 = 1/2; P̄_e = 1/2
	 * κ = (2/3 − 1/2) / (1 − 1/2) = 1/3
	 * κ_x = 1 − Σ n_x (3 − n_x) / (N n (n − 1) p q) = 1 − (0 + 2 + 2 + 0) / (4·3·2·1/4) = 1 − 4/6 = 1/3
	 * </pre>
	 */
	@Test
	void handCase() {
		FleissKappa kappa = new FleissKappa(3);
		kappa.add(Map.of("x", 3));
		kappa.add(Map.of("x", 2, "y", 1));
		kappa.add(Map.of("x", 1, "y", 2));
		kappa.add(Map.of("y", 3));
		assertEquals(2.0 / 3, kappa.observed(), 1e-12);
		assertEquals(0.5, kappa.expected(), 1e-12);
		assertEquals(1.0 / 3, kappa.kappa(), 1e-12);
		assertEquals(1.0 / 3, kappa.kappa("x"), 1e-12);
	}

	/** With two raters and two categories Fleiss' kappa is Scott's pi, not Cohen's kappa; on symmetric tables both agree. */
	@Test
	void twoRatersOnASymmetricTableEqualCohen() {
		// a/b: (x,x) 4, (x,y) 1, (y,x) 1, (y,y) 4
		FleissKappa fleiss = new FleissKappa(2);
		fleiss.add(Map.of("x", 2), 4);
		fleiss.add(Map.of("x", 1, "y", 1), 2);
		fleiss.add(Map.of("y", 2), 4);
		CohenKappa cohen = new CohenKappa();
		cohen.add("x", "x", 4);
		cohen.add("x", "y", 1);
		cohen.add("y", "x", 1);
		cohen.add("y", "y", 4);
		// p_o = 0.8, p_e = 0.5: κ = 0.6
		assertEquals(0.6, cohen.kappa(), 1e-12);
		assertEquals(0.6, fleiss.kappa(), 1e-12);
	}

	@Test
	void undefinedAndWrongInput() {
		FleissKappa one = new FleissKappa(3);
		one.add(Map.of("O", 3), 10);
		assertTrue(Double.isNaN(one.kappa()), "one category only");
		assertTrue(Double.isNaN(one.kappa("O")));
		assertTrue(Double.isNaN(new FleissKappa(3).kappa()));
		assertThrows(IllegalArgumentException.class, () -> new FleissKappa(3).add(Map.of("x", 2)));
		assertThrows(IllegalArgumentException.class, () -> new FleissKappa(1));
	}
}
