package org.reportbank.recommenders;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.core.text.Untrusted;
import org.reportbank.model.Corpus;
import org.reportbank.model.Label;
import org.reportbank.model.Report;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.Span;

/**
 * What a recommender learns from: the reports in which the layer source has a layer, each with
 * the spans of the chosen labels it holds there. A report whose layer holds none of them still
 * counts: it says where the labels are not.
 */
public record TrainingData(LayerSource source, List<String> labels, List<TrainingReport> reports) {

	/** Fewer spans than this are no ground to train on. */
	public static final int MIN_SPANS = 5;

	public TrainingData {
		labels = List.copyOf(labels);
		reports = List.copyOf(reports);
	}

	/**
	 * Reads the training data of a corpus: every report the layer source covers. {@code labels}
	 * empty means every label of the corpus label set (custom ones included); a label the set does
	 * not have is refused. Too few spans is a {@link NotEnoughTrainingDataException}, never an empty
	 * model.
	 */
	public static TrainingData collect(CorpusStore store, LayerSource source, Collection<String> labels,
			IProgressMonitor monitor) throws StoreException, RecommenderException {
		Corpus corpus = store.corpus();
		List<String> chosen = chooseLabels(corpus, labels);
		List<ReportEntry> entries = List.copyOf(corpus.getEntries());
		SubMonitor progress = SubMonitor.convert(monitor, "Reading " + source.describe(), entries.size());
		List<TrainingReport> reports = new ArrayList<>();
		for (ReportEntry entry : entries) {
			progress.checkCanceled();
			Report report = store.loadReport(entry.getId());
			if (source.covers(report)) {
				reports.add(of(report, source, chosen));
			}
			progress.worked(1);
		}
		return requireEnough(new TrainingData(source, chosen, reports));
	}

	/** The same from reports in memory (with their layers), for the chosen labels, checked for enough spans. */
	public static TrainingData from(List<Report> reports, LayerSource source, List<String> labels)
			throws RecommenderException {
		List<TrainingReport> covered = new ArrayList<>();
		for (Report report : reports) {
			if (source.covers(report)) {
				covered.add(of(report, source, labels));
			}
		}
		return requireEnough(new TrainingData(source, labels, covered));
	}

	/** The labels asked for, each known to the corpus label set; none asked for means all of them. */
	public static List<String> chooseLabels(Corpus corpus, Collection<String> labels) throws RecommenderException {
		List<String> known = corpus.getLabelSet() == null ? List.of()
				: corpus.getLabelSet().getLabels().stream().map(Label::getName).toList();
		if (labels == null || labels.isEmpty()) {
			if (known.isEmpty()) {
				throw new RecommenderException("the corpus has no labels to train for");
			}
			return known;
		}
		for (String label : labels) {
			if (!known.contains(label)) {
				throw new RecommenderException("the corpus label set has no label " + Untrusted.quote(label) + " (it has "
						+ String.join(", ", known) + ")");
			}
		}
		return List.copyOf(new LinkedHashSet<>(labels));
	}

	private static TrainingReport of(Report report, LayerSource source, List<String> labels) {
		String text = report.getText() == null ? "" : report.getText();
		Set<LabeledSpan> spans = new LinkedHashSet<>();
		for (Span span : source.spans(report)) {
			if (labels.contains(span.getLabel()) && span.getBegin() >= 0 && span.getBegin() < span.getEnd()
					&& span.getEnd() <= text.length()) {
				spans.add(new LabeledSpan(span.getBegin(), span.getEnd(), span.getLabel()));
			}
		}
		return new TrainingReport(report.getId(), text, new ArrayList<>(spans));
	}

	/** The data itself if it holds at least {@link #MIN_SPANS} spans; otherwise a message naming the source and the counts. */
	public static TrainingData requireEnough(TrainingData data) throws NotEnoughTrainingDataException {
		int spans = data.spanCount();
		if (spans < MIN_SPANS) {
			throw new NotEnoughTrainingDataException("too few spans to train on: " + data.source().describe() + " ("
					+ data.source().key() + ") hold " + spans + " span" + (spans == 1 ? "" : "s") + " labeled "
					+ String.join(", ", data.labels()) + " in " + data.reports().size() + " report"
					+ (data.reports().size() == 1 ? "" : "s") + "; at least " + MIN_SPANS
					+ " are needed. Nothing was trained.", spans, data.reports().size());
		}
		return data;
	}

	/** How many spans the reports hold together. */
	public int spanCount() {
		return reports.stream().mapToInt(r -> r.spans().size()).sum();
	}

	/** The ids of the reports, in order. */
	public List<String> reportIds() {
		return reports.stream().map(TrainingReport::id).toList();
	}

	/** The same source and labels over some of the reports (not checked for enough spans: evaluation trains on small parts). */
	public TrainingData subset(List<TrainingReport> some) {
		return new TrainingData(source, labels, some);
	}
}
