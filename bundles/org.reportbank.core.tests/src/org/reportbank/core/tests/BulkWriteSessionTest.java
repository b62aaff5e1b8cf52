package org.reportbank.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.importing.CorpusImporter;
import org.reportbank.core.importing.ReportImporter;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.CorpusStore.Readers;
import org.reportbank.core.store.EntryCursor;
import org.reportbank.core.store.StoreException;
import org.reportbank.model.Annotator;
import org.reportbank.model.Report;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.ReportStatus;
import org.reportbank.model.ReportbankFactory;

/**
 * A session over many reports on the command line ({@link CorpusStore#beginBulkWrite}) does not
 * hold the index: it must leave exactly the index a held session leaves (byte for byte, so a
 * corpus under Git shows the same change whichever wrote it), and its memory must not grow
 * with the entries of the index.
 */
class BulkWriteSessionTest {

	@TempDir
	Path dir;

	/** The same changes, once in a held session (the workbench's) and once in a bulk one (a command's). */
	@Test
	void aBulkSessionWritesTheIndexAHeldSessionWrites() throws Exception {
		Path held = seedCorpus("held");
		Path bulk = seedCorpus("bulk");

		change(CorpusStore.open(held), false);
		change(CorpusStore.open(bulk, Readers.NONE_DURING_WRITES), true);

		String heldIndex = Files.readString(held.resolve(CorpusStore.INDEX_FILE), StandardCharsets.UTF_8);
		assertEquals(heldIndex, Files.readString(bulk.resolve(CorpusStore.INDEX_FILE), StandardCharsets.UTF_8));
		assertTrue(heldIndex.contains("status=\"preannotated\""), "a changed entry is written");
		assertTrue(heldIndex.contains("year=\"2031\""), "the later change of a new report is kept");
		assertEquals(6, CorpusStore.open(bulk).entries().size());
		assertTrue(heldIndex.indexOf("7fcd1cc95139ab5c") < heldIndex.indexOf(ReportImporter.idOf(text(1))),
				"new reports come after the old ones, in the order they were added");
		assertTrue(heldIndex.indexOf(ReportImporter.idOf(text(1))) < heldIndex.indexOf(ReportImporter.idOf(text(3))));
	}

	private static void change(CorpusStore store, boolean bulk) throws Exception {
		try (CorpusStore.WriteSession session = bulk ? store.beginBulkWrite("change") : store.beginWrite("change")) {
			String first = session.reportIds(List.of()).get(0);
			Report old = store.loadReport(first);
			old.setStatus(ReportStatus.PREANNOTATED);
			session.saveReportFile(old);
			for (int i = 1; i <= 3; i++) {
				session.addReport(new ReportImporter().fromNormalizedText(text(i), "new-" + i + ".txt", "text"));
			}
			Report added = new ReportImporter().fromNormalizedText(text(2), "new-2.txt", "text");
			added.setYear(2031);
			session.saveReportFile(added);
			Annotator annotator = ReportbankFactory.eINSTANCE.createAnnotator();
			annotator.setId("wang");
			annotator.setName("王");
			session.corpus().getAnnotators().add(annotator);

			assertTrue(session.contains(first));
			assertEquals(ReportStatus.PREANNOTATED, session.entry(first).orElseThrow().getStatus());
			assertEquals(Integer.valueOf(2031), session.entry(added.getId()).orElseThrow().getYear());
			assertEquals(6, session.reportIds(List.of()).size());
			assertFalse(session.contains("0123456789abcdef"));
			session.commit();
		}
	}

	/** A report whose title is long enough for EMF to break the entry's line, with characters XML escapes. */
	private static String text(int n) {
		return "某某县" + "关于“法治政府”建设<第" + n + "部分>&工作情况".repeat(6) + "的报告\n一、主要工作\n全年受理案件" + (60 + n) + "件。\n";
	}

