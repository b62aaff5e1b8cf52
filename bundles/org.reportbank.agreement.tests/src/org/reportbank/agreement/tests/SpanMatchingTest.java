package org.reportbank.agreement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportbank.agreement.Annotation;
import org.reportbank.agreement.Prf;
import org.reportbank.agreement.SpanCounts;
import org.reportbank.agreement.SpanMatching;

/** Exact and overlap span matching, P/R/F1 by hand. */
class SpanMatchingTest {

	private static Annotation s(int begin, int end, String label) {
		return new Annotation(begin, end, label);
	}

	/**
	 * a: ORG 0..4, METRIC 12..15, DATE 20..25; b: ORG 0..4, METRIC 12..16, LAW 6..8.
	 *
	 * <pre>
	 * exact:   ORG 1 of a 1, b 1; METRIC 0 of 1, 1; DATE 0 of 1, 0; LAW 0 of 0, 1
	 *          overall matched 1, a 3, b 3: p = 1/3, r = 1/3, f1 = 2·1/6 = 1/3
	 * overlap: METRIC 12..15 and 12..16 share 12..15: matched 2, p = r = f1 = 2/3
	 * </pre>
	 */
	@Test
	void exactAndOverlapByHand() {
		List<Annotation> a = List.of(s(0, 4, "ORG"), s(12, 15, "METRIC"), s(20, 25, "DATE"));
		List<Annotation> b = List.of(s(0, 4, "ORG"), s(6, 8, "LAW"), s(12, 16, "METRIC"));
		SpanCounts exact = new SpanCounts();
		SpanMatching.exact(a, b, exact);
		assertEquals(new Prf(1, 3, 3), exact.overall());
		assertEquals(1.0 / 3, exact.overall().f1(), 1e-12);
		assertEquals(new Prf(1, 1, 1), exact.label("ORG"));
		assertEquals(new Prf(0, 1, 1), exact.label("METRIC"));
		assertEquals(new Prf(0, 1, 0), exact.label("DATE"));
		assertTrue(Double.isNaN(exact.label("DATE").p()), "b marked no DATE: precision undefined");
		assertEquals(0.0, exact.label("DATE").r(), 1e-12);
		assertEquals(0.0, exact.label("DATE").f1(), 1e-12);
		assertEquals(new Prf(0, 0, 1), exact.label("LAW"));

		SpanCounts overlap = new SpanCounts();
		SpanMatching.overlap(a, b, overlap);
		assertEquals(new Prf(2, 3, 3), overlap.overall());
		assertEquals(2.0 / 3, overlap.overall().p(), 1e-12);
		assertEquals(new Prf(1, 1, 1), overlap.label("METRIC"));
	}

	/** Touching is not overlapping: 0..4 and 4..8 share no character. Different labels never match. */
	@Test
	void touchingOrDifferentLabelDoesNotMatch() {
		SpanCounts overlap = new SpanCounts();
		SpanMatching.overlap(List.of(s(0, 4, "ORG")), List.of(s(4, 8, "ORG"), s(0, 4, "LOC")), overlap);
		assertEquals(new Prf(0, 1, 2), overlap.overall());
	}

	/**
	 * One to one, as many pairs as possible: a long span of a over two short spans of b is one pair,
	 * not two. a: 0..10, 10..12; b: 2..4, 8..11. Pairing a 0..10 with b 8..11 first (the longer
	 * overlap) would leave a 10..12 alone; the maximum pairs 0..10–2..4 and 10..12–8..11: 2 pairs.
	 */
	@Test
	void overlapPairsOneToOneAsManyAsPossible() {
		SpanCounts counts = new SpanCounts();
		SpanMatching.overlap(List.of(s(0, 10, "X"), s(10, 12, "X")), List.of(s(2, 4, "X"), s(8, 11, "X")), counts);
		assertEquals(new Prf(2, 2, 2), counts.overall());

		SpanCounts oneLong = new SpanCounts();
		SpanMatching.overlap(List.of(s(0, 20, "X")), List.of(s(2, 4, "X"), s(8, 11, "X")), oneLong);
		// matched 1, a 1, b 2: p = 1/2, r = 1, f1 = 2/3
		assertEquals(new Prf(1, 1, 2), oneLong.overall());
		assertEquals(2.0 / 3, oneLong.overall().f1(), 1e-12);
	}

	@Test
	void nothingMarkedIsUndefined() {
		SpanCounts counts = new SpanCounts();
		SpanMatching.exact(List.of(), List.of(), counts);
		assertTrue(Double.isNaN(counts.overall().f1()));
	}
}
