package org.reportbank.agreement;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.model.ReportEntry;

/** The agreement of a corpus on disk, its reports loaded one at a time. */
public final class CorpusAgreement {

	private CorpusAgreement() {
	}

	/** Cancelling throws {@link OperationCanceledException}. */
	public static AgreementResult compute(CorpusStore store, Agreement.Options options, IProgressMonitor monitor)
			throws StoreException {
		List<ReportEntry> entries = List.copyOf(store.entries());
		SubMonitor progress = SubMonitor.convert(monitor, "Agreement of " + entries.size() + " reports", entries.size());
		Agreement agreement = new Agreement(options);
		for (ReportEntry entry : entries) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			agreement.add(store.loadReport(entry.getId()));
			progress.worked(1);
		}
		return agreement.result();
	}
}
