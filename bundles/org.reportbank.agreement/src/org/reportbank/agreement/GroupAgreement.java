package org.reportbank.agreement;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Sums the agreement of a group of annotators (Fleiss' kappa from three on, α_U) over the reports all of them annotated. */
final class GroupAgreement {

	private static final String NOT = "\u0000not";

	private final List<String> annotators;
	private int reports;
	private long tokens;
	private long characters;
	private final FleissKappa fleiss;
	/** Per label, label against not-label, fed only the tokens some annotator gave the label. */
	private final Map<String, FleissKappa> binary = new TreeMap<>();
	private final UnitizingAlphas alphas;

	GroupAgreement(List<String> annotators) {
		this.annotators = List.copyOf(annotators);
		this.fleiss = annotators.size() >= 3 ? new FleissKappa(annotators.size()) : null;
		this.alphas = new UnitizingAlphas(annotators.size());
	}

	void add(ReportData report) {
		reports++;
		tokens += report.tokens.size();
		characters += report.length;
		int m = annotators.size();
		if (fleiss != null) {
			List<String[]> sequences = new ArrayList<>();
			Map<String, BitSet> coverage = new TreeMap<>();
			for (String annotator : annotators) {
				TokenLabels labels = report.tokenLabels.get(annotator);
				sequences.add(labels.sequence());
				for (String label : labels.labels()) {
					coverage.computeIfAbsent(label, l -> new BitSet()).or(labels.covered(label));
				}
			}
			Map<String, Integer> counts = new HashMap<>();
			for (int t = 0; t < report.tokens.size(); t++) {
				counts.clear();
				for (String[] sequence : sequences) {
					counts.merge(sequence[t], 1, Integer::sum);
				}
				fleiss.add(counts);
			}
			for (Map.Entry<String, BitSet> e : coverage.entrySet()) {
				String label = e.getKey();
				FleissKappa kappa = binary.computeIfAbsent(label, l -> new FleissKappa(m));
				BitSet any = e.getValue();
				for (int t = any.nextSetBit(0); t >= 0; t = any.nextSetBit(t + 1)) {
					int yes = 0;
					for (String annotator : annotators) {
						if (report.tokenLabels.get(annotator).covered(label).get(t)) {
							yes++;
						}
					}
					kappa.add(Map.of(label, yes, NOT, m - yes));
				}
			}
		}
		List<List<Annotation>> spans = new ArrayList<>();
		annotators.forEach(a -> spans.add(report.spans.get(a)));
		alphas.add(report.length, spans);
	}

	GroupResult result(List<String> labels) {
		Coefficients fleissKappa = null;
		if (fleiss != null) {
			SortedMap<String, Double> byLabel = new TreeMap<>();
			for (String label : labels) {
				FleissKappa kappa = binary.get(label);
				if (kappa == null) {
					byLabel.put(label, Double.NaN);
					continue;
				}
				// the tokens no annotator gave the label: every rating "not label"
				FleissKappa all = kappa.copy();
				all.add(Map.of(NOT, annotators.size()), tokens - kappa.items());
				byLabel.put(label, all.kappa(label));
			}
			fleissKappa = new Coefficients(fleiss.kappa(), byLabel);
		}
		Coefficients alpha = alphas.coefficients();
		SortedMap<String, Double> alphaByLabel = new TreeMap<>();
		labels.forEach(l -> alphaByLabel.put(l, alpha.label(l)));
		return new GroupResult(annotators, reports, tokens, characters, fleissKappa, new Coefficients(alpha.overall(), alphaByLabel));
	}
}
