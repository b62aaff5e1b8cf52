package org.reportbank.ui.presenters;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.eclipse.core.runtime.IProgressMonitor;
import org.reportbank.core.stats.MyReports;
import org.reportbank.core.stats.ReviewProgress;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.ReportStatus;

/**
 * What the Reports navigator lists, without a widget: one row per report of the index, with the
 * current annotator's counts ({@link MyReports}: their status, the annotators of the report, their
 * review progress), the texts of its cells, the filters and the order of the column last clicked.
 * Counting reads every report, so it runs off the UI thread and its rows arrive one by one; they
 * are taken in on the UI thread ({@link #takeArrived()}), so the rows and the table showing them
 * never disagree. The navigator part only puts all this into its table and combos.
 */
public final class ReportRows {

	/** The first item of each filter combo: no filter. */
	public static final String ALL_REGIONS = "All regions";
	public static final String ALL_YEARS = "All years";
	public static final String ALL_STATUSES = "All statuses";
	/** The items of the "whose reports" combo. */
	public static final String MY_REPORTS = "My reports";
	public static final String ALL_REPORTS = "All reports";

	/** A counted cell of a report not counted yet. */
	static final String PENDING = "…";

	/** The columns, in the order the table shows them. */
	public enum Column {
		TITLE("Title", false), REGION("Region", false), YEAR("Year", false), STATUS("Status", true), ANNOTATORS("Annotators", true),
		REVIEWED("Reviewed", true), ARRIVED("Arrived", false);

		private final String header;
		private final boolean counted;

		Column(String header, boolean counted) {
			this.header = header;
			this.counted = counted;
		}

		public String header() {
			return header;
		}

		/** Whether the column shows a count: its cells, and so its order, change as rows arrive. */
		public boolean counted() {
			return counted;
		}
	}

	/**
	 * What the filters ask for: a title containing the text (ignoring case); region, year and the
	 * annotator's status equal to the choice, null for all; with {@code mine}, only the annotator's
	 * reports (those they have a layer in and those that still need annotators).
	 */
	public record Filter(String title, String region, String year, String status, boolean mine) {

		/** Every report. */
		public static final Filter NONE = new Filter("", null, null, null, false);
	}

	/** One count of every row; rows counted for a count that is no longer the latest are dropped. */
	public static final class Count {
		/** Concurrent: rows are taken in on the UI thread but may be read from any (a test's, a job's). */
		private final Map<String, MyReports.Row> rows = new ConcurrentHashMap<>();

		private Count() {
		}
	}

	/** A row counted for {@code count}; {@code alone}: a recount of one report, newer than the full count's. */
	private record Arrival(Count count, String reportId, MyReports.Row row, boolean alone) {
	}

	private final Collator chinese = Collator.getInstance(Locale.CHINA);
	private final Runnable onArrival;
	/** The latest count (a new one for each, so a cancelled job never writes into the next one's). */
	private volatile Count count = new Count();
	/** Rows counted (on a job's thread) and not taken in yet. */
	private final Queue<Arrival> arrived = new ConcurrentLinkedQueue<>();
	private Filter filter = Filter.NONE;
	private Column sortedBy;
	private Comparator<ReportEntry> order;
	/** What the last sync brought into each report (see {@link #synced}). */
	private final Map<String, String> fromTheTeam = new ConcurrentHashMap<>();
	private int fullCounts;
	private int singleCounts;

	/** {@code onArrival} runs on the counting thread each time a row arrives: it has the UI thread {@link #takeArrived()}. */
	public ReportRows(Runnable onArrival) {
		this.onArrival = onArrival;
	}

	// --- counting -----------------------------------------------------------------------------

	/** A count of every report starts: all rows are pending until counted again, and rows of earlier counts are dropped. */
	public Count startFullCount() {
		fullCounts++;
		count = new Count();
		return count;
	}

	/** A recount of one report starts (the annotator saved it): it goes into the latest count. */
	public Count startSingleCount() {
		singleCounts++;
		return count;
	}

	/**
	 * Counts the annotator's row of every report, one after the other, on the calling thread; each
	 * arrives as soon as it is counted. Stops when the monitor is cancelled.
	 */
	public void countEvery(Count into, CorpusStore store, List<ReportEntry> entries, String annotator, IProgressMonitor monitor)
			throws StoreException {
		MyReports.compute(store, entries, annotator, monitor, (entry, row) -> arrive(into, entry.getId(), row, false));
	}

