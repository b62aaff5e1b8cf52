package org.reportbank.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportbank.sync.Arrival;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.stats.MyReports;
import org.reportbank.core.stats.ReviewProgress;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.LayerIds;
import org.reportbank.core.store.StoreException;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.ReportStatus;
import org.reportbank.model.Span;
import org.reportbank.model.SpanStatus;
import org.reportbank.testing.Fixtures;
import org.reportbank.ui.presenters.ReportRows;
import org.reportbank.ui.presenters.ReportRows.Column;
import org.reportbank.ui.presenters.ReportRows.Filter;

/**
 * The Reports navigator's rows without a display, on a stored corpus of three reports as 王芳
 * sees them: A she has begun (one of its two suggestions decided, 李明 has a layer too), B nobody
 * has begun, C curated, without title, region or year.
 */
class ReportRowsTest {

	private static final String ME = "王芳";
	private static final String OTHER = "李明";
	private static final String A = "00000000000000a1";
	private static final String B = "00000000000000b2";
	private static final String C = "00000000000000c3";
	private static final String TEXT = "区司法局受理行政复议申请68件。";

	@TempDir
	Path dir;

	private CorpusStore store;
	private Report a;
	private int arrivals;
	private final ReportRows rows = new ReportRows(() -> arrivals++);

	@BeforeEach
	void corpus() throws StoreException {
		store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		a = report(A, "安宁区2021年法治政府建设年度报告", "安宁区", 2021, ReportStatus.PREANNOTATED);
		Layer pre = Fixtures.layer(a, LayerIds.PREANNOTATION, LayerKind.PREANNOTATION);
		Span org = Fixtures.span(pre, "s1", 0, 4, "ORG", SpanStatus.SUGGESTED);
		Fixtures.span(pre, "s2", 12, 15, "METRIC", SpanStatus.SUGGESTED);
		Fixtures.decision(Fixtures.annotator(a, ME), org, SpanStatus.ACCEPTED);
		Fixtures.annotator(a, OTHER);
		store.save(a);
		store.save(report(B, "北海市2023年法治政府建设年度报告", "北海市", 2023, ReportStatus.NEW));
		Report c = report(C, null, null, null, ReportStatus.CURATED);
		Fixtures.annotator(c, OTHER);
		store.save(c);
	}

	private static Report report(String id, String title, String region, Integer year, ReportStatus status) {
		Report report = Fixtures.report(id, TEXT);
		report.setTitle(title);
		report.setRegion(region);
		report.setYear(year);
		report.setStatus(status);
		return report;
	}

	private ReportEntry entry(String id) {
		return store.entry(id).orElseThrow();
	}

	/** Every report counted for the annotator and taken in, as the navigator's job and UI thread do. */
	private List<String> countAll(String annotator) throws StoreException {
		rows.countEvery(rows.startFullCount(), store, store.entries(), annotator, new NullProgressMonitor());
		return rows.takeArrived();
	}

	private List<String> cells(String id) {
		return List.of(Column.values()).stream().map(column -> rows.text(column, entry(id))).toList();
	}

	private List<String> shown() {
		return store.entries().stream().filter(rows::shows).map(ReportEntry::getId).toList();
	}

	private List<String> sorted() {
		return store.entries().stream().sorted(rows::compare).map(ReportEntry::getId).toList();
	}

	@Test
	void everyReportIsCountedForTheAnnotatorAndItsCellsSaySo() throws StoreException {
		assertEquals(List.of("安宁区2021年法治政府建设年度报告", "安宁区", "2021", "…", "…", "…", ""), cells(A), "not counted yet");
		assertEquals(List.of(A, B, C), countAll(ME), "taken in in the order they were counted");
		assertEquals(3, arrivals, "each row told as it arrived");
		assertEquals(List.of("安宁区2021年法治政府建设年度报告", "安宁区", "2021", "in progress", "2 / 2", "1 / 2", ""), cells(A));
		assertEquals(List.of("北海市2023年法治政府建设年度报告", "北海市", "2023", "not started", "0 / 2", "–", ""), cells(B),
				"no suggestions: nothing to review");
		assertEquals(List.of("(untitled " + C + ")", "", "", "curated", "1 / 2", "–", ""), cells(C));
		assertEquals(new ReviewProgress.Progress(1, 2), rows.progress(A));
		assertTrue(rows.row(A).hasLayer());
		assertEquals(1, rows.fullCounts());
		assertEquals(0, rows.singleCounts());

		assertEquals(List.of(A, B, C), countAll(OTHER), "another annotator: counted anew");
		assertEquals(List.of("in progress", "2 / 2", "0 / 2"), cells(A).subList(3, 6), "his layer has no status yet: in progress");
		assertEquals(2, rows.fullCounts());
	}

