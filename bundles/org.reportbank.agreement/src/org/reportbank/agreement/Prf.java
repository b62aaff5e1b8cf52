package org.reportbank.agreement;

/**
 * Span agreement of annotators a and b as precision, recall and F1, taking a as the reference:
 * {@code matched} spans matched one to one, {@code a} and {@code b} spans each marked. A figure
 * that divides by zero is NaN (written null): precision when b marked nothing, recall when a
 * marked nothing, F1 when neither did.
 */
public record Prf(long matched, long a, long b) {

	/** Share of b's spans matched by one of a's. */
	public double p() {
		return b == 0 ? Double.NaN : (double) matched / b;
	}

	/** Share of a's spans matched by one of b's. */
	public double r() {
		return a == 0 ? Double.NaN : (double) matched / a;
	}

	/** 2·matched / (a + b), the harmonic mean of p and r (and symmetric in a and b). */
	public double f1() {
		return a + b == 0 ? Double.NaN : 2.0 * matched / (a + b);
	}

	public Prf plus(Prf other) {
		return new Prf(matched + other.matched, a + other.a, b + other.b);
	}
}
