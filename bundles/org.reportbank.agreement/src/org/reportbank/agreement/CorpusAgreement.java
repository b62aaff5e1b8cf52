package org.reportbank.agreement;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.reportbank.core.stats.ReportWalk;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;

/** The agreement of a corpus on disk, its reports loaded one at a time and dropped once added. */
public final class CorpusAgreement {

	/** The figures over the reports that could be read, and those that could not (left out of every figure). */
	public record Measured(AgreementResult result, List<ReportWalk.Unreadable> unreadable) {
		public Measured {
			unreadable = List.copyOf(unreadable);
		}
	}

	private CorpusAgreement() {
	}

	/**
	 * Measures over every report that can be read: one broken report does not take the figures of
	 * the others away, it is named in {@link Measured#unreadable()}. Cancelling throws
	 * {@link OperationCanceledException}.
	 */
	public static Measured measure(CorpusStore store, Agreement.Options options, IProgressMonitor monitor) throws StoreException {
		return measure(store, options, null, monitor);
	}

	/**
	 * {@link #measure(CorpusStore, Agreement.Options, IProgressMonitor)}, handing each compared
	 * report's own figures to {@code perReport} in corpus order as the report is read (none is
	 * kept here); null for none.
	 */
	public static Measured measure(CorpusStore store, Agreement.Options options, Consumer<? super ReportResult> perReport,
			IProgressMonitor monitor) throws StoreException {
		Agreement agreement = new Agreement(options, perReport);
		ReportWalk.Walked walked = ReportWalk.all(store, "Agreement of %d reports",
				monitor, (entry, report) -> agreement.add(report));
		if (walked.cancelled()) {
			throw new OperationCanceledException();
		}
		return new Measured(agreement.result(), walked.unreadable());
	}

	/**
	 * The figures only when every report could be read: otherwise a StoreException names the
	 * unreadable ones (for a view that shows figures without saying what they leave out).
	 * Cancelling throws {@link OperationCanceledException}.
	 */
	public static AgreementResult compute(CorpusStore store, Agreement.Options options, IProgressMonitor monitor)
			throws StoreException {
		Measured measured = measure(store, options, monitor);
		if (!measured.unreadable().isEmpty()) {
			throw new StoreException(ReportWalk.describe(measured.unreadable()));
		}
		return measured.result();
	}
}