	@Test
	void aBulkSessionListsNoEntriesAndRefusesOneAddedToTheList() throws Exception {
		CorpusStore store = CorpusStore.open(seedCorpus("refuse"), Readers.NONE_DURING_WRITES);
		String before = Files.readString(store.directory().resolve(CorpusStore.INDEX_FILE));
		try (CorpusStore.WriteSession session = store.beginBulkWrite("refuse")) {
			assertTrue(session.corpus().getEntries().isEmpty());
			ReportEntry entry = ReportbankFactory.eINSTANCE.createReportEntry();
			entry.setId("0123456789abcdef");
			assertThrows(IllegalStateException.class, () -> session.corpus().getEntries().add(entry));
		}
		assertEquals(before, Files.readString(store.directory().resolve(CorpusStore.INDEX_FILE)), "nothing was committed");
		assertEquals(3, store.corpus().getEntries().size(), "the index is read again after the session");
	}

	/** A command's store reads the whole index only when asked for it, but refuses a bad one at once, as any store does. */
	@Test
	void aCommandsStoreRefusesABadIndexWhenItOpens() throws Exception {
		Path corpus = LargeIndex.withEntries(dir.resolve("twice"), 3);
		Path index = corpus.resolve(CorpusStore.INDEX_FILE);
		Files.writeString(index, Files.readString(index).replace("id=\"0000000000000002\"", "id=\"0000000000000000\""));

		StoreException refused = assertThrows(StoreException.class, () -> CorpusStore.open(corpus, Readers.NONE_DURING_WRITES));

		assertTrue(refused.getMessage().contains("report 0000000000000000 is listed twice"), refused.getMessage());
		assertTrue(refused.getMessage().contains(CorpusStore.INDEX_FILE), refused.getMessage());
	}

	/**
	 * 50,000 entries: a held session's copy of the index takes about 170 bytes an entry here, a bulk
	 * session's ids and changes at most 80, also once it has changed every entry; and the index it
	 * commits says so.
	 */
	@Test
	void aBulkSessionsMemoryDoesNotGrowWithTheIndex() throws Exception {
		int count = 50_000;
		Path corpus = LargeIndex.withEntries(dir.resolve("large"), count);
		long base = usedAfterCollection();
		long bulk;
		CorpusStore store = CorpusStore.open(corpus, Readers.NONE_DURING_WRITES);
		try (CorpusStore.WriteSession session = store.beginBulkWrite("status")) {
			bulk = usedAfterCollection() - base;
			for (String id : session.reportIds(List.of())) {
				Report report = ReportbankFactory.eINSTANCE.createReport();
				report.setId(id);
				report.setText("x");
				report.setStatus(ReportStatus.PREANNOTATED);
				session.updateEntry(report);
			}
			bulk = Math.max(bulk, usedAfterCollection() - base);
			session.commit();
		}
		try (EntryCursor cursor = CorpusStore.openToWalk(corpus).walkEntries()) {
			int read = 0;
			for (ReportEntry entry = cursor.next(); entry != null; entry = cursor.next()) {
				assertEquals(String.format(Locale.ROOT, "%016x", read), entry.getId(), "the index keeps its order");
				assertEquals(ReportStatus.PREANNOTATED, entry.getStatus());
				read++;
			}
			assertEquals(count, read);
		}
		long held;
		try (CorpusStore.WriteSession session = CorpusStore.open(corpus, Readers.NONE_DURING_WRITES).beginWrite("status")) {
			held = usedAfterCollection() - base;
		}

		System.out.printf("index of %d entries: a held session holds %d KB, a bulk session %d KB%n", count, held >> 10, bulk >> 10);
		assertTrue(bulk < 80L * count, "a bulk session over " + count + " entries holds " + (bulk >> 10) + " KB");
		assertTrue(held > 2 * bulk, "a held session holds " + (held >> 10) + " KB, a bulk one " + (bulk >> 10) + " KB");
	}

	private static long usedAfterCollection() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(50);
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private Path seedCorpus(String name) throws Exception {
		CorpusStore store = CorpusStore.openOrCreate(dir.resolve(name).resolve("corpus")); // one name: the index holds it
		try (Stream<Path> seeds = Files.list(SeedReportsTest.seed(""))) {
			new CorpusImporter().importFiles(store, seeds.sorted().toList(), new NullProgressMonitor());
		}
		return store.directory();
	}
}
