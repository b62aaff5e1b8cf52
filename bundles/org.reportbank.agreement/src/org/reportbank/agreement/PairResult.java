package org.reportbank.agreement;

/**
 * The agreement of annotators a and b (a before b in sort order) over the reports both annotated:
 * span P/R/F1 (exact and overlap; a is the reference), Cohen's kappa over tokens, and α_U over
 * characters.
 */
public record PairResult(String a, String b, int reports, long tokens, long characters, SpanAgreement exact,
		SpanAgreement overlap, Coefficients cohenKappa, Coefficients alphaU) {
}
