package org.reportbank.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.importing.CorpusImporter;
import org.reportbank.core.store.CorpusStore;

/**
 * A command that made a corpus folder and took nothing in removes it again; anything that is
 * somebody's work or file keeps the folder.
 */
class EmptyCorpusRemovalTest {

	@TempDir
	Path dir;

	private CorpusStore newCorpus() throws Exception {
		return CorpusStore.openOrCreate(dir.resolve("corpus"));
	}

	@Test
	void aNewCorpusOfNoReportsIsRemovedFolderAndAll() throws Exception {
		CorpusStore store = newCorpus();
		new CorpusImporter().importFiles(store, List.of(dir.resolve("missing.txt")), new NullProgressMonitor());
		assertTrue(Files.isRegularFile(store.directory().resolve("corpus.xmi")), "made, and a write ran in it");
		assertTrue(store.removeIfEmpty());
		assertFalse(Files.exists(store.directory()));
	}

	@Test
	void aReportKeepsTheFolder() throws Exception {
		CorpusStore store = newCorpus();
		new CorpusImporter().importFiles(store, List.of(SeedReportsTest.seed("000_2d72018e1f56853b.txt")),
				new NullProgressMonitor());
		assertFalse(store.removeIfEmpty());
		assertEquals(1, CorpusStore.open(store.directory()).reportCount());
	}

	@Test
	void aFileOfTheOwnersAModelOrTheirOwnIgnoresKeepTheFolder() throws Exception {
		CorpusStore store = newCorpus();
		Path notes = Files.writeString(store.directory().resolve("notes.txt"), "mine", StandardCharsets.UTF_8);
		assertFalse(store.removeIfEmpty());
		Files.delete(notes);

		Path model = store.modelFile("perceptron");
		Files.createDirectories(model.getParent());
		Files.writeString(model, "{}", StandardCharsets.UTF_8);
		assertFalse(store.removeIfEmpty());
		Files.delete(model);

		Path ignore = store.directory().resolve(".gitignore");
		Files.writeString(ignore, Files.readString(ignore, StandardCharsets.UTF_8) + "drafts/\n", StandardCharsets.UTF_8);
		assertFalse(store.removeIfEmpty());
		assertTrue(Files.isRegularFile(store.directory().resolve("corpus.xmi")));
		assertTrue(Files.isRegularFile(ignore));
	}
}
