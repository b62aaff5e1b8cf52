package org.reportbank.ui.corpus;

import org.reportbank.model.LabelSet;
import org.reportbank.ui.PersonalLabels;
import org.reportbank.ui.annotation.ReportPart;
import java.util.ArrayList;
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
import org.eclipse.jface.viewers.ColumnLayoutData;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.reportbank.core.stats.ConsistencyFindings;
import org.reportbank.core.stats.ConsistencyFindings.Finding;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.model.CheckVerdict;
import org.reportbank.ui.CorpusEvents;
import org.reportbank.ui.presenters.Labels;

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

	/** The colour of the METRIC label in the corpus's label set, paled as an accepted span is, else a pale orange. */
	private RGB metricRgb() {
		LabelSet labels = PersonalLabels.of(store); // a copy each call: take it once
		String color = labels == null ? null
				: labels.getLabels().stream().filter(l -> "METRIC".equals(l.getName())).findFirst()
						.map(l -> l.getColor()).orElse(null);
		if (color == null || !color.matches("#[0-9a-fA-F]{6}")) {
			return new RGB(0xff, 0xc0, 0x8a);
		}
		int value = Integer.parseInt(color.substring(1), 16);
		return new RGB(pale((value >> 16) & 0xff), pale((value >> 8) & 0xff), pale(value & 0xff));
	}

	private static int pale(int channel) {
		return (int) Math.round(channel + (255 - channel) * 0.45);
	}

	@Inject
	private EPartService partService;

	private Button onlyInconsistent;
	private Label summary;
	private TableViewer viewer;
	private StyledText details;
	private Color metricColor;
	private List<Finding> findings;
	private Job job;

	@PostConstruct
	public void create(Composite parent) {
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 3;
		layout.horizontalSpacing = 16;
		parent.setLayout(layout);
		onlyInconsistent = new Button(parent, SWT.CHECK);
		onlyInconsistent.setText("Only inconsistent");
		onlyInconsistent.setToolTipText("Hide the rates that fit their counts and those that cannot be recomputed");
		onlyInconsistent.setSelection(true);
		onlyInconsistent.addListener(SWT.Selection, e -> {
			viewer.refresh();
			updateSummary();
		});
		summary = new Label(parent, SWT.NONE);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		Composite tableArea = new Composite(sash, SWT.NONE);
		TableColumnLayout columns = new TableColumnLayout();
		tableArea.setLayout(columns);
		viewer = new TableViewer(tableArea, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		ColumnViewerToolTipSupport.enableFor(viewer);
		Color red = parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
		column(columns, "Report", new ColumnWeightData(3, 100, true), f -> Labels.report(f.reportTitle(), f.reportId()), null);
		column(columns, "Verdict", new ColumnPixelData(textWidth(viewer.getTable(), "inconsistent") + 24, true),
				f -> f.verdict() == null ? "" : f.verdict().getLiteral(), red);
		column(columns, "Message", new ColumnWeightData(4, 120, true), f -> f.message() == null ? "" : f.message(), null);
		column(columns, "Sentence", new ColumnWeightData(6, 160, true), Finding::sentence, null);
		metricColor = new Color(metricRgb());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setFilters(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				return !onlyInconsistent.getSelection() || ((Finding) element).verdict() == CheckVerdict.INCONSISTENT;
			}
		});
		viewer.addSelectionChangedListener(event -> showDetails((Finding) ((IStructuredSelection) event.getSelection()).getFirstElement()));
		viewer.addOpenListener(event -> {
			Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (first instanceof Finding finding) {
				open(finding);
			}
		});

		details = new StyledText(sash, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY | SWT.BORDER);
		details.setMargins(10, 8, 10, 8);
		details.setLineSpacing(4);
		sash.setWeights(3, 2);
		reload();
	}

	public static int textWidth(Control control, String text) {
		GC gc = new GC(control);
		try {
			return gc.textExtent(text).x;
		} finally {
			gc.dispose();
		}
	}

	/**
	 * The whole finding below the list: report and verdict, the message, and the sentence with the
	 * rate and the counts it was compared with set in bold on the metric colour.
	 */
	private void showDetails(Finding finding) {
		if (finding == null) {
			details.setText(findings == null || findings.isEmpty() ? ""
					: "Select a finding to read its sentence here; Enter or a double-click shows it in the report.");
			details.setStyleRanges(new StyleRange[0]);
			return;
		}
		String head = Labels.report(finding.reportTitle(), finding.reportId()) + " — "
				+ (finding.verdict() == null ? "" : finding.verdict().getLiteral());
		String message = finding.message() == null ? "" : finding.message();
		String text = head + "\n" + message + "\n\n" + finding.sentence();
		details.setText(text);
		java.util.List<StyleRange> styles = new ArrayList<>();
		StyleRange bold = new StyleRange(0, head.length(), null, null, SWT.BOLD);
		styles.add(bold);
		if (finding.verdict() == CheckVerdict.INCONSISTENT) {
			styles.add(new StyleRange(head.length() + 1, message.length(), details.getDisplay().getSystemColor(SWT.COLOR_DARK_RED), null));
		}
		int sentenceStart = head.length() + 1 + message.length() + 2;
		for (ConsistencyFindings.Range metric : finding.metrics()) {
			int from = Math.max(0, metric.begin() - finding.sentenceBegin());
			int to = Math.min(finding.sentence().length(), metric.end() - finding.sentenceBegin());
			if (to > from) {
				StyleRange style = new StyleRange(sentenceStart + from, to - from, null, metricColor, SWT.BOLD);
				styles.add(style);
			}
		}
		details.setStyleRanges(styles.toArray(StyleRange[]::new));
	}

	private void column(TableColumnLayout layout, String title, ColumnLayoutData width, Function<Finding, String> text,
			Color inconsistentColor) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), width);
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
	void corpusChanged(@UIEventTopic(CorpusEvents.ANY_CHANGE) Object what) {
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
					ui.asyncExec(() -> {
						if (job == this) { // not replaced by a newer reading meanwhile
							show(result);
						}
					});
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
		Object first = viewer.getElementAt(0);
		if (first != null) {
			viewer.setSelection(new StructuredSelection(first), true);
		} else {
			showDetails(null);
		}
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

	/** The selected finding in full, for tests. */
	public StyledText details() {
		return details;
	}

	public Button onlyInconsistent() {
		return onlyInconsistent;
	}

	/** Every finding read (whatever the filter shows), or null while they are read. */
	public List<Finding> findings() {
		return findings;
	}
}
