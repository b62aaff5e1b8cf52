package org.reportbank.ui.parts;

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
import org.reportbank.core.stats.ReviewProgress;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.ReportStatus;
import org.reportbank.ui.AnnotatorIdentity;
import org.reportbank.ui.CorpusEvents;
import org.reportbank.ui.CorpusLifeCycle.CorpusProblem;

/**
 * Lists the reports of the open corpus from its index, with filters on title, region, year and
 * status above the list; a click on a column header sorts by it. Selecting a report shows it in
 * the report part; Enter or a double-click also brings that part to front. The last column is
 * the current annotator's progress through the suggestions ("reviewed / suggested"): counting it
 * reads every report, so a background job fills it in report by report.
 */
public class CorpusNavigatorPart {

	public static final String ID = "org.reportbank.ui.part.navigator";

	/** The first item of each filter combo: no filter. */
	public static final String ALL_REGIONS = "All regions";
	public static final String ALL_YEARS = "All years";
	public static final String ALL_STATUSES = "All statuses";

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
	private Label shown;
	private final Filter filter = new Filter();
	private final Sorter sorter = new Sorter();
	/** The counts of the latest count (a new map for each, so a cancelled job never writes into the next one's). */
	private volatile Map<String, ReviewProgress.Progress> progress = new ConcurrentHashMap<>();
	private TableColumn reviewedColumn;
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
		titleFilter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		titleFilter.addListener(SWT.Modify, e -> applyFilters());
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
		column(columns, "Status", new ColumnPixelData(ChecksPart.textWidth(table, "pre-annotated") + 12, true),
				e -> statusName(e.getStatus()), Comparator.comparingInt(e -> e.getStatus() == null ? -1 : e.getStatus().getValue()));
		TableViewerColumn reviewed = column(columns, "Reviewed", new ColumnPixelData(ChecksPart.textWidth(table, "000 / 000") + 14, true),
				this::progressText, Comparator.comparingDouble(e -> progressOf(e) == null ? -2 : progressOf(e).fraction()));
		reviewed.getColumn().setToolTipText("Suggestions you" + (annotator == null ? "" : " (" + annotator + ")")
				+ " have decided on / suggestions of the pre-annotator");
		reviewed.getColumn().setAlignment(SWT.RIGHT);
		reviewedColumn = reviewed.getColumn();

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
				return title(e) + "\n" + Objects.toString(e.getRegion(), "") + " " + Objects.toString(e.getYear(), "") + ", "
						+ statusName(e.getStatus());
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
		return e.getTitle() == null ? "(untitled " + e.getId() + ")" : e.getTitle();
	}

	private ReviewProgress.Progress progressOf(ReportEntry entry) {
		return progress.get(entry.getId());
	}

	private String progressText(ReportEntry entry) {
		ReviewProgress.Progress p = progressOf(entry);
		if (p == null) {
			return PENDING;
		}
		return p.suggested() == 0 ? "–" : p.toString();
	}

	/** Reads the index again: new rows, filter choices, and the progress column recounted. */
	private void reload() {
		List<ReportEntry> entries = List.copyOf(store.entries());
		TreeSet<String> regions = new TreeSet<>(Collator.getInstance(Locale.CHINA));
		entries.stream().map(ReportEntry::getRegion).filter(Objects::nonNull).forEach(regions::add);
		fillCombo(regionFilter, ALL_REGIONS, regions);
		fillCombo(yearFilter, ALL_YEARS, entries.stream().map(ReportEntry::getYear).filter(Objects::nonNull)
				.collect(TreeSet<Integer>::new, TreeSet::add, TreeSet::addAll).descendingSet().stream().map(String::valueOf).toList());
		fillCombo(statusFilter, ALL_STATUSES, java.util.Arrays.stream(ReportStatus.values()).map(CorpusNavigatorPart::statusName).toList());
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
		applyFilters();
	}

	/**
	 * Counts the annotator's reviewed suggestions, report by report, in a background job; each
	 * row is updated as its count arrives. A running count is cancelled by a newer one.
	 */
	private void recountProgress(List<ReportEntry> entries) {
		if (progressJob != null) {
			progressJob.cancel();
		}
		String who = annotator;
		Map<String, ReviewProgress.Progress> counts = new ConcurrentHashMap<>();
		progress = counts;
		viewer.refresh(); // "…" until counted
		Job job = new Job("Counting reviewed suggestions") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					ReviewProgress.compute(store, entries, who, monitor, (entry, counted) -> {
						counts.put(entry.getId(), counted);
						ui.asyncExec(() -> {
							if (progress != counts || viewer.getControl().isDisposed()) {
								return; // a newer count has started
							}
							if (viewer.getTable().getSortColumn() == reviewedColumn) {
								viewer.refresh(); // keeps the order by progress
							} else {
								viewer.update(entry, null);
							}
						});
					});
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

	/** The index changed on disk (import, pre-annotation, a save): show the new statuses, reports and counts. */
	@Inject
	@Optional
	void corpusChanged(@UIEventTopic(CorpusEvents.CHANGED) Object what) {
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
		store.entry(reveal.reportId()).ifPresent(entry -> {
			if (!filter.select(viewer, null, entry)) {
				clearFilters();
			}
			if (!entry.equals(((IStructuredSelection) viewer.getSelection()).getFirstElement())) {
				viewer.setSelection(new StructuredSelection(entry), true);
			}
		});
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

	/** The annotator's progress on a report as shown, or null while it is being counted. */
	public ReviewProgress.Progress progress(String reportId) {
		return progress.get(reportId);
	}

	/** Title contains the text (ignoring case); region, year and status equal the choice, null for all. */
	private static final class Filter extends ViewerFilter {
		String title = "";
		String region;
		String year;
		String status;

		@Override
		public boolean select(Viewer viewer, Object parent, Object element) {
			ReportEntry e = (ReportEntry) element;
			return (title.isEmpty() || title(e).toLowerCase(Locale.ROOT).contains(title.toLowerCase(Locale.ROOT)))
					&& (region == null || region.equals(e.getRegion()))
					&& (year == null || year.equals(e.getYear() == null ? null : e.getYear().toString()))
					&& (status == null || status.equals(statusName(e.getStatus())));
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
