package org.reportbank.ui.workbench;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;

/** A job listener for the one moment handlers care about: the job has finished, with this result. */
public final class JobChangeListener {

	private JobChangeListener() {
	}

	public static JobChangeAdapter onDone(Consumer<IStatus> action) {
		return new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				action.accept(event.getResult());
			}
		};
	}
}
