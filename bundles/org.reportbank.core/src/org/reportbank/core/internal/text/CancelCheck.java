package org.reportbank.core.internal.text;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Asks whether the user cancelled. The long loops of an import call it often, so Ctrl-C acts
 * within a second even inside one huge file, not only between files.
 */
@FunctionalInterface
public interface CancelCheck {

	/** For work that cannot be cancelled, such as text already in memory. */
	CancelCheck NEVER = () -> {
	};

	/** @throws OperationCanceledException if the work was cancelled */
	void check();

	/** Cancelled when the monitor is; a null monitor never cancels, as with Eclipse's own APIs. */
	static CancelCheck of(IProgressMonitor monitor) {
		if (monitor == null) {
			return NEVER;
		}
		return () -> {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
		};
	}
}
