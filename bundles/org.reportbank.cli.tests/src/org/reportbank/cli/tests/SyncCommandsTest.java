package org.reportbank.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.SpanStatus;
import org.reportbank.testing.Fixtures;

/** share, clone and sync as a team types them: one person shares, another clones, work goes both ways. */
class SyncCommandsTest extends CliRun {

	@TempDir
	Path dir;

	@Test
	void onePersonSharesAnotherClonesAndTheirWorkArrivesNamedWithItsAuthor() throws Exception {
		Path bare = dir.resolve("team.git");
		try (Git git = Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call()) {
			// an empty remote, as a server's new repository is
		}
		String remote = bare.toUri().toString();
		Path wang = dir.resolve("wang");
		Path li = dir.resolve("li");
		assertEquals(0, run("import", seeds(), "--corpus", wang.toString()), err);

		assertEquals(0, run("share", "--corpus", wang.toString(), "--remote", remote, "--as", "王芳"), err);
		assertTrue(out.contains("reportbank clone " + remote), out);
		assertEquals(0, run("clone", remote, "--corpus", li.toString()), err);
		assertEquals(0, run("stats", "--corpus", li.toString()), "the clone is a working corpus: " + err);

		String reportId = CorpusStore.open(li).entries().get(0).getId();
		CorpusStore store = CorpusStore.open(li);
		Report report = store.loadReport(reportId);
		Layer layer = Fixtures.annotator(report, "李娜");
		Fixtures.span(layer, 0, 4, "ORG");
		try (CorpusStore.WriteSession session = store.beginWrite("annotate")) {
			session.saveLayer(reportId, layer);
			session.commit();
		}
		assertEquals(0, run("sync", "--corpus", li.toString(), "--as", "李娜"), err);
		assertTrue(out.startsWith("committed 李娜: 1 file of 1 report, layers 李娜"), out);

		assertEquals(0, run("sync", "--corpus", wang.toString(), "--as", "王芳"), err);
		assertTrue(out.contains("arrived: new 李娜 layer of report " + reportId + " from 李娜"), out);
		assertTrue(CorpusStore.open(wang).loadLayer(reportId, "李娜").isPresent(), "and it is in the corpus");

		assertEquals(1, run("sync", "--corpus", dir.resolve("nowhere").toString()), "not a clone");
		assertTrue(err.contains("is not shared through Git yet: reportbank share"), err);
		assertEquals(2, run("clone", "--corpus", dir.resolve("x").toString()), "no URL");
	}

	@Test
	void theSameGoldSpanChangedByTwoCuratorsIsListedWithBothVersionsAndTakeTheirsFinishesTheSync() throws Exception {
		Path bare = dir.resolve("team.git");
		try (Git git = Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call()) {
			// the team's remote
		}
		Path wang = dir.resolve("wang");
		Path li = dir.resolve("li");
		assertEquals(0, run("import", seeds(), "--corpus", wang.toString()), err);
		String reportId = CorpusStore.open(wang).entries().get(0).getId();
		gold(wang, reportId, "ORG");
		assertEquals(0, run("share", "--corpus", wang.toString(), "--remote", bare.toUri().toString(), "--as", "王芳"), err);
		assertEquals(0, run("clone", bare.toUri().toString(), "--corpus", li.toString()), err);
		gold(wang, reportId, "LAW");
		gold(li, reportId, "PLACE");
		assertEquals(0, run("sync", "--corpus", wang.toString(), "--as", "王芳"), err);

		assertEquals(1, run("sync", "--corpus", li.toString(), "--as", "李娜"), "both changed the span");
		assertTrue(err.contains("the gold layer of report " + reportId) && err.contains("span 0–4")
				&& err.contains("is PLACE, accepted here and LAW, accepted on the remote"), err);
		assertTrue(err.contains("--take mine (or --take theirs)"), err);
		assertEquals(2, run("sync", "--corpus", li.toString(), "--take", "both"), "no such choice");

		assertEquals(0, run("sync", "--corpus", li.toString(), "--as", "李娜", "--take", "theirs"), err);
		assertEquals("LAW", CorpusStore.open(li).loadLayer(reportId, "gold").orElseThrow().getSpans().get(0).getLabel());
	}

	/** One gold span at the start of the report, with this label, saved as curation saves it. */
	private static void gold(Path corpus, String reportId, String label) throws Exception {
		CorpusStore store = CorpusStore.open(corpus);
		Report report = store.loadReport(reportId);
		Layer gold = Fixtures.layer(report, "gold", LayerKind.GOLD);
		gold.getSpans().clear();
		Fixtures.span(gold, "g1", 0, 4, label, SpanStatus.ACCEPTED);
		try (CorpusStore.WriteSession session = store.beginWrite("curate")) {
			session.saveLayer(reportId, gold);
			session.commit();
		}
	}
}
