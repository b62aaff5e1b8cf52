package org.reportbank.agreement;

import java.util.List;

/**
 * The agreement of a group of annotators over the reports every one of them annotated: Fleiss'
 * kappa over tokens (null for fewer than three annotators: Cohen's kappa of the pair is the
 * figure then) and α_U over characters.
 */
public record GroupResult(List<String> annotators, int reports, long tokens, long characters, Coefficients fleissKappa,
		Coefficients alphaU) {
}