	/** Counts the annotator's row of one report again, on the calling thread. */
	public void countOne(Count into, CorpusStore store, ReportEntry entry, String annotator) throws StoreException {
		arrive(into, entry.getId(), MyReports.of(store, entry, annotator), true);
	}

	/** A row counted (any thread) for the count {@code into}; {@code alone}: a recount of that report alone. */
	public void arrive(Count into, String reportId, MyReports.Row row, boolean alone) {
		arrived.add(new Arrival(into, reportId, row, alone));
		onArrival.run();
	}

	/**
	 * Takes the rows that arrived into the latest count (on the UI thread) and says which reports
	 * they were, in order of arrival. A row of an older count is dropped; a full count's row does
	 * not replace a newer recount of that report alone.
	 */
	public List<String> takeArrived() {
		List<String> ids = new ArrayList<>();
		Map<String, MyReports.Row> rows = count.rows;
		for (Arrival arrival; (arrival = arrived.poll()) != null;) {
			if (arrival.count() != count) {
				continue; // a newer count has started
			}
			if (arrival.alone()) {
				rows.put(arrival.reportId(), arrival.row());
			} else if (rows.putIfAbsent(arrival.reportId(), arrival.row()) != null) {
				continue;
			}
			ids.add(arrival.reportId());
		}
		return ids;
	}

	/**
	 * Whether the rows of these reports, just taken in, may move in the list or in or out of it: the
	 * list is sorted by a counted column, filtered by status, or shows only the annotator's reports
	 * and one of these turned out not to be theirs. Otherwise updating these rows is enough.
	 */
	public boolean reshuffles(List<String> ids) {
		boolean ordered = sortedBy != null && sortedBy.counted();
		boolean filtered = filter.status() != null || filter.mine() && ids.stream().map(this::row).anyMatch(row -> !row.isMine());
		return ordered || filtered;
	}

	/** The annotator's row of a report as shown (status, annotators, progress), or null while it is being counted. */
	public MyReports.Row row(String reportId) {
		return count.rows.get(reportId);
	}

