package org.reportbank.ui.tests;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jgit.api.Git;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.importing.CorpusImporter;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.model.Layer;
import org.reportbank.model.Report;
import org.reportbank.sync.CorpusRepository;
import org.reportbank.testing.Fixtures;
import org.reportbank.ui.AnnotatorIdentity;
import org.reportbank.ui.CorpusLifeCycle;
import org.reportbank.ui.corpus.CorpusNavigatorPart;
import org.reportbank.ui.presenters.ReportRows.Column;
import org.reportbank.ui.widgets.StatusLineMessage;

/**
 * Team > Synchronize in the real workbench: a colleague's layer, pushed from another clone through
 * a real bare repository, arrives, and the navigator says in which report and from whom.
 */
class TeamSyncWorkbenchTest {

	@TempDir
	Path dir;

	@Test
	void synchronizeBringsAColleaguesLayerAndTheNavigatorNamesIt() throws Exception {
		Path bare = dir.resolve("team.git");
		try (Git git = Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call()) {
			// the team's remote
		}
		Path wang = dir.resolve("wang");
		new CorpusImporter().importFiles(CorpusStore.openOrCreate(wang), List.of(Fixtures.seeds()), new NullProgressMonitor());
		CorpusRepository.share(wang, bare.toUri().toString(), "王芳", new NullProgressMonitor());
		Path li = CorpusRepository.cloneInto(bare.toUri().toString(), dir.resolve("li"), new NullProgressMonitor()).directory();
		CorpusStore theirs = CorpusStore.open(li);
		String reportId = theirs.entries().get(1).getId();
		Report report = theirs.loadReport(reportId);
		Layer layer = Fixtures.annotator(report, "李娜");
		Fixtures.span(layer, 0, 4, "ORG");
		try (CorpusStore.WriteSession session = theirs.beginWrite("annotate")) {
			session.saveLayer(reportId, layer);
			session.commit();
		}
		CorpusRepository.open(li).sync("李娜", new NullProgressMonitor());

		System.setProperty(CorpusLifeCycle.CORPUS_PROPERTY, wang.toString());
		System.setProperty(AnnotatorIdentity.PROPERTY, "王芳");
		TestWorkbench bench = TestWorkbench.create();
		UiDriver driver = new UiDriver(bench.display);
		bench.drive(driver, () -> {
			CorpusNavigatorPart navigator = (CorpusNavigatorPart) driver.ui(() -> bench.part(CorpusNavigatorPart.ID));
			StatusLineMessage status = driver.ui(() -> bench.statusLine());
			driver.ui(() -> bench.execute("org.reportbank.ui.command.synchronize", Map.of()));
			driver.waitFor("the status line says what arrived: " + driver.ui(() -> status.text()),
					() -> status.text().startsWith("Synchronized: ") && status.text().contains("new 李娜 layer of report " + reportId),
					60_000);
			driver.waitFor("the navigator's Arrived column names the report and the layer",
					() -> arrivedIn(navigator, reportId).equals("new 李娜"), 10_000);
			driver.check("and no other report", driver.ui(() -> List.of(navigator.viewer().getTable().getItems()).stream()
					.filter(item -> !item.getText(Column.ARRIVED.ordinal()).isEmpty()).count()) == 1);
			driver.check("the colleague's layer is in this corpus now", CorpusStore.open(wang).loadLayer(reportId, "李娜").isPresent());
		});
	}

	private static String arrivedIn(CorpusNavigatorPart navigator, String reportId) {
		for (TableItem item : navigator.viewer().getTable().getItems()) {
			if (item.getData() instanceof org.reportbank.model.ReportEntry entry && entry.getId().equals(reportId)) {
				return item.getText(Column.ARRIVED.ordinal());
			}
		}
		return "";
	}
}
