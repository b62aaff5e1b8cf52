package org.reportbank.ui.corpus;

import org.reportbank.ui.annotation.ReportPart;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

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
import org.reportbank.core.stats.ReviewProgress;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.ReportStatus;
import org.reportbank.ui.AnnotatorIdentity;
import org.reportbank.ui.CorpusEvents;
import org.reportbank.ui.UserPreferences;
import org.reportbank.ui.CorpusLifeCycle.CorpusProblem;
import org.reportbank.ui.presenters.Labels;

/**
 * Lists the reports of the open corpus from its index, with filters on title, region, year and
 * status above the list and a choice of "my reports" or all; a click on a column header sorts by
 * it. Selecting a report shows it in the report part; Enter or a double-click also brings that
 * part to front. Status, Annotators and Reviewed are the current annotator's view
 * ({@link MyReports}): their own status from their layer, how many annotators have a layer of how
 * many the corpus asks for, and their progress through the suggestions. Counting them reads every
 * report, so a background job fills them in report by report; after a save of the annotator's
 * layer ({@link CorpusEvents.StatusChanged}) only that report is counted again.
 */
public class CorpusNavigatorPart {

	public static final String ID = "org.reportbank.ui.part.navigator";

	/** The first item of each filter combo: no filter. */
	public static final String ALL_REGIONS = "All regions";
	public static final String ALL_YEARS = "All years";
	public static final String ALL_STATUSES = "All statuses";
	/** The items of the "whose reports" combo. */
	public static final String MY_REPORTS = "My reports";
	public static final String ALL_REPORTS = "All reports";

	private static final String PENDING = "…";

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
	private final Filter filter = new Filter();
	private final Sorter sorter = new Sorter();
	/** The rows of the latest count (a new map for each, so a cancelled job never writes into the next one's). */
	private volatile Map<String, MyReports.Row> rows = new ConcurrentHashMap<>();
	/** Rows counted (on a job's thread) and not shown yet: taken in and shown together on the UI thread. */
	private final java.util.Queue<Arrival> arrived = new java.util.concurrent.ConcurrentLinkedQueue<>();

	/** A row counted for the count {@code counts}; {@code alone}: a recount of one report, newer than the full count's. */
	private record Arrival(Map<String, MyReports.Row> counts, String reportId, MyReports.Row row, boolean alone) {
	}

	private Job progressJob;
	/** How many times every row was counted, and one report alone (for tests). */
	private int fullCounts;
	private int singleCounts;

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
		whoseFilter.setItems(MY_REPORTS, ALL_REPORTS);
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
		column(columns, "Title", new ColumnWeightData(3, 56, true), CorpusNavigatorPart::title,
				Comparator.comparing(CorpusNavigatorPart::title, Collator.getInstance(Locale.CHINA)));
		column(columns, "Region", new ColumnWeightData(1, 28, true), e -> Objects.toString(e.getRegion(), ""),
				Comparator.comparing(e -> Objects.toString(e.getRegion(), ""), Collator.getInstance(Locale.CHINA)));
		column(columns, "Year", new ColumnPixelData(ChecksPart.textWidth(table, "0000") + 20, true),
				e -> e.getYear() == null ? "" : e.getYear().toString(),
				Comparator.comparing(e -> e.getYear() == null ? Integer.MIN_VALUE : e.getYear()));
		TableViewerColumn status = column(columns, "Status", new ColumnPixelData(ChecksPart.textWidth(table, "not started") + 14, true),
				this::statusText, Comparator.comparingInt(e -> rowOf(e) == null ? -1 : rowOf(e).status().ordinal()));
		status.getColumn().setToolTipText("Your own status for the report (from your layer); curated when the report was curated");
		TableViewerColumn annotators = column(columns, "Annotators",
				new ColumnPixelData(ChecksPart.textWidth(table, "Annotators") + 14, true),
				this::annotatorsText, Comparator.comparingInt(e -> rowOf(e) == null ? -1 : rowOf(e).annotators()));
		annotators.getColumn().setToolTipText("Annotators with a layer of the report / annotators each report needs (Corpus > Settings)");
		annotators.getColumn().setAlignment(SWT.RIGHT);
		TableViewerColumn reviewed = column(columns, "Reviewed", new ColumnPixelData(ChecksPart.textWidth(table, "000 / 000") + 14, true),
				this::progressText, Comparator.comparingDouble(e -> rowOf(e) == null ? -2 : rowOf(e).progress().fraction()));
		reviewed.getColumn().setToolTipText("Suggestions you" + (annotator == null ? "" : " (" + annotator + ")")
				+ " have decided on / suggestions of the pre-annotator");
		reviewed.getColumn().setAlignment(SWT.RIGHT);