	@Test
	void filtersByTitleRegionYearStatusAndWhoseReportsTheyAre() throws StoreException {
		rows.filter(new Filter("", null, null, null, true));
		assertEquals(List.of(A, B, C), shown(), "not counted yet: shown until known to be someone else's");
		rows.filter(new Filter("", null, null, "not started", false));
		assertEquals(List.of(), shown(), "not counted yet: no status");

		countAll(ME);
		rows.filter(Filter.NONE);
		assertEquals(List.of(A, B, C), shown());
		rows.filter(new Filter("北海", null, null, null, false));
		assertEquals(List.of(B), shown());
		rows.filter(new Filter("UNTITLED", null, null, null, false));
		assertEquals(List.of(C), shown(), "the title as shown, ignoring case");
		rows.filter(new Filter("", "安宁区", null, null, false));
		assertEquals(List.of(A), shown());
		rows.filter(new Filter("", null, "2023", null, false));
		assertEquals(List.of(B), shown());
		rows.filter(new Filter("", null, null, "curated", false));
		assertEquals(List.of(C), shown());
		rows.filter(new Filter("", null, null, null, true));
		assertEquals(List.of(A, B), shown(), "A has her layer, B still needs annotators, C is curated");
		rows.filter(new Filter("年", "安宁区", "2021", "in progress", true));
		assertEquals(List.of(A), shown(), "all filters at once");
		rows.filter(new Filter("年", "安宁区", "2023", null, false));
		assertEquals(List.of(), shown());
	}

	@Test
	void sortsByTheColumnClickedEitherWay() throws StoreException {
		assertEquals(List.of(A, B, C), sorted(), "before a click: the index order");
		rows.sortBy(Column.STATUS, true);
		assertEquals(List.of(A, B, C), sorted(), "nothing counted: all alike");
		countAll(ME);
		assertEquals(List.of(B, A, C), sorted(), "not started, in progress, curated");
		rows.sortBy(Column.STATUS, false);
		assertEquals(List.of(C, A, B), sorted());
		rows.sortBy(Column.YEAR, true);
		assertEquals(List.of(C, A, B), sorted(), "no year first");
		rows.sortBy(Column.TITLE, true);
		assertEquals(List.of(C, A, B), sorted(), "Chinese order: 安 (an) before 北 (bei), though 北 comes first in Unicode");
		rows.sortBy(Column.REGION, false);
		assertEquals(List.of(B, A, C), sorted());
		rows.sortBy(Column.ANNOTATORS, true);
		assertEquals(List.of(B, C, A), sorted());
		rows.sortBy(Column.REVIEWED, false);
		assertEquals(A, sorted().get(0), "the one with progress first");
	}

	@Test
	void rowsOfAnOlderCountAreDroppedAndARecountAloneIsNotOverwritten() throws StoreException {
		ReportRows.Count cancelled = rows.startFullCount();
		ReportRows.Count latest = rows.startFullCount();
		rows.countEvery(cancelled, store, store.entries(), ME, new NullProgressMonitor());
		assertEquals(List.of(), rows.takeArrived(), "a newer count started meanwhile");
		assertNull(rows.row(A));

		MyReports.Row before = MyReports.of(store, entry(A), ME);
		a.getLayers().stream().filter(l -> ME.equals(l.getId())).findFirst().orElseThrow().setStatus(ReportStatus.DONE);
		store.save(a);
		rows.countOne(rows.startSingleCount(), store, entry(A), ME);
		assertEquals(List.of(A), rows.takeArrived());
		assertEquals(MyReports.Status.DONE, rows.row(A).status());
		rows.arrive(latest, A, before, false);
		assertEquals(List.of(), rows.takeArrived(), "the full count read A before the save");
		assertEquals("done", rows.text(Column.STATUS, entry(A)));

		rows.countOne(rows.startSingleCount(), store, entry(A), OTHER);
		rows.arrive(latest, B, MyReports.of(store, entry(B), ME), false);
		assertEquals(List.of(A, B), rows.takeArrived(), "a recount alone replaces the row; a full count fills in the rest");
		assertEquals(MyReports.Status.IN_PROGRESS, rows.row(A).status());
		assertEquals(2, rows.fullCounts());
		assertEquals(2, rows.singleCounts());
	}

