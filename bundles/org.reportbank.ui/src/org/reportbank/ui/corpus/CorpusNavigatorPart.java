package org.reportbank.ui.corpus;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
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
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.reportbank.core.stats.MyReports;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.model.ReportEntry;
import org.reportbank.ui.AnnotatorIdentity;
import org.reportbank.ui.CorpusEvents;
import org.reportbank.ui.CorpusLifeCycle.CorpusProblem;
import org.reportbank.ui.UserPreferences;
import org.reportbank.ui.annotation.ReportPart;
import org.reportbank.ui.presenters.ReportRows;
import org.reportbank.ui.presenters.ReportRows.Column;
import org.reportbank.sync.SyncResult;

/**
 * Lists the reports of the open corpus from its index, with filters on title, region, year and
 * status above the list and a choice of "my reports" or all; a click on a column header sorts by
 * it. Selecting a report shows it in the report part; Enter or a double-click also brings that
 * part to front. Status, Annotators and Reviewed are the current annotator's view
 * ({@link MyReports}): their own status from their layer, how many annotators have a layer of how
 * many the corpus asks for, and their progress through the suggestions. Counting them reads every
 * report, so a background job fills them in report by report; after a save of the annotator's
 * layer ({@link CorpusEvents#LAYER_SAVED}) only that report is counted again. The rows, their
 * texts, filter, order and counting are {@link ReportRows}'; this part wires them to the widgets.
 */
public class CorpusNavigatorPart {

	public static final String ID = "org.reportbank.ui.part.navigator";

	@Inject
	private ESelectionService selectionService;

	@Inject
	private EPartService partService;

	@Inject
	private UISynchronize ui;

	@Inject
	@Optional
	private CorpusStore store;

	private String annotator;
	private TableViewer viewer;
	private Text titleFilter;
	private Combo regionFilter;
	private Combo yearFilter;
	private Combo statusFilter;
	private Combo whoseFilter;
	private Label shown;
	private final ReportRows rows = new ReportRows(() -> ui.asyncExec(this::showArrived));
	private Job progressJob;

