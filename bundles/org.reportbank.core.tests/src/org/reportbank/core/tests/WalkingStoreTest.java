package org.reportbank.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.importing.CorpusImporter;
import org.reportbank.core.stats.ReportWalk;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.EntryCursor;
import org.reportbank.core.store.StoreException;
import org.reportbank.model.DocumentKind;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.ReportStatus;

/**
 * A store opened to walk its reports (stats, export, agreement on the command line) reads the
 * index's entries from the file one at a time instead of holding them: the same entries as the
 * loaded index, the same refusals of a bad index, and memory that does not keep what was walked.
 */
class WalkingStoreTest {

	@TempDir
	Path dir;

	/** The three seeds, one pre-annotated, one with no year, one a congress report: every field of an entry in use. */
	private CorpusStore seeds() throws Exception {
		CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		new CorpusImporter().importFiles(store, List.of(SeedReportsTest.seed("")), new NullProgressMonitor());
		try (CorpusStore.WriteSession session = store.beginWrite("fields")) {
			List<ReportEntry> entries = session.corpus().getEntries();
			entries.get(0).setStatus(ReportStatus.PREANNOTATED);
			entries.get(1).setYear(null);
			entries.get(2).setDocumentKind(DocumentKind.values()[DocumentKind.values().length - 1]);
			entries.get(2).setTitle("<带&\"引号\"的标题>");
			session.commit();
		}
		return store;
	}

	@Test
	void aWalkReadsTheEntriesTheLoadedIndexHoldsInTheSameOrder() throws Exception {
		CorpusStore loaded = CorpusStore.open(seeds().directory());
		CorpusStore walking = CorpusStore.openToWalk(loaded.directory());

		List<ReportEntry> walked = new ArrayList<>();
		try (EntryCursor cursor = walking.walkEntries()) {
			for (ReportEntry entry = cursor.next(); entry != null; entry = cursor.next()) {
				walked.add(entry);
			}
		}

		assertEquals(3, walking.reportCount());
		assertEquals(loaded.entries().size(), walked.size());
		for (int i = 0; i < walked.size(); i++) {
			assertTrue(EcoreUtil.equals(loaded.entries().get(i), walked.get(i)),
					"entry " + i + ": " + loaded.entries().get(i) + " read as " + walked.get(i));
		}
		assertNull(walked.get(1).getYear());
		assertEquals("<带&\"引号\"的标题>", walked.get(2).getTitle());
		assertTrue(EcoreUtil.equals(loaded.corpus().getLabelSet(), walking.corpus().getLabelSet()), "the label set is read");
		assertTrue(walking.corpus().getEntries().isEmpty(), "the entries are not held");
	}

	@Test
	void aWalkingStoreVisitsEveryReportAndNeitherListsNorWrites() throws Exception {
		CorpusStore walking = CorpusStore.openToWalk(seeds().directory());
		List<String> ids = new ArrayList<>();
		String[] task = new String[1];

		ReportWalk.Walked walked = ReportWalk.all(walking, "Reading %d reports", new NullProgressMonitor() {
			@Override
			public void beginTask(String name, int totalWork) {
				task[0] = name;
			}
		}, (entry, report) -> ids.add(entry.getId() + " " + report.getId()));

		assertEquals(3, walked.read());
		assertEquals("Reading 3 reports", task[0]);
		assertEquals(CorpusStore.open(walking.directory()).entries().stream().map(e -> e.getId() + " " + e.getId()).toList(), ids);
		assertThrows(IllegalStateException.class, walking::entries);
		assertThrows(IllegalStateException.class, () -> walking.entry("0123456789abcdef"));
		assertThrows(IllegalStateException.class, () -> walking.beginWrite("import"));
	}

	@Test
	void aWalkDoesNotKeepTheEntriesItRead() throws Exception {
		Path corpus = LargeIndex.withEntries(dir.resolve("large"), 5_000);
		CorpusStore walking = CorpusStore.openToWalk(corpus);
		assertEquals(5_000, walking.reportCount());

		List<WeakReference<ReportEntry>> read = new ArrayList<>();
		try (EntryCursor cursor = walking.walkEntries()) {
			for (ReportEntry entry = cursor.next(); entry != null; entry = cursor.next()) {
				read.add(new WeakReference<>(entry));
			}
		}
		// the same count on a store that loaded the index: everything it read is still held
		CorpusStore loaded = CorpusStore.open(corpus);
		List<WeakReference<ReportEntry>> held = new ArrayList<>();
		try (EntryCursor cursor = loaded.walkEntries()) {
			for (ReportEntry entry = cursor.next(); entry != null; entry = cursor.next()) {
				held.add(new WeakReference<>(entry));
			}
		}
		System.gc();
		Thread.sleep(100);
		System.gc();

		assertEquals(5_000, read.size());
		long stillHeld = read.stream().filter(r -> r.get() != null).count();
		assertTrue(stillHeld <= 10, stillHeld + " of 5,000 walked entries are still held");
		assertEquals(5_000, held.stream().filter(r -> r.get() != null).count(), "the loaded index holds every entry");
		assertEquals(5_000, loaded.entries().size());
	}

	@Test
	void aBadIndexIsRefusedAsOpeningRefusesIt() throws Exception {
		Path twice = LargeIndex.withEntries(dir.resolve("large"), 2);
		Path index = twice.resolve(CorpusStore.INDEX_FILE);
		String text = Files.readString(index);
		Files.writeString(index, text.replace("id=\"0000000000000001\"", "id=\"0000000000000000\""));
		StoreException duplicate = assertThrows(StoreException.class, () -> CorpusStore.openToWalk(twice));
		assertEquals(assertThrows(StoreException.class, () -> CorpusStore.open(twice)).getMessage(), duplicate.getMessage());
		assertTrue(duplicate.getMessage().contains("listed twice"), duplicate.getMessage());

		Files.writeString(index, text.replace("id=\"0000000000000001\"", "id=\"../../etc\""));
		StoreException escaping = assertThrows(StoreException.class, () -> CorpusStore.openToWalk(twice));
		assertTrue(escaping.getMessage().contains("is not a Reportbank id"), escaping.getMessage());

		Files.writeString(index, text.replace("sectionCount=\"3\"", "sectionCount=\"3\" pages=\"9\""));
		StoreException unknown = assertThrows(StoreException.class, () -> CorpusStore.openToWalk(twice));
		assertTrue(unknown.getMessage().contains("'pages'") && unknown.getMessage().contains("line "), unknown.getMessage());

		Files.writeString(index, text.replace("characters=\"120\"", "characters=\"many\""));
		StoreException value = assertThrows(StoreException.class, () -> CorpusStore.openToWalk(twice));
		assertTrue(value.getMessage().contains("'many'"), value.getMessage());

		Files.writeString(index, text.replaceFirst("\\?>", "?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"));
		StoreException doctype = assertThrows(StoreException.class, () -> CorpusStore.openToWalk(twice));
		assertTrue(doctype.getMessage().contains(CorpusStore.INDEX_FILE), doctype.getMessage());
	}
}
