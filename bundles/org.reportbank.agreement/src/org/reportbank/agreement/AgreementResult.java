package org.reportbank.agreement;

import java.util.List;
import java.util.Map;

/**
 * The agreement of a corpus. The figures of each report are not part of it (they would grow with
 * the corpus): {@link Agreement#Agreement(Agreement.Options, java.util.function.Consumer)} hands
 * them over one report at a time.
 *
 * @param annotators every annotator with a layer in the reports added (after the annotator filter)
 * @param labels     the labels measured: those given, or every label of the annotators' spans
 * @param reports    the reports annotated by two annotators or more, the ones compared
 * @param tokenUnits how many of those reports were measured in words and how many in characters
 * @param pairs      every pair that annotated a report in common, sorted
 * @param all        all the annotators together, over the reports every one of them annotated;
 *                   null when there are fewer than two or no such report
 */
public record AgreementResult(List<String> annotators, List<String> labels, int reports, Map<Tokens.Unit, Integer> tokenUnits,
		List<PairResult> pairs, GroupResult all) {
}
