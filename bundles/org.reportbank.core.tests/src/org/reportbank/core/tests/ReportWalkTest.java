package org.reportbank.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.importing.CorpusImporter;
import org.reportbank.core.stats.ConsistencyFindings;
import org.reportbank.core.stats.CorpusStatistics;
import org.reportbank.core.stats.ReportWalk;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.testing.Fixtures;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.SpanStatus;

/** The one walk over a corpus's reports: a broken report is passed over and named, the others are read. */
class ReportWalkTest {

	@TempDir
	Path dir;

	/** The seeds (three reports), the second with a layer of 王芳. */
	private CorpusStore seeds() throws Exception {
		CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		new CorpusImporter().importFiles(store, List.of(SeedReportsTest.seed("")), new NullProgressMonitor());
		Report second = store.loadReport(store.entries().get(1).getId());
		ReviewProgressTest.span(Fixtures.layer(second, "王芳", LayerKind.ANNOTATOR), "a0", SpanStatus.ACCEPTED, null);
		store.save(second);
		return CorpusStore.open(store.directory());
	}

	private static Path reportFile(CorpusStore store, int index) {
		return store.directory().resolve("reports").resolve(store.entries().get(index).getId()).resolve("report.xmi");
	}

	/** Cuts a file in half, as a full disk or a killed copy leaves it. */
	static void truncate(Path file) throws Exception {
		byte[] bytes = Files.readAllBytes(file);
		Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
	}

	@Test
	void aTruncatedReportIsPassedOverAndNamedByItsFileTheOthersAreRead() throws Exception {
		CorpusStore store = seeds();
		String broken = store.entries().get(0).getId();
		truncate(reportFile(store, 0));

		List<String> visited = new ArrayList<>();
		ReportWalk.Walked walked = ReportWalk.each(store, store.entries(), "test", new NullProgressMonitor(),
				(entry, report) -> visited.add(report.getId()));

		assertEquals(List.of(store.entries().get(1).getId(), store.entries().get(2).getId()), visited);
		assertEquals(2, walked.read());
		assertFalse(walked.cancelled());
		assertEquals(1, walked.unreadable().size());
		ReportWalk.Unreadable unreadable = walked.unreadable().get(0);
		assertEquals(broken, unreadable.reportId());
		assertEquals(Path.of("reports", broken, "report.xmi"), unreadable.file(), "relative to the corpus folder");
		assertTrue(unreadable.problem().startsWith("reports/" + broken + "/report.xmi: "), unreadable.problem());
		assertFalse(unreadable.problem().contains(store.directory().toString()), "no absolute path: " + unreadable.problem());
		assertFalse(unreadable.problem().contains("Exception"), unreadable.problem());
		assertTrue(ReportWalk.describe(walked.unreadable()).startsWith("1 report could not be read and is left out: reports/"));
	}

	@Test
	void aGarbageLayerNamesTheLayerFile() throws Exception {
		CorpusStore store = seeds();
		String id = store.entries().get(1).getId();
		Path layers = store.directory().resolve("reports").resolve(id).resolve("layers");
		Path layer;
		try (var files = Files.list(layers)) {
			layer = files.filter(f -> f.getFileName().toString().endsWith(".xmi")).findFirst().orElseThrow();
		}
		Files.writeString(layer, "\u001b[2Jgarbage, not XML", StandardCharsets.UTF_8);

		ReportWalk.Walked walked = ReportWalk.each(store, store.entries(), "test", new NullProgressMonitor(), (entry, report) -> {
		});

		assertEquals(2, walked.read());
		ReportWalk.Unreadable unreadable = walked.unreadable().get(0);
		assertEquals(store.directory().relativize(layer), unreadable.file());
		assertTrue(unreadable.problem().startsWith("reports/" + id + "/layers/"), unreadable.problem());
		assertFalse(unreadable.problem().chars().anyMatch(c -> c < 0x20), "one line, no control characters: " + unreadable.problem());
	}

	@Test
	void theStatisticsCountTheOthersAndNameTheBrokenOne() throws Exception {
		CorpusStore store = seeds();
		long charactersOfOthers = store.entries().get(1).getCharacters() + store.entries().get(2).getCharacters();
		truncate(reportFile(store, 0));

		CorpusStatistics.Counts counts = new CorpusStatistics().count(store, new NullProgressMonitor());

		assertEquals(2, counts.reports());
		assertEquals(charactersOfOthers, counts.characters(), "the broken report's index figures are left out too");
		assertEquals(1, counts.spans(), "王芳's span in the second report");
		assertEquals(List.of(store.entries().get(0).getId()), counts.unreadable().stream().map(ReportWalk.Unreadable::reportId).toList());
	}

	@Test
	void findingsForAViewAreReadToTheEndThenTheBrokenOnesNamed() throws Exception {
		CorpusStore store = seeds();
		truncate(reportFile(store, 0));
		truncate(reportFile(store, 2));
		StoreException e = assertThrows(StoreException.class, () -> ConsistencyFindings.list(store, new NullProgressMonitor()));
		assertTrue(e.getMessage().startsWith("2 reports could not be read and are left out: reports/" + store.entries().get(0).getId()),
				e.getMessage());
		assertTrue(e.getMessage().contains("; reports/" + store.entries().get(2).getId() + "/report.xmi"), e.getMessage());
	}

	@Test
	void cancellingStopsAfterTheReportInHand() throws Exception {
		CorpusStore store = seeds();
		NullProgressMonitor monitor = new NullProgressMonitor();
		ReportWalk.Walked walked = ReportWalk.each(store, store.entries(), "test", monitor, (entry, report) -> monitor.setCanceled(true));
		assertTrue(walked.cancelled());
		assertEquals(1, walked.read());
	}

	@Test
	void aStoreFailureThatIsNotOneReportsEndsTheWalk() throws Exception {
		CorpusStore store = seeds();
		ReportEntry notAnId = ReportbankFactory.eINSTANCE.createReportEntry();
		notAnId.setId("../../etc");
		List<ReportEntry> entries = List.of(store.entries().get(0), notAnId, store.entries().get(1));
		List<String> visited = new ArrayList<>();
		assertThrows(StoreException.class, () -> ReportWalk.each(store, entries, "test", new NullProgressMonitor(),
				(entry, report) -> visited.add(entry.getId())));
		assertEquals(List.of(store.entries().get(0).getId()), visited);
	}

	@Test
	void whatTheVisitThrowsEndsTheWalk() throws Exception {
		CorpusStore store = seeds();
		java.io.IOException full = new java.io.IOException("No space left on device");
		java.io.IOException thrown = assertThrows(java.io.IOException.class,
				() -> ReportWalk.each(store, store.entries(), "test", new NullProgressMonitor(), (entry, report) -> {
					throw full;
				}));
		assertEquals(full, thrown);
	}
}
