package org.reportbank.agreement.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reportbank.agreement.HeatScale;

class HeatScaleTest {

	@Test
	void lowMiddleAndHighAreTheirColours() {
		assertEquals(HeatScale.LOW, HeatScale.rgb(0));
		assertEquals(HeatScale.MIDDLE, HeatScale.rgb(0.5));
		assertEquals(HeatScale.HIGH, HeatScale.rgb(1));
	}

	@Test
	void outsideTheRangeIsClampedAndUndefinedIsGrey() {
		assertEquals(HeatScale.LOW, HeatScale.rgb(-0.4), "worse than chance is as red as 0");
		assertEquals(HeatScale.HIGH, HeatScale.rgb(1.2));
		assertEquals(HeatScale.UNDEFINED, HeatScale.rgb(Double.NaN));
	}

	@Test
	void inBetweenIsMixedAndGetsGreenerAsTheValueRises() {
		int[] quarter = HeatScale.components(HeatScale.rgb(0.25));
		int[] low = HeatScale.components(HeatScale.LOW);
		int[] middle = HeatScale.components(HeatScale.MIDDLE);
		for (int k = 0; k < 3; k++) {
			assertEquals(Math.round((low[k] + middle[k]) / 2.0), quarter[k], 1, "half way from low to middle, component " + k);
		}
		int previousGreenMinusRed = Integer.MIN_VALUE;
		for (int i = 0; i <= 20; i++) {
			int[] c = HeatScale.components(HeatScale.rgb(i / 20.0));
			assertTrue(c[1] - c[0] >= previousGreenMinusRed, "greener at " + i / 20.0);
			previousGreenMinusRed = c[1] - c[0];
		}
		assertArrayEquals(new int[] { 0x8F, 0xD1, 0x9E }, HeatScale.components(HeatScale.HIGH));
	}
}