		shown = new Label(parent, SWT.NONE);
		shown.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));

		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setFilters(filter);
		viewer.setComparator(sorter);
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
				if (!filter.select(viewer, null, entry)) {
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

	private TableViewerColumn column(TableColumnLayout layout, String title, ColumnLayoutData width,
			Function<ReportEntry, String> text, Comparator<ReportEntry> order) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setMoveable(true);
		layout.setColumnData(column.getColumn(), width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ReportEntry) element);
			}

			@Override
			public String getToolTipText(Object element) {
				ReportEntry e = (ReportEntry) element;
				return title(e) + "\n" + Objects.toString(e.getRegion(), "") + " " + Objects.toString(e.getYear(), "")
						+ ", corpus status " + statusName(e.getStatus());
			}
		});
		column.getColumn().setData(Sorter.ORDER, order);
		column.getColumn().addListener(SWT.Selection, e -> sortBy(column.getColumn()));
		return column;
	}

	/** A click on a header sorts by that column; a second click reverses the order. */
	private void sortBy(TableColumn column) {
		var table = viewer.getTable();
		int direction = table.getSortColumn() == column && table.getSortDirection() == SWT.UP ? SWT.DOWN : SWT.UP;
		table.setSortColumn(column);
		table.setSortDirection(direction);
		@SuppressWarnings("unchecked")
		Comparator<ReportEntry> order = (Comparator<ReportEntry>) column.getData(Sorter.ORDER);
		sorter.order = direction == SWT.UP ? order : order.reversed();
		viewer.refresh();
	}

	/** Words for a status as people say them ("pre-annotated", not the literal "preannotated"). */
	public static String statusName(ReportStatus status) {
		if (status == null) {
			return "";
		}
		return switch (status) {
		case NEW -> "new";
		case PREANNOTATED -> "pre-annotated";
		case IN_PROGRESS -> "in progress";
		case DONE -> "done";
		case CURATED -> "curated";
		};
	}

	private static String title(ReportEntry e) {
		return Labels.report(e);
	}

	private MyReports.Row rowOf(ReportEntry entry) {
		return rows.get(entry.getId());
	}

	private String progressText(ReportEntry entry) {
		MyReports.Row row = rowOf(entry);
		if (row == null) {
			return PENDING;
		}
		return row.progress().suggested() == 0 ? "–" : row.progress().toString();
	}

	private String statusText(ReportEntry entry) {
		MyReports.Row row = rowOf(entry);
		return row == null ? PENDING : row.status().words();
	}

	private String annotatorsText(ReportEntry entry) {
		MyReports.Row row = rowOf(entry);
		return row == null ? PENDING : row.annotatorsText();
	}

	/** Reads the index again: new rows, filter choices, and the progress column recounted. */
	private void reload() {
		List<ReportEntry> entries = List.copyOf(store.entries());
		TreeSet<String> regions = new TreeSet<>(Collator.getInstance(Locale.CHINA));
		entries.stream().map(ReportEntry::getRegion).filter(Objects::nonNull).forEach(regions::add);
		fillCombo(regionFilter, ALL_REGIONS, regions);
		fillCombo(yearFilter, ALL_YEARS, entries.stream().map(ReportEntry::getYear).filter(Objects::nonNull)
				.collect(TreeSet<Integer>::new, TreeSet::add, TreeSet::addAll).descendingSet().stream().map(String::valueOf).toList());
		fillCombo(statusFilter, ALL_STATUSES, java.util.Arrays.stream(MyReports.Status.values()).map(MyReports.Status::words).toList());
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
	private static void fillCombo(Combo combo, String all, java.util.Collection<String> values) {
		String chosen = combo.getText();
		combo.removeAll();
		combo.add(all);
		values.forEach(combo::add);
		int index = combo.indexOf(chosen);
		combo.select(Math.max(0, index));
	}

	private void applyFilters() {
		filter.title = titleFilter.getText().strip();
		filter.region = choice(regionFilter);
		filter.year = choice(yearFilter);
		filter.status = choice(statusFilter);
		filter.mine = whoseFilter.getSelectionIndex() <= 0;
		filter.rows = rows;
		viewer.refresh();
		updateCount();
	}

	private static String choice(Combo combo) {
		return combo.getSelectionIndex() <= 0 ? null : combo.getText();
	}

	private void updateCount() {
		int total = store.entries().size();
		int visible = viewer.getTable().getItemCount();
		shown.setText(visible == total ? total + " reports" : visible + " of " + total + " reports");
	}

	/** Shows every report again. */
	public void clearFilters() {
		titleFilter.setText("");
		regionFilter.select(0);
		yearFilter.select(0);
		statusFilter.select(0);
		whoseFilter.select(whoseFilter.indexOf(ALL_REPORTS));
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
		fullCounts++;
		String who = annotator;
		Map<String, MyReports.Row> counts = new ConcurrentHashMap<>();
		rows = counts;
		filter.rows = counts;
		viewer.refresh(); // "…" until counted
		Job job = new Job("Counting my reports") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					MyReports.compute(store, entries, who, monitor,
							(entry, counted) -> arrive(new Arrival(counts, entry.getId(), counted, false)));
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
		singleCounts++;
		String who = annotator;
		Map<String, MyReports.Row> counts = rows;
		Job job = new Job("Counting report " + reportId) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					arrive(new Arrival(counts, reportId, MyReports.of(store, entry, who), true));
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

	/** A row was counted (any thread): the UI thread takes it in and shows it, with others that arrived meanwhile. */
	private void arrive(Arrival arrival) {
		arrived.add(arrival);
		ui.asyncExec(this::showArrived);
	}

	/**
	 * Takes the rows counted into the shown map and shows them, on the UI thread, so the map and the
	 * table never disagree. A row of an older count is dropped; a full count's row does not replace
	 * a newer recount of that report alone.
	 */
	private void showArrived() {
		List<String> ids = new java.util.ArrayList<>();
		for (Arrival arrival; (arrival = arrived.poll()) != null;) {
			if (arrival.counts() != rows) {
				continue; // a newer count has started
			}
			if (arrival.alone()) {
				rows.put(arrival.reportId(), arrival.row());
			} else if (rows.putIfAbsent(arrival.reportId(), arrival.row()) != null) {
				continue;
			}
			ids.add(arrival.reportId());
		}
		if (ids.isEmpty() || viewer.getControl().isDisposed()) {
			return;
		}
		TableColumn sorted = viewer.getTable().getSortColumn();
		boolean ordered = sorted != null && !"Title".equals(sorted.getText()) && !"Region".equals(sorted.getText())
				&& !"Year".equals(sorted.getText());
		// a row shown while counted that the filters now hide, or one they now show: the list changes
		boolean filtered = filter.status != null || ids.stream().map(rows::get).anyMatch(row -> filter.mine && !row.isMine());
		if (ordered || filtered) {
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
	void corpusChanged(@UIEventTopic(CorpusEvents.CHANGED) Object what) {
		if (viewer == null || viewer.getControl().isDisposed() || CorpusEvents.LABELS_CHANGED.equals(what)) {
			return;
		}
		if (what instanceof CorpusEvents.StatusChanged changed) {
			recount(changed.reportId());
		} else {
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
			if (!filter.select(viewer, null, entry)) {
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

	/** The annotator's progress on a report as shown, or null while it is being counted. */
	public ReviewProgress.Progress progress(String reportId) {
		MyReports.Row row = rows.get(reportId);
		return row == null ? null : row.progress();
	}

	/** How many times every report was counted (reloads, a new annotator). */
	public int fullCounts() {
		return fullCounts;
	}

	/** How many times one report was counted alone (after a save of the annotator's layer). */
	public int singleCounts() {
		return singleCounts;
	}

	/** The annotator's row of a report as shown (status, annotators, progress), or null while it is being counted. */
	public MyReports.Row row(String reportId) {
		return rows.get(reportId);
	}

	/**
	 * Title contains the text (ignoring case); region, year and the annotator's status equal the
	 * choice, null for all; "my reports" keeps the reports the annotator has a layer in or that
	 * still need annotators. A report not counted yet passes "my reports" (it is shown until known)
	 * but no status.
	 */
	private static final class Filter extends ViewerFilter {
		String title = "";
		String region;
		String year;
		String status;
		boolean mine;
		Map<String, MyReports.Row> rows = Map.of();

		@Override
		public boolean select(Viewer viewer, Object parent, Object element) {
			ReportEntry e = (ReportEntry) element;
			MyReports.Row row = rows.get(e.getId());
			return (title.isEmpty() || title(e).toLowerCase(Locale.ROOT).contains(title.toLowerCase(Locale.ROOT)))
					&& (region == null || region.equals(e.getRegion()))
					&& (year == null || year.equals(e.getYear() == null ? null : e.getYear().toString()))
					&& (status == null || row != null && status.equals(row.status().words()))
					&& (!mine || row == null || row.isMine());
		}
	}

	/** The order of the column last clicked, or the index order. */
	private static final class Sorter extends ViewerComparator {
		static final String ORDER = "org.reportbank.ui.navigator.order";
		Comparator<ReportEntry> order;

		@Override
		public int compare(Viewer viewer, Object a, Object b) {
			return order == null ? 0 : order.compare((ReportEntry) a, (ReportEntry) b);
		}
	}
}
