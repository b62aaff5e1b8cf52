package org.reportbank.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.importing.CorpusImporter;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;

/**
 * What a commit killed between its journal and its last rename leaves, finished by the next
 * opening: journals in the layout this version writes (staged files at their corpus paths under
 * {@code staging/TX/put/}) and in the numbered layout of the version before, and journals that
 * were tampered with, refused without renaming anything.
 */
class CommitJournalTest {

	private static final String TX = "0123456789abcdef";

	@TempDir
	Path dir;

	private Path corpusDir;
	private String id;
	private Path reportFile;
	private String original;

	@BeforeEach
	void importOneSeed() throws Exception {
		corpusDir = dir.resolve("corpus");
		CorpusStore store = CorpusStore.openOrCreate(corpusDir);
		new CorpusImporter().importFiles(store, List.of(SeedReportsTest.seed("000_2d72018e1f56853b.txt")), new NullProgressMonitor());
		id = store.entries().get(0).getId();
		reportFile = corpusDir.resolve("reports").resolve(id).resolve("report.xmi");
		original = Files.readString(reportFile, StandardCharsets.UTF_8);
	}

	/** The report file with another title, as a save would have staged it. */
	private String retitled() {
		return original.replaceFirst(" title=\"[^\"]*\"", " title=\"改过的标题\"");
	}

	private Path machine() {
		return corpusDir.resolve(".reportbank");
	}

	private void writeJournal(String... lines) throws Exception {
		Files.writeString(machine().resolve("commit-" + TX), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
	}

	@Test
	void aCommitKilledBeforeItsFirstRenameIsFinishedByTheNextOpening() throws Exception {
		Path staged = machine().resolve("staging/" + TX + "/put/reports/" + id + "/report.xmi");
		Files.createDirectories(staged.getParent());
		Files.writeString(staged, retitled(), StandardCharsets.UTF_8);
		writeJournal("reportbank commit 2", "purpose\tsave", "put\treports/" + id + "/report.xmi");

		CorpusStore reopened = CorpusStore.open(corpusDir);

		assertEquals("改过的标题", reopened.loadReport(id).getTitle());
		assertEquals(List.of("finished an interrupted write (save)"), reopened.takeRepairs());
		assertFalse(Files.exists(machine().resolve("commit-" + TX)));
		assertFalse(Files.exists(machine().resolve("staging/" + TX)), "the staging folder goes with its journal");
	}

	@Test
	void aCommitKilledHalfWayIsFinishedAndTheFilesAlreadyRenamedStayNew() throws Exception {
		// the report file was renamed already (the old one set aside); the index, last, was not
		Path put = machine().resolve("staging/" + TX + "/put");
		Files.createDirectories(put.resolve("reports").resolve(id));
		Files.move(reportFile, put.resolve("reports/" + id + "/report.xmi~replaced"));
		Files.writeString(reportFile, retitled(), StandardCharsets.UTF_8);
		String index = Files.readString(corpusDir.resolve("corpus.xmi"), StandardCharsets.UTF_8);
		Files.writeString(put.resolve("corpus.xmi"), index.replaceFirst("(<entries[^>]* title=\")[^\"]*\"", "$1改过的标题\""),
				StandardCharsets.UTF_8);
		writeJournal("reportbank commit 2", "purpose\tsave", "put\treports/" + id + "/report.xmi", "put\tcorpus.xmi");
		CorpusStore reopened = CorpusStore.open(corpusDir);

		assertEquals("改过的标题", reopened.loadReport(id).getTitle(), "a put already done is not undone");
		assertEquals("改过的标题", reopened.entries().get(0).getTitle(), "the put not yet done is done");
	}

	@Test
	void aJournalOfTheVersionBeforeIsStillFinished() throws Exception {
		Path staging = machine().resolve("staging/" + TX);
		Files.createDirectories(staging);
		Files.writeString(staging.resolve("000001.xmi"), retitled(), StandardCharsets.UTF_8);
		writeJournal("reportbank commit 1", "purpose\tpre-annotation", "put\t000001.xmi\treports/" + id + "/report.xmi");

		CorpusStore reopened = CorpusStore.open(corpusDir);

		assertEquals("改过的标题", reopened.loadReport(id).getTitle());
		assertFalse(Files.exists(staging));
	}

	@Test
	void aJournalNamingAPathOutsideTheCorpusIsRefusedAndNothingIsRenamed() throws Exception {
		Path staged = machine().resolve("staging/" + TX + "/put/reports/" + id + "/report.xmi");
		Files.createDirectories(staged.getParent());
		Files.writeString(staged, retitled(), StandardCharsets.UTF_8);
		writeJournal("reportbank commit 2", "purpose\tsave", "put\treports/" + id + "/report.xmi", "put\t../../outside.xmi");

		StoreException refused = assertThrows(StoreException.class, () -> CorpusStore.openOrCreate(corpusDir).beginWrite("test"));

		assertTrue(refused.getMessage().contains("commit-" + TX) && refused.getMessage().contains("no file of a corpus"),
				refused.getMessage());
		assertEquals(original, Files.readString(reportFile, StandardCharsets.UTF_8), "not even the good line was applied");
		assertFalse(Files.exists(dir.resolve("outside.xmi")));
	}
}
