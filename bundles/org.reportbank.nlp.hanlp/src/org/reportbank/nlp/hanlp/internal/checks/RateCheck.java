package org.reportbank.nlp.hanlp.internal.checks;

import java.math.BigDecimal;

/**
 * The verdict on one stated rate: consistent with a pair of counts near it, inconsistent (with
 * the value the nearest counts give), or unverifiable (no counts to recompute it from).
 * {@code numerator} and {@code denominator} index into the metrics handed to the checker, -1 if none.
 */
public record RateCheck(int rate, Verdict verdict, BigDecimal recomputed, int numerator, int denominator,
		int sentenceBegin, int sentenceEnd, String message) {

	public enum Verdict {
		CONSISTENT, INCONSISTENT, UNVERIFIABLE
	}
}
