package org.reportbank.agreement;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/** Sums the agreement of two annotators over the reports both annotated. */
final class PairAgreement {

	private static final String NOT = "\u0000not";

	private final String a;
	private final String b;
	private int reports;
	private long tokens;
	private long characters;
	private final SpanCounts exact = new SpanCounts();
	private final SpanCounts overlap = new SpanCounts();
	private final CohenKappa kappa = new CohenKappa();
	/** Per label: tokens both, only a, only b gave the label. */
	private final Map<String, long[]> binary = new TreeMap<>();
	private final UnitizingAlphas alphas = new UnitizingAlphas(2);

	PairAgreement(String a, String b) {
		this.a = a;
		this.b = b;
	}

	void add(ReportData report) {
		List<Annotation> spansA = report.spans.get(a);
		List<Annotation> spansB = report.spans.get(b);
		reports++;
		tokens += report.tokens.size();
		characters += report.length;
		SpanMatching.exact(spansA, spansB, exact);
		SpanMatching.overlap(spansA, spansB, overlap);
		TokenLabels labelsA = report.tokenLabels.get(a);
		TokenLabels labelsB = report.tokenLabels.get(b);
		String[] sequenceA = labelsA.sequence();
		String[] sequenceB = labelsB.sequence();
		for (int t = 0; t < sequenceA.length; t++) {
			kappa.add(sequenceA[t], sequenceB[t]);
		}
		TreeSet<String> labels = new TreeSet<>(labelsA.labels());
		labels.addAll(labelsB.labels());
		for (String label : labels) {
			BitSet ca = labelsA.covered(label);
			BitSet cb = labelsB.covered(label);
			BitSet both = (BitSet) ca.clone();
			both.and(cb);
			long[] counts = binary.computeIfAbsent(label, l -> new long[3]);
			counts[0] += both.cardinality();
			counts[1] += ca.cardinality() - both.cardinality();
			counts[2] += cb.cardinality() - both.cardinality();
		}
		alphas.add(report.length, List.of(spansA, spansB));
	}

	PairResult result(List<String> labels) {
		SortedMap<String, Double> kappas = new TreeMap<>();
		for (String label : labels) {
			long[] c = binary.getOrDefault(label, new long[3]);
			CohenKappa table = new CohenKappa();
			table.add(label, label, c[0]);
			table.add(label, NOT, c[1]);
			table.add(NOT, label, c[2]);
			table.add(NOT, NOT, tokens - c[0] - c[1] - c[2]);
			kappas.put(label, table.kappa());
		}
		Coefficients alpha = alphas.coefficients();
		SortedMap<String, Double> alphaByLabel = new TreeMap<>();
		labels.forEach(l -> alphaByLabel.put(l, alpha.label(l)));
		return new PairResult(a, b, reports, tokens, characters, spans(exact, labels), spans(overlap, labels),
				new Coefficients(kappa.kappa(), kappas), new Coefficients(alpha.overall(), alphaByLabel));
	}

	private static SpanAgreement spans(SpanCounts counts, List<String> labels) {
		SortedMap<String, Prf> byLabel = new TreeMap<>();
		labels.forEach(l -> byLabel.put(l, counts.label(l)));
		return new SpanAgreement(counts.overall(), byLabel);
	}
}
