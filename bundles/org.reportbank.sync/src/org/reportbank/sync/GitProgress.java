package org.reportbank.sync;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jgit.lib.ProgressMonitor;

/** JGit's progress (counting, receiving, resolving objects) shown in an Eclipse monitor, whose Cancel stops JGit. */
final class GitProgress implements ProgressMonitor {

	private final IProgressMonitor monitor;

	GitProgress(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public void start(int totalTasks) {
		// each of JGit's tasks is named as it begins; the total says nothing a person needs
	}

	@Override
	public void beginTask(String title, int totalWork) {
		monitor.subTask(title);
	}

	@Override
	public void update(int completed) {
		// the monitor's own share is given by the caller; JGit's counts are in the task names
	}

	@Override
	public void endTask() {
		// the next task's name replaces this one
	}

	@Override
	public boolean isCancelled() {
		return monitor.isCanceled();
	}

	@Override
	public void showDuration(boolean enabled) {
		// durations are for JGit's own console output
	}
}
