package org.reportbank.core.stats;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

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
 * How far one annotator has got through the pre-annotator's suggestions of a report: of the
 * suggestions (spans of the pre-annotation layer still marked suggested), how many the annotator
 * has decided on, that is how many have a span in the annotator's own layer (layer id = the
 * annotator's name, kind annotator) whose {@code basedOn} is the suggestion's id. Accepting,
 * correcting and rejecting all count; several decisions on one suggestion count once.
 */
public final class ReviewProgress {

	/** reviewed of suggested; {@code 0 / 0} for a report that has no suggestions. */
	public record Progress(int reviewed, int suggested) {

		/** reviewed ÷ suggested, or -1 when there is nothing to review (sorts before 0 %). */
		public double fraction() {
			return suggested == 0 ? -1 : (double) reviewed / suggested;
		}

		@Override
		public String toString() {
			return reviewed + " / " + suggested;
		}
	}

	private ReviewProgress() {
	}

	/** The annotator's progress on one report, loaded with its layers. */
	public static Progress of(Report report, String annotator) {
		Set<String> decided = new HashSet<>();
		if (annotator != null) {
			for (Layer layer : report.getLayers()) {
				if (layer.getKind() == LayerKind.ANNOTATOR && annotator.equals(layer.getId())) {
					for (Span span : layer.getSpans()) {
						if (span.getBasedOn() != null) {
							decided.add(span.getBasedOn());
						}
					}
				}
			}
		}
		int suggested = 0;
		int reviewed = 0;
		for (Layer layer : report.getLayers()) {
			if (layer.getKind() != LayerKind.PREANNOTATION) {
				continue;
			}
			for (Span suggestion : layer.getSpans()) {
				if (suggestion.getStatus() != SpanStatus.SUGGESTED) {
					continue;
				}
				suggested++;
				if (decided.contains(suggestion.getId())) {
					reviewed++;
				}
			}
		}
		return new Progress(reviewed, suggested);
	}

	/**
	 * Loads the reports one after the other and hands each one's progress to {@code each} as soon
	 * as it is known (on the calling thread), so a list can fill in while the rest is read. Stops
	 * when the monitor is cancelled. A report that cannot be read is passed over (its
	 * {@code each} is not called) and named in the exception thrown at the end.
	 */
	public static void compute(CorpusStore store, List<ReportEntry> entries, String annotator, IProgressMonitor monitor,
			BiConsumer<ReportEntry, Progress> each) throws StoreException {
		ReportWalk.each(store, entries, "Counting reviewed suggestions", monitor,
				(entry, report) -> each.accept(entry, of(report, annotator))).requireEveryReportRead();
	}
}
