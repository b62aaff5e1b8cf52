package org.reportbank.ui.parts;

import java.util.List;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.reportbank.core.stats.ConsistencyFindings;
import org.reportbank.core.stats.ConsistencyFindings.Finding;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.model.CheckVerdict;
import org.reportbank.ui.CorpusEvents;

/**
 * The consistency findings of the whole corpus (a stated rate its own counts contradict, …):
 * report, verdict, message and the sentence, inconsistent ones first. Reading them loads every
 * report, so a job does it, again whenever the corpus changes. Enter or a double-click on a
 * finding shows its sentence in the report ({@link CorpusEvents#REVEAL}).
 */
public class ChecksPart {

	public static final String ID = "org.reportbank.ui.part.checks";

	@Inject
	@Optional
	private CorpusStore store;

	@Inject
	private UISynchronize ui;

	@Inject
	private IEventBroker events;

	@Inject
	private EPartService partService;

	private Button onlyInconsistent;
	private Label summary;
	private TableViewer viewer;
	private List<Finding> findings;
	private Job job;

	@PostConstruct
	public void create(Composite parent) {
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 3;
		parent.setLayout(layout);
		onlyInconsistent = new Button(parent, SWT.CHECK);
		onlyInconsistent.setText("Only inconsistent");
		onlyInconsistent.setSelection(true);
		onlyInconsistent.addListener(SWT.Selection, e -> {
			viewer.refresh();
			updateSummary();
		});
		summary = new Label(parent, SWT.NONE);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		Composite tableArea = new Composite(parent, SWT.NONE);
		tableArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		TableColumnLayout columns = new TableColumnLayout();
		tableArea.setLayout(columns);
		viewer = new TableViewer(tableArea, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		ColumnViewerToolTipSupport.enableFor(viewer);
		Color red = parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
		column(columns, "Report", 3, 80, f -> f.reportTitle() == null ? f.reportId() : f.reportTitle(), null);
		column(columns, "Verdict", 1, 70, f -> f.verdict() == null ? "" : f.verdict().getLiteral(), red);
		column(columns, "Message", 4, 120, f -> f.message() == null ? "" : f.message(), null);
		column(columns, "Sentence", 8, 160, Finding::sentence, null);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setFilters(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				return !onlyInconsistent.getSelection() || ((Finding) element).verdict() == CheckVerdict.INCONSISTENT;
			}
		});
		viewer.addOpenListener(event -> {
			Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (first instanceof Finding finding) {
				open(finding);
			}
		});
		reload();
	}

	private void column(TableColumnLayout layout, String title, int weight, int minimum, Function<Finding, String> text,
			Color inconsistentColor) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, minimum, true));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Finding) element);
			}

			@Override
			public Color getForeground(Object element) {
				return inconsistentColor != null && ((Finding) element).verdict() == CheckVerdict.INCONSISTENT
						? inconsistentColor
						: null;
			}

			@Override
			public String getToolTipText(Object element) {
				Finding f = (Finding) element;
				return f.message() + "\n" + f.sentence();
			}
		});
	}

	/** Shows the finding's sentence in its report: the report part opens it and selects the range. */
	public void open(Finding finding) {
		events.post(CorpusEvents.REVEAL, new CorpusEvents.Reveal(finding.reportId(), finding.begin(), finding.end()));
		partService.showPart(ReportPart.ID, EPartService.PartState.ACTIVATE);
	}

	@Inject
	@Optional
	void corpusChanged(@UIEventTopic(CorpusEvents.CHANGED) Object what) {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			reload();
		}
	}

	private void reload() {
		if (store == null) {
			summary.setText("No corpus is open.");
			return;
		}
		if (job != null) {
			job.cancel();
		}
		findings = null;
		summary.setText("Reading the checks…");
		Job reading = new Job("Reading the consistency checks") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					List<Finding> result = ConsistencyFindings.list(store, monitor);
					if (monitor.isCanceled()) {
						return Status.CANCEL_STATUS;
					}
					ui.asyncExec(() -> show(result));
					return Status.OK_STATUS;
				} catch (StoreException e) {
					ui.asyncExec(() -> {
						if (!summary.isDisposed()) {
							summary.setText(e.getMessage());
						}
					});
					return Status.warning(e.getMessage(), e);
				}
			}
		};
		reading.setSystem(true);
		job = reading;
		reading.schedule();
	}

	private void show(List<Finding> result) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		findings = result;
		viewer.setInput(result);
		updateSummary();
	}

	private void updateSummary() {
		if (findings == null) {
			return;
		}
		long inconsistent = findings.stream().filter(f -> f.verdict() == CheckVerdict.INCONSISTENT).count();
		long reports = findings.stream().map(Finding::reportId).distinct().count();
		summary.setText(findings.isEmpty() ? "No checks yet: pre-annotate the reports (Corpus > Pre-annotate) to check their rates."
				: inconsistent + " inconsistent of " + findings.size() + " checks in " + reports + (reports == 1 ? " report" : " reports"));
		summary.getParent().layout(new org.eclipse.swt.widgets.Control[] { summary });
	}

	@PreDestroy
	void dispose() {
		if (job != null) {
			job.cancel();
		}
	}

	@Focus
	public void focus() {
		viewer.getControl().setFocus();
	}

	/** The table, for tests. */
	public TableViewer viewer() {
		return viewer;
	}

	public Button onlyInconsistent() {
		return onlyInconsistent;
	}

	/** Every finding read (whatever the filter shows), or null while they are read. */
	public List<Finding> findings() {
		return findings;
	}
}