	@PostConstruct
	public void create(Composite parent, @Optional CorpusProblem problem) {
		if (store == null) {
			parent.setLayout(new FillLayout());
			Label message = new Label(parent, SWT.WRAP);
			message.setText(problem == null ? "No corpus is open." : problem.message());
			return;
		}
		GridLayout layout = new GridLayout(3, true);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 3;
		layout.horizontalSpacing = 3;
		parent.setLayout(layout);

		titleFilter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		titleFilter.setMessage("Filter by title");
		titleFilter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		titleFilter.addListener(SWT.Modify, e -> applyFilters());
		whoseFilter = filterCombo(parent, "My reports: those you have a layer in and those that still need annotators");
		whoseFilter.setItems(ReportRows.MY_REPORTS, ReportRows.ALL_REPORTS);
		whoseFilter.select(0);
		regionFilter = filterCombo(parent, "Only reports of this region");
		yearFilter = filterCombo(parent, "Only reports of this year");
		statusFilter = filterCombo(parent, "Only reports with this status");

		Composite tableArea = new Composite(parent, SWT.NONE);
		tableArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		TableColumnLayout columns = new TableColumnLayout();
		tableArea.setLayout(columns);
		viewer = new TableViewer(tableArea, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		ColumnViewerToolTipSupport.enableFor(viewer);
		var table = viewer.getTable();
		column(columns, Column.TITLE, new ColumnWeightData(3, 56, true));
		column(columns, Column.REGION, new ColumnWeightData(1, 28, true));
		column(columns, Column.YEAR, new ColumnPixelData(ChecksPart.textWidth(table, "0000") + 20, true));
		column(columns, Column.STATUS, new ColumnPixelData(ChecksPart.textWidth(table, "not started") + 14, true));
		column(columns, Column.ANNOTATORS, new ColumnPixelData(ChecksPart.textWidth(table, "Annotators") + 14, true))
				.setAlignment(SWT.RIGHT);
		column(columns, Column.REVIEWED, new ColumnPixelData(ChecksPart.textWidth(table, "000 / 000") + 14, true)).setAlignment(SWT.RIGHT);
		column(columns, Column.ARRIVED, new ColumnWeightData(2, 28, true));

		shown = new Label(parent, SWT.NONE);
		shown.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));

		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setFilters(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				return rows.shows((ReportEntry) element);
			}
		});
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				return rows.compare((ReportEntry) a, (ReportEntry) b);
			}
		});
		viewer.addSelectionChangedListener(event -> {
			Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (first != null) {
				selectionService.setSelection(first);
			}
		});
		viewer.addOpenListener(event -> partService.showPart(ReportPart.ID, EPartService.PartState.ACTIVATE));
		reload();
		selectLastReport();
	}

	/**
	 * The report open when the workbench was last closed is selected (and so opened) again;
	 * otherwise the table would pick its first row when it first gets the focus.
	 */
	private void selectLastReport() {
		String last = UserPreferences.get(UserPreferences.lastReportKey(store.directory()), null);
		if (last != null) {
			listed(last).ifPresent(entry -> {
				if (!rows.shows(entry)) {
					clearFilters();
				}
				viewer.setSelection(new StructuredSelection(entry), true);
			});
		}
	}

	private Combo filterCombo(Composite parent, String tip) {
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setToolTipText(tip);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		combo.addListener(SWT.Selection, e -> applyFilters());
		return combo;
	}

	private TableColumn column(TableColumnLayout layout, Column shows, ColumnLayoutData width) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(shows.header());
		column.getColumn().setToolTipText(ReportRows.headerTip(shows, annotator));
		column.getColumn().setMoveable(true);
		layout.setColumnData(column.getColumn(), width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return rows.text(shows, (ReportEntry) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return ReportRows.tip((ReportEntry) element);
			}
		});
		column.getColumn().addListener(SWT.Selection, e -> sortBy(column.getColumn(), shows));
		return column.getColumn();
	}

	/** A click on a header sorts by that column; a second click reverses the order. */
	private void sortBy(TableColumn column, Column shows) {
		var table = viewer.getTable();
		int direction = table.getSortColumn() == column && table.getSortDirection() == SWT.UP ? SWT.DOWN : SWT.UP;
		table.setSortColumn(column);
		table.setSortDirection(direction);
		rows.sortBy(shows, direction == SWT.UP);
		viewer.refresh();
	}

	/** Reads the index again: new rows, filter choices, and the progress column recounted. */
	private void reload() {
		List<ReportEntry> entries = List.copyOf(store.entries());
		fillCombo(regionFilter, ReportRows.ALL_REGIONS, rows.regions(entries));
		fillCombo(yearFilter, ReportRows.ALL_YEARS, ReportRows.years(entries));
		fillCombo(statusFilter, ReportRows.ALL_STATUSES, ReportRows.statuses());
		Object selected = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		viewer.setInput(entries);
		applyFilters();
		if (selected instanceof ReportEntry old && viewer.getSelection().isEmpty()) {
			// the index was read again: the same report is a new object
			entries.stream().filter(e -> e.getId().equals(old.getId())).findFirst()
					.ifPresent(e -> viewer.setSelection(new StructuredSelection(e), true));
		}
		recountProgress(entries);
	}

	/** Keeps the chosen item if the new items still hold it, else falls back to "all". */
	private static void fillCombo(Combo combo, String all, Collection<String> values) {
		String chosen = combo.getText();
		combo.removeAll();
		combo.add(all);
		values.forEach(combo::add);
		int index = combo.indexOf(chosen);
		combo.select(Math.max(0, index));
	}

	private void applyFilters() {
		rows.filter(new ReportRows.Filter(titleFilter.getText().strip(), choice(regionFilter), choice(yearFilter), choice(statusFilter),
				whoseFilter.getSelectionIndex() <= 0));
		viewer.refresh();
		updateCount();
	}

	private static String choice(Combo combo) {
		return combo.getSelectionIndex() <= 0 ? null : combo.getText();
	}

	private void updateCount() {
		shown.setText(ReportRows.shown(viewer.getTable().getItemCount(), store.entries().size()));
	}

	/** Shows every report again. */
	public void clearFilters() {
		titleFilter.setText("");
		regionFilter.select(0);
		yearFilter.select(0);
		statusFilter.select(0);
		whoseFilter.select(whoseFilter.indexOf(ReportRows.ALL_REPORTS));
		applyFilters();
	}

	/**
	 * Counts the annotator's rows (status, annotators, reviewed suggestions), report by report, in a
	 * background job; each row is shown as its count arrives. A running count is cancelled by a
	 * newer one.
	 */
	private void recountProgress(List<ReportEntry> entries) {
		if (progressJob != null) {
			progressJob.cancel();
		}
		String who = annotator;
		ReportRows.Count count = rows.startFullCount();
		viewer.refresh(); // "…" until counted
		Job job = new Job("Counting my reports") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					rows.countEvery(count, store, entries, who, monitor);
					return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
				} catch (StoreException e) {
					return Status.warning(e.getMessage(), e);
				}
			}
		};
		job.setSystem(true);
		job.setPriority(Job.DECORATE);
		progressJob = job;
		job.schedule();
	}

	/** Counts one report again (the annotator saved it): its status, annotators and progress may have moved. */
	private void recount(String reportId) {
		ReportEntry entry = store.entry(reportId).orElse(null);
		if (entry == null) {
			return;
		}
		String who = annotator;
		ReportRows.Count count = rows.startSingleCount();
		Job job = new Job("Counting report " + reportId) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					rows.countOne(count, store, entry, who);
					return Status.OK_STATUS;
				} catch (StoreException e) {
					return Status.warning(e.getMessage(), e);
				}
			}
		};
		job.setSystem(true);
		job.setPriority(Job.DECORATE);
		job.schedule();
	}

	/**
	 * Takes the rows counted meanwhile in and shows them: the whole list again when they may move
	 * in it or in or out of it, else only their rows.
	 */
	private void showArrived() {
		List<String> ids = rows.takeArrived();
		if (ids.isEmpty() || viewer.getControl().isDisposed()) {
			return;
		}
		if (rows.reshuffles(ids)) {
			viewer.refresh(); // keeps the order and the filters by status, annotators and progress
			updateCount();
		} else {
			for (String id : ids) {
				listed(id).ifPresent(e -> viewer.update(e, null));
			}
		}
	}

	/** The annotator's name; when it changes the progress column is counted again for the new one. */
	@Inject
	@Optional
	void annotator(@Named(AnnotatorIdentity.CONTEXT_KEY) String name) {
		boolean changed = !Objects.equals(annotator, name);
		annotator = name;
		if (changed && viewer != null && !viewer.getControl().isDisposed()) {
			recountProgress(List.copyOf(store.entries()));
		}
	}

	/**
	 * The corpus changed on disk. A save of the annotator's layer moves only that report's row,
	 * counted again alone; new labels change nothing listed; anything else (import,
	 * pre-annotation, settings) reloads the list and counts every row again.
	 */
	@Inject
	@Optional
	void layerSaved(@UIEventTopic(CorpusEvents.LAYER_SAVED) String reportId) {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			recount(reportId);
		}
	}

	@Inject
	@Optional
	void reportsChanged(@UIEventTopic(CorpusEvents.REPORTS_CHANGED) Object summary) {
		reloadShown();
	}

	/** Team > Synchronize finished: the Arrived column says what came into which report, and from whom. */
	@Inject
	@Optional
	void synced(@UIEventTopic(CorpusEvents.SYNCED) SyncResult result) {
		if (rows != null && result != null) {
			rows.synced(result.arrived());
			if (viewer != null && !viewer.getControl().isDisposed()) {
				viewer.refresh(); // the list may have reloaded for the same event before this
			}
		}
	}

	@Inject
	@Optional
	void settingsChanged(@UIEventTopic(CorpusEvents.SETTINGS_CHANGED) Object folder) {
		reloadShown();
	}

	private void reloadShown() {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			reload();
		}
	}

	/** Another view shows a place in a report: select its row (clearing filters that hide it). */
	@Inject
	@Optional
	void reveal(@UIEventTopic(CorpusEvents.REVEAL) CorpusEvents.Reveal reveal) {
		if (viewer == null || viewer.getControl().isDisposed() || reveal == null) {
			return;
		}
		listed(reveal.reportId()).ifPresent(entry -> {
			if (!rows.shows(entry)) {
				clearFilters();
			}
			if (!entry.equals(((IStructuredSelection) viewer.getSelection()).getFirstElement())) {
				viewer.setSelection(new StructuredSelection(entry), true);
			}
		});
	}

	/**
	 * The row object the table shows for a report. Not the store's entry: every write re-reads the
	 * index, so the store's entry is a new object the table does not know, and updating or
	 * selecting it would silently do nothing.
	 */
	private java.util.Optional<ReportEntry> listed(String reportId) {
		Object input = viewer.getInput();
		if (input instanceof List<?> entries) {
			for (Object entry : entries) {
				if (entry instanceof ReportEntry e && e.getId().equals(reportId)) {
					return java.util.Optional.of(e);
				}
			}
		}
		return java.util.Optional.empty();
	}

	/** The report editor opened a report (from Checks, a search, a restart): its row is selected, as if clicked. */
	@Inject
	@Optional
	void reportOpened(@UIEventTopic(CorpusEvents.REPORT_OPENED) String reportId) {
		if (viewer != null && !viewer.getControl().isDisposed() && reportId != null) {
			reveal(new CorpusEvents.Reveal(reportId, 0, 0));
		}
	}

	@PreDestroy
	void dispose() {
		if (progressJob != null) {
			progressJob.cancel();
		}
	}

	@Focus
	public void focus() {
		if (viewer != null) {
			viewer.getControl().setFocus();
		}
	}

	/** The table, for tests and for the report part's "open next". */
	public TableViewer viewer() {
		return viewer;
	}

	/** The rows as counted and shown, for tests. */
	public ReportRows rows() {
		return rows;
	}

	/** The filters, for tests. */
	public Text titleFilter() {
		return titleFilter;
	}

	public Combo regionFilter() {
		return regionFilter;
	}

	public Combo yearFilter() {
		return yearFilter;
	}

	public Combo statusFilter() {
		return statusFilter;
	}

	public Combo whoseFilter() {
		return whoseFilter;
	}
}
