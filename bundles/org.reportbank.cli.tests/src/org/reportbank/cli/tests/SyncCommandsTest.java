package org.reportbank.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.model.Layer;
import org.reportbank.model.Report;
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
}
