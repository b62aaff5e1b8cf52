package org.reportbank.ui.widgets;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.ProgressProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

/**
 * The progress of running jobs (import, pre-annotation, export) in the window's status line:
 * what runs, a bar, and a button that cancels it. The plain e4 workbench has no progress view,
 * so this control installs itself as the job manager's progress provider.
 */
public class StatusLineProgress {

	private Label task;
	private ProgressBar bar;
	private Button cancel;
	private volatile IProgressMonitor running;

	@PostConstruct
	public void create(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(3, false);
		layout.marginHeight = 2;
		area.setLayout(layout);
		task = new Label(area, SWT.NONE);
		task.setLayoutData(new GridData(360, SWT.DEFAULT));
		bar = new ProgressBar(area, SWT.HORIZONTAL | SWT.SMOOTH);
		bar.setLayoutData(new GridData(200, SWT.DEFAULT));
		cancel = new Button(area, SWT.PUSH);
		cancel.setText("Cancel");
		cancel.addListener(SWT.Selection, e -> {
			IProgressMonitor monitor = running;
			if (monitor != null) {
				monitor.setCanceled(true);
			}
		});
		idle();
		Display display = parent.getDisplay();
		Job.getJobManager().setProgressProvider(new ProgressProvider() {
			@Override
			public IProgressMonitor createMonitor(Job job) {
				return job.isSystem() ? new NullProgressMonitor() : new BarMonitor(display);
			}
		});
	}

	@PreDestroy
	public void dispose() {
		Job.getJobManager().setProgressProvider(null);
	}

	private void idle() {
		task.setText("");
		bar.setSelection(0);
		bar.setVisible(false);
		cancel.setVisible(false);
	}

	/** Forwards a job's progress to the status line, on the UI thread. */
	private final class BarMonitor extends NullProgressMonitor {
		private final Display display;
		private volatile int total;
		private volatile double done;
		private volatile String name = "";

		BarMonitor(Display display) {
			this.display = display;
		}

		@Override
		public void beginTask(String taskName, int totalWork) {
			name = taskName;
			total = totalWork;
			running = this;
			update();
		}

		@Override
		public void subTask(String subTask) {
			name = subTask == null || subTask.isEmpty() ? name : subTask;
			update();
		}

		@Override
		public void internalWorked(double work) {
			done += work;
			update();
		}

		@Override
		public void worked(int work) {
			internalWorked(work);
		}

		@Override
		public void done() {
			running = null;
			display.asyncExec(() -> {
				if (!task.isDisposed()) {
					idle();
				}
			});
		}

		private void update() {
			display.asyncExec(() -> {
				if (task.isDisposed()) {
					return;
				}
				task.setText(name);
				bar.setVisible(true);
				cancel.setVisible(true);
				bar.setMaximum(Math.max(1, total));
				bar.setSelection((int) Math.min(total, done));
			});
		}
	}
}
