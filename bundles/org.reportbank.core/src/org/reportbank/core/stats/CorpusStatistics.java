package org.reportbank.core.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.Span;
import org.reportbank.model.SpanStatus;

/**
 * Counts over a corpus: reports, characters, sections, spans by label, origin and status, spans
 * per report, and how often people accepted the pre-annotator's suggestions, per label.
 */
public final class CorpusStatistics {

	/**
	 * The counts of the reports that could be read ({@code reports} of them); maps are sorted by key
	 * so the output is stable. {@code unreadable}: the reports left out because a file of theirs
	 * cannot be read.
	 */
	public record Counts(int reports, long characters, int sections, int spans, Map<String, Integer> spansByLabel,
			Map<String, Integer> spansByOrigin, Map<String, Integer> spansByStatus, Map<String, Integer> reportsByYear,
			Map<String, Integer> reportsByRegion, PerReport spansPerReport, Map<String, Acceptance> acceptanceByLabel,
			List<ReportWalk.Unreadable> unreadable) {
	}

	/** Spans (of every layer) per report: mean, fewest, most; all 0 for an empty corpus. */
	public record PerReport(double mean, int min, int max) {
	}

	/**
	 * The pre-annotation suggestions of one label: how many there are, how many a person decided
	 * on (a human span based on it, or its own status accepted or rejected) and how many of those
	 * were accepted (a person's span based on it with the same begin, end and label, not rejected;
	 * or, when no person's span refers to it, its own status accepted). An edited suggestion
	 * (other offsets or label) counts as decided, not accepted.
	 */
	public record Acceptance(int suggestions, int decided, int accepted) {
		/** accepted ÷ decided, or NaN when none was decided. */
		public double rate() {
			return decided == 0 ? Double.NaN : (double) accepted / decided;
		}
	}

	/**
	 * Counts the reports that can be read; one that cannot is left out of every figure and named
	 * in {@link Counts#unreadable()}. Stops (with what it has) when the monitor is cancelled.
	 */
	public Counts count(CorpusStore store, IProgressMonitor monitor) throws StoreException {
		Tally tally = new Tally();
		ReportWalk.Walked walked = ReportWalk.all(store, "Counting %d reports",
				monitor, tally::add);
		return tally.counts(walked.unreadable());
	}

	/** The running sums of one count. */
	private static final class Tally {
		private long characters;
		private int sections;
		private int spans;
		private final Map<String, Integer> byLabel = new TreeMap<>();
		private final Map<String, Integer> byOrigin = new TreeMap<>();
		private final Map<String, Integer> byStatus = new TreeMap<>();
		private final Map<String, Integer> byYear = new TreeMap<>();
		private final Map<String, Integer> byRegion = new TreeMap<>();
		private final Map<String, int[]> acceptance = new TreeMap<>();
		private int fewest = Integer.MAX_VALUE;
		private int most;
		private int counted;

		void add(ReportEntry entry, Report report) {
			characters += entry.getCharacters();
			sections += entry.getSectionCount();
			byYear.merge(entry.getYear() == null ? "unknown" : entry.getYear().toString(), 1, Integer::sum);
			byRegion.merge(entry.getRegion() == null ? "unknown" : entry.getRegion(), 1, Integer::sum);
			int inReport = 0;
			for (Layer layer : report.getLayers()) {
				for (Span span : layer.getSpans()) {
					spans++;
					inReport++;
					byLabel.merge(String.valueOf(span.getLabel()), 1, Integer::sum);
					byOrigin.merge(span.getOrigin().getLiteral(), 1, Integer::sum);
					byStatus.merge(span.getStatus().getLiteral(), 1, Integer::sum);
				}
			}
			fewest = Math.min(fewest, inReport);
			most = Math.max(most, inReport);
			counted++;
			countDecisions(report, acceptance);
		}

		Counts counts(List<ReportWalk.Unreadable> unreadable) {
			PerReport perReport = counted == 0 ? new PerReport(0, 0, 0) : new PerReport((double) spans / counted, fewest, most);
			Map<String, Acceptance> byLabelAcceptance = new TreeMap<>();
			acceptance.forEach((label, c) -> byLabelAcceptance.put(label, new Acceptance(c[0], c[1], c[2])));
			return new Counts(counted, characters, sections, spans, byLabel, byOrigin, byStatus, byYear, byRegion, perReport,
					byLabelAcceptance, unreadable);
		}
	}

	/** Adds the suggestions of the report to {@code counts}: label → {suggestions, decided, accepted}. */
	static void countDecisions(Report report, Map<String, int[]> counts) {
		Map<String, List<Span>> decisions = new HashMap<>();
		for (Layer layer : report.getLayers()) {
			if (layer.getKind() == LayerKind.PREANNOTATION) {
				continue;
			}
			for (Span span : layer.getSpans()) {
				if (span.getBasedOn() != null) {
					decisions.computeIfAbsent(span.getBasedOn(), k -> new ArrayList<>()).add(span);
				}
			}
		}
		for (Layer layer : report.getLayers()) {
			if (layer.getKind() != LayerKind.PREANNOTATION) {
				continue;
			}
			for (Span suggestion : layer.getSpans()) {
				int[] c = counts.computeIfAbsent(String.valueOf(suggestion.getLabel()), k -> new int[3]);
				c[0]++;
				List<Span> people = decisions.get(suggestion.getId());
				if (people != null) {
					c[1]++;
					boolean accepted = people.stream().anyMatch(p -> p.getStatus() != SpanStatus.REJECTED
							&& p.getBegin() == suggestion.getBegin() && p.getEnd() == suggestion.getEnd()
							&& Objects.equals(p.getLabel(), suggestion.getLabel()));
					if (accepted) {
						c[2]++;
					}
				} else if (suggestion.getStatus() == SpanStatus.ACCEPTED) {
					c[1]++;
					c[2]++;
				} else if (suggestion.getStatus() == SpanStatus.REJECTED) {
					c[1]++;
				}
			}
		}
	}
}