	/** The annotator's progress on a report as shown, or null while it is being counted. */
	public ReviewProgress.Progress progress(String reportId) {
		MyReports.Row row = row(reportId);
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

	// --- filter and order ---------------------------------------------------------------------

	public void filter(Filter wanted) {
		filter = wanted;
	}

	/** Whether the filters let the report through. A report not counted yet is one of "my reports" (until known) but has no status. */
	public boolean shows(ReportEntry e) {
		MyReports.Row row = row(e.getId());
		String title = filter.title();
		return (title.isEmpty() || Labels.report(e).toLowerCase(Locale.ROOT).contains(title.toLowerCase(Locale.ROOT)))
				&& (filter.region() == null || filter.region().equals(e.getRegion()))
				&& (filter.year() == null || filter.year().equals(e.getYear() == null ? null : e.getYear().toString()))
				&& (filter.status() == null || row != null && filter.status().equals(row.status().words()))
				&& (!filter.mine() || row == null || row.isMine());
	}

	/** Sorts by the column, ascending or descending. */
	public void sortBy(Column column, boolean ascending) {
		sortedBy = column;
		Comparator<ReportEntry> by = order(column);
		order = ascending ? by : by.reversed();
	}

	/**
	 * What the last sync brought, per report: "new 李娜, 张伟" (their own layers), "changed gold
	 * (王芳)" (a layer named otherwise, with who changed it). The arrivals of the sync before are
	 * forgotten: the column answers "what came just now".
	 */
	public void synced(List<org.reportbank.sync.Arrival> arrivals) {
		fromTheTeam.clear();
		Map<String, List<String>> added = new java.util.LinkedHashMap<>();
		Map<String, List<String>> changed = new java.util.LinkedHashMap<>();
		for (org.reportbank.sync.Arrival arrival : arrivals) {
			String layer = arrival.layerId()
					+ (arrival.from().equals(Set.of(arrival.layerId())) ? "" : " (" + String.join(", ", arrival.from()) + ")");
			(arrival.isNew() ? added : changed).computeIfAbsent(arrival.reportId(), id -> new ArrayList<>()).add(layer);
		}
		added.forEach((id, layers) -> fromTheTeam.put(id, "new " + String.join(", ", layers)));
		changed.forEach((id, layers) -> fromTheTeam.merge(id, "changed " + String.join(", ", layers), (a, b) -> a + "; " + b));
	}

	/** The order of the column last sorted by; before any, all reports are equal (the index order stays). */
	public int compare(ReportEntry a, ReportEntry b) {
		return order == null ? 0 : order.compare(a, b);
	}

	/** Texts by the Chinese collation, years by number; a report not counted yet before every counted one. */
	private Comparator<ReportEntry> order(Column column) {
		return switch (column) {
		case TITLE -> Comparator.comparing(Labels::report, chinese);
		case REGION -> Comparator.comparing(e -> Objects.toString(e.getRegion(), ""), chinese);
		case YEAR -> Comparator.comparing(e -> e.getYear() == null ? Integer.MIN_VALUE : e.getYear());
		case STATUS -> Comparator.comparingInt(e -> row(e.getId()) == null ? -1 : row(e.getId()).status().ordinal());
		case ANNOTATORS -> Comparator.comparingInt(e -> row(e.getId()) == null ? -1 : row(e.getId()).annotators());
		case REVIEWED -> Comparator.comparingDouble(e -> row(e.getId()) == null ? -2 : row(e.getId()).progress().fraction());
		case ARRIVED -> Comparator.comparing(e -> fromTheTeam.getOrDefault(e.getId(), ""), chinese);
		};
	}

	// --- texts --------------------------------------------------------------------------------

	/** A cell: "…" in a counted column until the report is counted; "–" for progress on a report without suggestions. */
	public String text(Column column, ReportEntry e) {
		MyReports.Row row = row(e.getId());
		return switch (column) {
		case TITLE -> Labels.report(e);
		case REGION -> Objects.toString(e.getRegion(), "");
		case YEAR -> e.getYear() == null ? "" : e.getYear().toString();
		case STATUS -> row == null ? PENDING : row.status().words();
		case ANNOTATORS -> row == null ? PENDING : row.annotatorsText();
		case REVIEWED -> row == null ? PENDING : row.progress().suggested() == 0 ? "–" : row.progress().toString();
		case ARRIVED -> fromTheTeam.getOrDefault(e.getId(), "");
		};
	}

	/** A row's tooltip: the title in full, region and year, and the corpus's status of the report. */
	public static String tip(ReportEntry e) {
		return Labels.report(e) + "\n" + Objects.toString(e.getRegion(), "") + " " + Objects.toString(e.getYear(), "")
				+ ", corpus status " + statusName(e.getStatus());
	}

	/** A column header's tooltip, for the annotator at the workbench; null for a column that explains itself. */
	public static String headerTip(Column column, String annotator) {
		return switch (column) {
		case STATUS -> "Your own status for the report (from your layer); curated when the report was curated";
		case ANNOTATORS -> "Annotators with a layer of the report / annotators each report needs (Corpus > Settings)";
		case REVIEWED -> "Suggestions you" + (annotator == null ? "" : " (" + annotator + ")")
				+ " have decided on / suggestions of the pre-annotator";
		case ARRIVED -> "The layers the last Team > Synchronize brought into the report, and from whom";
		default -> null;
		};
	}

	/** Words for a corpus status as people say them ("pre-annotated", not the literal "preannotated"). */
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

	/** "12 reports", or "3 of 12 reports" while filters hide some. */
	public static String shown(int visible, int total) {
		return visible == total ? total + " reports" : visible + " of " + total + " reports";
	}

	/** The region filter's choices: the regions of the reports, in Chinese order. */
	public List<String> regions(List<ReportEntry> entries) {
		TreeSet<String> regions = new TreeSet<>(chinese);
		entries.stream().map(ReportEntry::getRegion).filter(Objects::nonNull).forEach(regions::add);
		return List.copyOf(regions);
	}

	/** The year filter's choices: the years of the reports, the latest first. */
	public static List<String> years(List<ReportEntry> entries) {
		return entries.stream().map(ReportEntry::getYear).filter(Objects::nonNull)
				.collect(TreeSet<Integer>::new, TreeSet::add, TreeSet::addAll).descendingSet().stream().map(String::valueOf).toList();
	}

	/** The status filter's choices: the annotator's statuses, in their order. */
	public static List<String> statuses() {
		return Arrays.stream(MyReports.Status.values()).map(MyReports.Status::words).toList();
	}
}