	@Test
	void rowsThatArriveReshuffleTheListOnlyWhenTheyMayMoveInIt() throws StoreException {
		List<String> ids = countAll(ME);
		assertFalse(rows.reshuffles(ids), "index order, no filter: each row is updated where it is");
		rows.sortBy(Column.TITLE, true);
		assertFalse(rows.reshuffles(ids));
		rows.sortBy(Column.REVIEWED, true);
		assertTrue(rows.reshuffles(ids), "sorted by a count");
		rows.sortBy(Column.YEAR, false);
		rows.filter(new Filter("", null, null, "done", false));
		assertTrue(rows.reshuffles(ids), "filtered by status");
		rows.filter(new Filter("", null, null, null, true));
		assertFalse(rows.reshuffles(List.of(A, B)), "hers: they stay");
		assertTrue(rows.reshuffles(List.of(C)), "not hers after all: it leaves");
	}

	@Test
	void theTextsAroundTheRows() throws StoreException {
		List<ReportEntry> entries = store.entries();
		assertEquals(List.of("安宁区", "北海市"), rows.regions(List.of(entry(B), entry(C), entry(A))), "Chinese order, no blank");
		assertEquals(List.of("2023", "2021"), ReportRows.years(entries), "the latest first");
		assertEquals(List.of("not started", "in progress", "done", "curated"), ReportRows.statuses());
		assertEquals("3 reports", ReportRows.shown(3, 3));
		assertEquals("1 of 3 reports", ReportRows.shown(1, 3));
		assertEquals("安宁区2021年法治政府建设年度报告\n安宁区 2021, corpus status pre-annotated", ReportRows.tip(entry(A)));
		assertEquals("(untitled " + C + ")\n , corpus status curated", ReportRows.tip(entry(C)));
		assertEquals("", ReportRows.statusName(null));
		assertEquals("in progress", ReportRows.statusName(ReportStatus.IN_PROGRESS));
		assertEquals("Suggestions you (王芳) have decided on / suggestions of the pre-annotator", ReportRows.headerTip(Column.REVIEWED, ME));
		assertEquals("Suggestions you have decided on / suggestions of the pre-annotator", ReportRows.headerTip(Column.REVIEWED, null));
		assertNull(ReportRows.headerTip(Column.TITLE, ME));
		assertEquals(List.of("Title", "Region", "Year", "Status", "Annotators", "Reviewed", "Arrived"),
				List.of(Column.values()).stream().map(Column::header).toList());
	}

	@Test
	void theArrivedColumnNamesWhatTheLastSyncBroughtAndForgetsTheOneBefore() {
		rows.synced(List.of(new Arrival(A, "李娜", true, Set.of("李娜")), new Arrival(A, "张伟", true, Set.of("张伟")),
				new Arrival(A, "gold", false, Set.of("王芳")), new Arrival(B, "李娜", false, Set.of("李娜"))));
		assertEquals("new 李娜, 张伟; changed gold (王芳)", rows.text(Column.ARRIVED, entry(A)));
		assertEquals("changed 李娜", rows.text(Column.ARRIVED, entry(B)));
		assertEquals("", rows.text(Column.ARRIVED, entry(C)));

		rows.synced(List.of(new Arrival(C, "李娜", true, Set.of("李娜"))));
		assertEquals("", rows.text(Column.ARRIVED, entry(A)), "the sync before is forgotten");
		assertEquals("new 李娜", rows.text(Column.ARRIVED, entry(C)));
	}
}
