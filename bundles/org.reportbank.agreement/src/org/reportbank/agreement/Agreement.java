package org.reportbank.agreement;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.reportbank.model.Report;

/**
 * The agreement of the annotators of a corpus, fed one report at a time. Nothing of a report is
 * kept but what its figures add to the sums (counts by label, by category, by unit and gap length),
 * so the room taken does not grow with the number of reports:
 * <ul>
 * <li>for every pair of annotators, over the reports both annotated: span precision, recall and
 * F1, exact and overlap ({@link SpanMatching}); Cohen's kappa over tokens ({@link TokenLabels},
 * {@link CohenKappa}); α_U over characters ({@link UnitizingAlpha});</li>
 * <li>for all annotators together, over the reports every one of them annotated: Fleiss' kappa
 * (three annotators or more) and α_U;</li>
 * <li>the same for each report on its own, handed to a consumer as the report is added (and not
 * kept), for those who asked for it ({@link #Agreement(Options, Consumer)}).</li>
 * </ul>
 * Each figure is given over all labels and per label. A report counts only where at least two
 * annotators have a layer; the pre-annotation and gold layers are never an annotator, and
 * rejected spans are never positives ({@link AnnotatorLayers}).
 */
public final class Agreement {

	/**
	 * What to measure.
	 *
	 * @param labels     the labels to measure, the others' spans ignored; null for every label
	 * @param annotators the annotators to compare, the others' layers ignored; null for all. All of
	 *                   them together are the group of Fleiss' kappa and the overall α_U.
	 */
	public record Options(Set<String> labels, List<String> annotators) {
		public static Options all() {
			return new Options(null, null);
		}
	}

	private final Options options;
	private final Predicate<String> labelFilter;
	private final Set<String> annotators = new TreeSet<>();
	private final Set<String> labels = new TreeSet<>();
	private final Map<String, PairAgreement> pairs = new TreeMap<>();
	private final Map<List<String>, GroupAgreement> groups = new LinkedHashMap<>();
	/** Where each report's own figures go; null when no one wants them (they are not computed then). */
	private final Consumer<? super ReportResult> perReport;
	private final Map<Tokens.Unit, Integer> tokenUnits = new EnumMap<>(Tokens.Unit.class);
	private int reports;

	public Agreement() {
		this(Options.all());
	}

	/** Sums the figures of the corpus only. */
	public Agreement(Options options) {
		this(options, null);
	}

	/**
	 * Sums the figures of the corpus, and hands each report's own figures to {@code perReport} as
	 * the report is added (reports with fewer than two annotators are not compared and not
	 * handed over). Nothing of them is kept here: what the consumer keeps is up to it.
	 */
	public Agreement(Options options, Consumer<? super ReportResult> perReport) {
		if (options.annotators() != null && new TreeSet<>(options.annotators()).size() < 2) {
			throw new IllegalArgumentException("agreement needs two annotators or more, not " + options.annotators());
		}
		this.options = options;
		this.perReport = perReport;
		this.labelFilter = options.labels() == null ? l -> true : options.labels()::contains;
		if (options.labels() != null) {
			labels.addAll(options.labels());
		}
	}

	/** Adds one report with its layers. */
	public void add(Report report) {
		List<String> ids = AnnotatorLayers.annotators(report);
		if (options.annotators() != null) {
			ids.retainAll(options.annotators());
		}
		annotators.addAll(ids);
		if (ids.size() < 2) {
			return;
		}
		ReportData data = new ReportData(report, ids, labelFilter);
		reports++;
		tokenUnits.merge(data.tokens.unit(), 1, Integer::sum);
		if (options.labels() == null) {
			data.spans.values().forEach(list -> list.forEach(s -> labels.add(s.label())));
		}
		for (int i = 0; i < ids.size(); i++) {
			for (int j = i + 1; j < ids.size(); j++) {
				String a = ids.get(i);
				String b = ids.get(j);
				pairs.computeIfAbsent(a + "\u0000" + b, k -> new PairAgreement(a, b)).add(data);
			}
		}
		groups.computeIfAbsent(ids, GroupAgreement::new).add(data);
		if (perReport != null) {
			perReport.accept(reportResult(data, ids));
		}
	}

	/** A report's own figures, over the labels of that report. */
	private ReportResult reportResult(ReportData data, List<String> ids) {
		List<String> reportLabels = new ArrayList<>(new TreeSet<>(options.labels() == null ? labelsOf(data) : options.labels()));
		List<PairResult> pairResults = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			for (int j = i + 1; j < ids.size(); j++) {
				PairAgreement single = new PairAgreement(ids.get(i), ids.get(j));
				single.add(data);
				pairResults.add(single.result(reportLabels));
			}
		}
		GroupResult group = null;
		if (ids.size() >= 3) {
			GroupAgreement all = new GroupAgreement(ids);
			all.add(data);
			group = all.result(reportLabels);
		}
		return new ReportResult(data.id, List.copyOf(ids), data.tokens.unit(), data.tokens.size(), pairResults, group);
	}

	private static Set<String> labelsOf(ReportData data) {
		Set<String> result = new TreeSet<>();
		data.spans.values().forEach(list -> list.forEach(s -> result.add(s.label())));
		return result;
	}

	/** Every annotator met so far (after the annotator filter), sorted. */
	public Set<String> annotators() {
		return annotators;
	}

	/** The figures of the reports added so far. */
	public AgreementResult result() {
		List<String> labelList = List.copyOf(labels);
		List<PairResult> pairResults = new ArrayList<>();
		pairs.values().forEach(p -> pairResults.add(p.result(labelList)));
		List<String> everyone = options.annotators() == null ? List.copyOf(annotators)
				: List.copyOf(new TreeSet<>(options.annotators()));
		GroupAgreement group = groups.get(everyone);
		return new AgreementResult(List.copyOf(annotators), labelList, reports, new EnumMap<>(tokenUnits), pairResults,
				group == null ? null : group.result(labelList));
	}
}
