package org.reportbank.core.stats;

import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.ReportStatus;

/**
 * One annotator's view of the reports of a team ("my reports"): for each report the annotator's
 * own status, taken from their layer (an annotator writes only their own layer file, so the
 * shared index cannot hold it), how many annotators have a layer of the report of how many the
 * corpus asks for ({@code Corpus.annotatorsPerReport}), and the annotator's review progress.
 */
public final class MyReports {

	/** The annotator's own status for a report. */
	public enum Status {
		/** no layer of the annotator yet */
		NOT_STARTED("not started"),
		/** the annotator saved a layer and has not marked it done */
		IN_PROGRESS("in progress"),
		/** the annotator marked the report done */
		DONE("done"),
		/** the corpus entry says the report was curated: nobody's status matters any more */
		CURATED("curated");

		private final String words;

		Status(String words) {
			this.words = words;
		}

		/** As people say it ("not started"). */
		public String words() {
			return words;
		}
	}

	/**
	 * One report for one annotator.
	 *
	 * @param status     the annotator's own status
	 * @param hasLayer   whether the annotator has a layer in the report
	 * @param annotators how many annotators have a layer in the report (the annotator included)
	 * @param needed     how many annotators the corpus asks for each report
	 * @param progress   the annotator's progress through the suggestions
	 */
	public record Row(Status status, boolean hasLayer, int annotators, int needed, ReviewProgress.Progress progress) {

		/** Fewer annotators than the corpus asks for, and not curated yet. */
		public boolean needsAnnotators() {
			return annotators < needed && status != Status.CURATED;
		}

		/** The annotator's reports: those they have a layer in, and those that still need annotators. */
		public boolean isMine() {
			return hasLayer || needsAnnotators();
		}

		/** "1 / 2". */
		public String annotatorsText() {
			return annotators + " / " + needed;
		}
	}

	private MyReports() {
	}

	/**
	 * The annotator's row for a report loaded with its layers; {@code entryStatus} is the status of
	 * its corpus entry (CURATED wins over the annotator's own), {@code needed} the corpus's
	 * annotators per report. A layer without a status (an older file, an import) is in progress.
	 */
	public static Row of(Report report, ReportStatus entryStatus, String annotator, int needed) {
		int annotators = 0;
		Layer mine = null;
		for (Layer layer : report.getLayers()) {
			if (layer.getKind() == LayerKind.ANNOTATOR) {
				annotators++;
				if (annotator != null && annotator.equals(layer.getId())) {
					mine = layer;
				}
			}
		}
		Status status;
		if (entryStatus == ReportStatus.CURATED || report.getStatus() == ReportStatus.CURATED) {
			status = Status.CURATED;
		} else if (mine == null) {
			status = Status.NOT_STARTED;
		} else if (mine.getStatus() == ReportStatus.DONE || mine.getStatus() == ReportStatus.CURATED) {
			status = Status.DONE;
		} else {
			status = Status.IN_PROGRESS;
		}
		return new Row(status, mine != null, annotators, needed, ReviewProgress.of(report, annotator));
	}

	/** The row of one report read from the corpus now: what to recount after the annotator saved it. */
	public static Row of(CorpusStore store, ReportEntry entry, String annotator) throws StoreException {
		return of(store.loadReport(entry.getId()), entry.getStatus(), annotator, store.corpus().getAnnotatorsPerReport());
	}

	/**
	 * Loads the reports one after the other and hands each one's row to {@code each} as soon as it
	 * is known (on the calling thread), so a list can fill in while the rest is read. Stops when
	 * the monitor is cancelled. A report that cannot be read is passed over and named in the
	 * exception thrown at the end.
	 */
	public static void compute(CorpusStore store, List<ReportEntry> entries, String annotator, IProgressMonitor monitor,
			BiConsumer<ReportEntry, Row> each) throws StoreException {
		int needed = store.corpus().getAnnotatorsPerReport();
		ReportWalk.each(store, entries, "Counting my reports", monitor,
				(entry, report) -> each.accept(entry, of(report, entry.getStatus(), annotator, needed))).requireEveryReportRead();
	}
}
