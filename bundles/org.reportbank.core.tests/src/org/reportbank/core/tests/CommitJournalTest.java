package org.reportbank.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.importing.CorpusImporter;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;

/**
 * What a commit killed between its journal and its last rename leaves, finished by the next
 * opening: journals in the layout this version writes (staged files side by side in
 * {@code staging/TX/put/}, named after their corpus paths with {@code !} for {@code /}), in the
 * layouts of the versions before (the staged files at their corpus paths below {@code put/};
 * numbered), and journals that were tampered with, refused without renaming anything.
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

	private Path put() {
		return machine().resolve("staging/" + TX + "/put");
	}

	/** What a test does between the staging of a session's files and their commit. */
	private interface BeforeCommit {
		void run() throws Exception;
	}

	/** Stages the report retitled and an empty pre-annotation layer for it, runs {@code beforeCommit}, then commits. */
	private void commitRetitledWithALayer(BeforeCommit beforeCommit) throws Exception {
		CorpusStore store = CorpusStore.open(corpusDir);
		Report report = store.loadReport(id);
		report.setTitle("改过的标题");
		Layer layer = ReportbankFactory.eINSTANCE.createLayer();
		layer.setId("preannotation");
		layer.setKind(LayerKind.PREANNOTATION);
		try (CorpusStore.WriteSession session = store.beginBulkWrite("test")) {
			session.stageReportFile(report);
			session.stageLayer(id, layer, report.getText().length());
			beforeCommit.run();
			session.commit();
		}
	}

	@Test
	void aSessionStagesItsFilesSideBySideWithNoFolderPerReport() throws Exception {
		commitRetitledWithALayer(() -> {
			Path staging;
			try (Stream<Path> transactions = Files.list(machine().resolve("staging"))) {
				staging = transactions.findFirst().orElseThrow().resolve("put");
			}
			try (Stream<Path> staged = Files.list(staging)) {
				assertEquals(List.of("reports!" + id + "!layers!preannotation.xmi", "reports!" + id + "!report.xmi"),
						staged.peek(file -> assertTrue(Files.isRegularFile(file), file + " is a file"))
								.map(file -> file.getFileName().toString()).sorted().toList());
			}
		});

		assertEquals("改过的标题", CorpusStore.open(corpusDir).loadReport(id).getTitle());
		assertTrue(Files.isRegularFile(reportFile.resolveSibling("layers").resolve("preannotation.xmi")));
	}

	@Test
	void aPlainFileWhereTheLayersFolderMustGoFailsTheCommitBeforeAnythingIsRenamed() throws Exception {
		Path layers = reportFile.resolveSibling("layers");

		StoreException refused = assertThrows(StoreException.class,
				() -> commitRetitledWithALayer(() -> Files.writeString(layers, "not a folder", StandardCharsets.UTF_8)));

		assertTrue(refused.getMessage().contains(layers + " is a file where a folder must go"), refused.getMessage());
		assertEquals(original, Files.readString(reportFile, StandardCharsets.UTF_8), "the report file is as it was");
		assertEquals("not a folder", Files.readString(layers, StandardCharsets.UTF_8));
	}

	@Test
	void aFolderWhereALayerFileMustGoFailsTheCommitBeforeAnythingIsRenamed() throws Exception {
		Path layerFile = reportFile.resolveSibling("layers").resolve("preannotation.xmi");

		StoreException refused = assertThrows(StoreException.class,
				() -> commitRetitledWithALayer(() -> Files.createDirectories(layerFile)));

		assertTrue(refused.getMessage().contains(layerFile + " is a folder where a file must go"), refused.getMessage());
		assertEquals(original, Files.readString(reportFile, StandardCharsets.UTF_8), "the report file is as it was");
	}

	/** What a save killed before its first rename leaves: the report retitled, staged where the journal's version puts it, and the journal. */
	private void leaveAKilledSave(String header, Path staged) throws Exception {
		Files.createDirectories(staged.getParent());
		Files.writeString(staged, retitled(), StandardCharsets.UTF_8);
		writeJournal(header, "purpose\tsave", "put\treports/" + id + "/report.xmi");
	}

	@Test
	void aCommitKilledBeforeItsFirstRenameIsFinishedByTheNextOpening() throws Exception {
		leaveAKilledSave("reportbank commit 3", put().resolve("reports!" + id + "!report.xmi"));

		CorpusStore reopened = CorpusStore.open(corpusDir);

		assertEquals("改过的标题", reopened.loadReport(id).getTitle());
		assertEquals(List.of("finished an interrupted write (save)"), reopened.takeRepairs());
		assertFalse(Files.exists(machine().resolve("commit-" + TX)));
		assertFalse(Files.exists(machine().resolve("staging/" + TX)), "the staging folder goes with its journal");
	}

	@Test
	void aCommitKilledHalfWayIsFinishedAndTheFilesAlreadyRenamedStayNew() throws Exception {
		// the report file was renamed already (the old one set aside); the index, last, was not
		Files.createDirectories(put());
		Files.move(reportFile, put().resolve("reports!" + id + "!report.xmi~replaced"));
		Files.writeString(reportFile, retitled(), StandardCharsets.UTF_8);
		String index = Files.readString(corpusDir.resolve("corpus.xmi"), StandardCharsets.UTF_8);
		Files.writeString(put().resolve("corpus.xmi"), index.replaceFirst("(<entries[^>]* title=\")[^\"]*\"", "$1改过的标题\""),
				StandardCharsets.UTF_8);
		writeJournal("reportbank commit 3", "purpose\tsave", "put\treports/" + id + "/report.xmi", "put\tcorpus.xmi");
		CorpusStore reopened = CorpusStore.open(corpusDir);

		assertEquals("改过的标题", reopened.loadReport(id).getTitle(), "a put already done is not undone");
		assertEquals("改过的标题", reopened.entries().get(0).getTitle(), "the put not yet done is done");
	}

	@Test
	void aJournalOfTheVersionBeforeWithItsStagedFilesAtTheirCorpusPathsIsStillFinished() throws Exception {
		leaveAKilledSave("reportbank commit 2", put().resolve("reports/" + id + "/report.xmi"));

		CorpusStore reopened = CorpusStore.open(corpusDir);

		assertEquals("改过的标题", reopened.loadReport(id).getTitle());
		assertFalse(Files.exists(machine().resolve("staging/" + TX)));
	}

	@Test
	void aJournalOfAnOlderVersionWithNumberedFilesIsStillFinished() throws Exception {
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
		Path staged = put().resolve("reports!" + id + "!report.xmi");
		Files.createDirectories(staged.getParent());
		Files.writeString(staged, retitled(), StandardCharsets.UTF_8);
		writeJournal("reportbank commit 3", "purpose\tsave", "put\treports/" + id + "/report.xmi", "put\t../../outside.xmi");

		StoreException refused = assertThrows(StoreException.class, () -> CorpusStore.openOrCreate(corpusDir).beginWrite("test"));

		assertTrue(refused.getMessage().contains("commit-" + TX) && refused.getMessage().contains("no file of a corpus"),
				refused.getMessage());
		assertEquals(original, Files.readString(reportFile, StandardCharsets.UTF_8), "not even the good line was applied");
		assertFalse(Files.exists(dir.resolve("outside.xmi")));
	}
}
