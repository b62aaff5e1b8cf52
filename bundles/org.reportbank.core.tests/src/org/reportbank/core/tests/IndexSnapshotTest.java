package org.reportbank.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.importing.CorpusImporter;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.model.Corpus;
import org.reportbank.model.Report;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.ReportStatus;

/**
 * The index a reader holds (a view on the UI thread while a job writes) is a snapshot: a write
 * session changes a copy of its own, published whole on commit and dropped on failure.
 */
class IndexSnapshotTest {

	@TempDir
	Path dir;

	@Test
	void aSessionsChangesAreSeenOnlyAfterItsCommit() throws Exception {
		CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		new CorpusImporter().importFiles(store, List.of(SeedReportsTest.seed("")), new NullProgressMonitor());
		Corpus before = store.corpus();
		ReportEntry first = before.getEntries().get(0);
		String title = first.getTitle();
		try (CorpusStore.WriteSession session = store.beginWrite("test")) {
			assertNotSame(before, session.corpus(), "the session edits its own copy");
			session.corpus().setAnnotatorsPerReport(3);
			session.corpus().getEntries().get(0).setTitle("changed");
			assertSame(before, store.corpus(), "nothing is published before the commit");
			assertEquals(title, store.entry(first.getId()).orElseThrow().getTitle());
			assertFalse(before.getAnnotatorsPerReport() == 3, "the snapshot held is unchanged");
			session.commit();
		}
		assertNotSame(before, store.corpus());
		assertEquals(3, store.corpus().getAnnotatorsPerReport());
		assertEquals("changed", store.entry(first.getId()).orElseThrow().getTitle());
		assertEquals(title, first.getTitle(), "an old snapshot stays as it was read");
	}

	@Test
	void aSessionClosedWithoutCommitLeavesThePublishedIndexAlone() throws Exception {
		CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		Corpus before = store.corpus();
		try (CorpusStore.WriteSession session = store.beginWrite("test")) {
			session.corpus().setAnnotatorsPerReport(5);
		}
		assertSame(before, store.corpus());
		assertFalse(store.corpus().getAnnotatorsPerReport() == 5);
		assertEquals(before.getAnnotatorsPerReport(), CorpusStore.open(dir.resolve("corpus")).corpus().getAnnotatorsPerReport());
	}

	/**
	 * A command has no other reader: the index it opened is let go while a session writes, so a
	 * session over 100,000 reports holds one copy of the index, not two. The session's copy answers
	 * entry lookups meanwhile; a read of the whole index is refused rather than answered from a
	 * half-written copy; a commit publishes the session's copy, a close without one reads the
	 * index back as it is on disk.
	 */
	@Test
	void aCommandsStoreHoldsOneCopyOfTheIndexWhileItWrites() throws Exception {
		Path folder = dir.resolve("corpus");
		new CorpusImporter().importFiles(CorpusStore.openOrCreate(folder), List.of(SeedReportsTest.seed("")),
				new NullProgressMonitor());
		CorpusStore store = CorpusStore.open(folder, CorpusStore.Readers.NONE_DURING_WRITES);
		String id = store.entries().get(0).getId();
		WeakReference<Corpus> opened = new WeakReference<>(store.corpus());
		try (CorpusStore.WriteSession session = store.beginWrite("test")) {
			assertTrue(isCollected(opened), "the index read at open is no longer held");
			assertThrows(IllegalStateException.class, store::corpus);
			assertSame(session.entry(id).orElseThrow(), store.entry(id).orElseThrow(), "lookups go to the session's copy");
			Report report = store.loadReport(id);
			report.setStatus(ReportStatus.DONE);
			session.saveReportFile(report);
			session.commit();
		}
		assertSame(ReportStatus.DONE, store.entry(id).orElseThrow().getStatus(), "the commit publishes the session's copy");

		try (CorpusStore.WriteSession session = store.beginWrite("test")) {
			session.corpus().setAnnotatorsPerReport(7);
		}
		assertFalse(store.corpus().getAnnotatorsPerReport() == 7, "without a commit the index is read back as it is on disk");
		assertSame(ReportStatus.DONE, store.entry(id).orElseThrow().getStatus());
	}

	private static boolean isCollected(WeakReference<?> reference) throws InterruptedException {
		for (int i = 0; i < 20 && reference.get() != null; i++) {
			System.gc();
			Thread.sleep(10);
		}
		return reference.get() == null;
	}

	@Test
	void theEntriesOfASnapshotCannotBeChangedThroughTheStore() throws Exception {
		CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		assertThrows(UnsupportedOperationException.class, () -> store.entries().clear());
	}

	@Test
	void writesToOneCorpusShareOneSchedulingRuleAndOtherCorporaDoNot() throws Exception {
		CorpusStore one = CorpusStore.openOrCreate(dir.resolve("one"));
		CorpusStore again = CorpusStore.open(dir.resolve("one"));
		CorpusStore other = CorpusStore.openOrCreate(dir.resolve("other"));
		assertTrue(one.writeRule().isConflicting(again.writeRule()));
		assertTrue(one.writeRule().contains(again.writeRule()));
		assertFalse(one.writeRule().isConflicting(other.writeRule()));
	}
}
