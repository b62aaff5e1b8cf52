package org.reportbank.core.stats;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.model.Report;
import org.reportbank.model.ReportEntry;

/**
 * Reads reports one after the other for a figure per report, handing each to the caller as soon
 * as it is read, so a list can fill in while the rest is read. Stops when the monitor is
 * cancelled. A report that cannot be read is passed over and named in the exception thrown at
 * the end, so one broken file does not hide the others' figures.
 */
final class ReportWalk {

	interface Visit {
		void report(ReportEntry entry, Report report);
	}

	private ReportWalk() {
	}

	static void each(CorpusStore store, List<ReportEntry> entries, String task, IProgressMonitor monitor, Visit visit)
			throws StoreException {
		SubMonitor progress = SubMonitor.convert(monitor, task, entries.size());
		StoreException first = null;
		int failed = 0;
		for (ReportEntry entry : entries) {
			if (progress.isCanceled()) {
				return;
			}
			try {
				visit.report(entry, store.loadReport(entry.getId()));
			} catch (StoreException e) {
				failed++;
				first = first == null ? e : first;
			}
			progress.worked(1);
		}
		if (first != null) {
			throw new StoreException(failed == 1 ? first.getMessage()
					: first.getMessage() + " (and " + (failed - 1) + " more reports that cannot be read)", first);
		}
	}
}
