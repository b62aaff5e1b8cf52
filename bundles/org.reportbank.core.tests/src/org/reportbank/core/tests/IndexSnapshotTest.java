package org.reportbank.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.importing.CorpusImporter;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.model.Corpus;
import org.reportbank.model.ReportEntry;

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
