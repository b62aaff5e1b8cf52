package org.reportbank.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jgit.api.Git;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.importing.CorpusImporter;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.SpanStatus;
import org.reportbank.sync.CorpusRepository;
import org.reportbank.testing.Fixtures;
import org.reportbank.ui.AnnotatorIdentity;
import org.reportbank.ui.CorpusLifeCycle;
import org.reportbank.ui.annotation.ReportPart;
import org.reportbank.ui.corpus.CorpusNavigatorPart;
import org.reportbank.ui.curation.CurationPart;
import org.reportbank.ui.presenters.ReportRows.Column;
import org.reportbank.ui.team.ChooseVersionsDialog;
import org.reportbank.ui.team.GitTokenDialog;
import org.reportbank.ui.team.GitTokens;
import org.reportbank.ui.team.MasterPasswordDialog;
import org.reportbank.ui.team.OpenFromGitDialog;
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
		Path bare = bareRemote("team.git");
		Path wang = sampleCorpus("wang");
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

		TestWorkbench bench = workbench(wang, "王芳");
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

	@Test
	void whatBothCuratorsChangedTwoWaysIsShownWithBothVersionsAndTheChosenOneIsKept() throws Exception {
		Path bare = bareRemote("team.git");
		Path wang = sampleCorpus("wang");
		String reportId = CorpusStore.open(wang).entries().get(0).getId();
		gold(wang, reportId, "ORG");
		CorpusRepository.share(wang, bare.toUri().toString(), "王芳", new NullProgressMonitor());
		Path li = CorpusRepository.cloneInto(bare.toUri().toString(), dir.resolve("li"), new NullProgressMonitor()).directory();
		gold(li, reportId, "PLACE");
		CorpusRepository.open(li).sync("李娜", new NullProgressMonitor());
		gold(wang, reportId, "LAW");

		TestWorkbench bench = workbench(wang, "王芳");
		UiDriver driver = new UiDriver(bench.display);
		bench.drive(driver, () -> {
			StatusLineMessage status = driver.ui(() -> bench.statusLine());
			driver.ui(() -> bench.execute("org.reportbank.ui.command.synchronize", Map.of()));
			Shell chooser = driver.shell(ChooseVersionsDialog.TITLE);
			if (chooser == null) {
				return;
			}
			Table table = driver.ui(() -> Widgets.first(chooser, Table.class));
			List<String> row = driver.ui(() -> List.of(0, 1, 2, 3, 4, 5).stream().map(c -> table.getItem(0).getText(c)).toList());
			String title = CorpusStore.open(wang).entry(reportId).orElseThrow().getTitle();
			driver.expect("one row", 1, driver.ui(() -> table.getItemCount()));
			driver.check("the row names the report's gold layer and the span, with both versions: " + row,
					row.get(1).equals(title) && row.get(2).equals("gold layer") && row.get(3).startsWith("span 0–4 「")
							&& row.get(4).startsWith("LAW") && row.get(5).startsWith("PLACE"));
			Button synchronize = driver.ui(() -> Widgets.button(chooser, "&Synchronize"));
			driver.check("Synchronize waits for a choice", !driver.ui(() -> synchronize.isEnabled()));
			Screenshots.take(driver, chooser, "team-choose-versions");
			driver.ui(() -> Widgets.button(chooser, "Take &Theirs").notifyListeners(SWT.Selection, new Event()));
			driver.expect("the row says what was chosen", "theirs", driver.ui(() -> table.getItem(0).getText(0)));
			driver.ui(() -> synchronize.notifyListeners(SWT.Selection, new Event()));
			driver.waitFor("the sync ran again with the choice: " + driver.ui(() -> status.text()),
					() -> status.text().startsWith("Synchronized: "), 60_000);
			driver.expect("the remote's version is kept", "PLACE",
					CorpusStore.open(wang).loadLayer(reportId, "gold").orElseThrow().getSpans().get(0).getLabel());
		});
	}

	@Test
	void openCorpusFromGitClonesIntoTheProposedFolderAndTheNextStartOpensTheClone() throws Exception {
		Path bare = bareRemote("team-corpus.git");
		Path wang = sampleCorpus("wang");
		CorpusRepository.share(wang, bare.toUri().toString(), "王芳", new NullProgressMonitor());
		Path expected = dir.resolve("team-corpus"); // beside the open corpus, named after the remote

		TestWorkbench bench = workbench(wang, "李娜");
		UiDriver driver = new UiDriver(bench.display);
		bench.drive(driver, () -> {
			driver.ui(() -> bench.display.asyncExec(() -> bench.execute("org.reportbank.ui.command.openFromGit", Map.of())));
			Shell dialog = driver.shell(OpenFromGitDialog.TITLE);
			if (dialog == null) {
				return;
			}
			Button clone = driver.ui(() -> Widgets.button(dialog, "&Clone"));
			driver.check("Clone waits for a URL", !driver.ui(() -> clone.isEnabled()));
			driver.ui(() -> Widgets.first(dialog, Text.class).setText(bare.toUri().toString()));
			driver.expect("the folder proposed beside the open corpus, named after the remote", expected.toString(),
					driver.ui(() -> Widgets.all(dialog, Text.class).get(1).getText()));
			Screenshots.take(driver, dialog, "team-open-from-git");
			driver.ui(() -> clone.notifyListeners(SWT.Selection, new Event()));
			Shell question = driver.shell(OpenFromGitDialog.TITLE); // the clone is done: open it now?
			driver.check("the clone is a working corpus", driver.ui(() -> {
				try {
					return CorpusStore.open(expected).entries().size() == CorpusStore.open(wang).entries().size();
				} catch (Exception e) {
					return false;
				}
			}));
			if (question != null) {
				driver.ui(() -> Widgets.button(question, "&No").notifyListeners(SWT.Selection, new Event()));
			}
		});

		CorpusLifeCycle.openAtNextStart(expected); // what Yes does before the restart
		TestWorkbench restarted = TestWorkbench.create();
		UiDriver second = new UiDriver(restarted.display);
		restarted.drive(second, () -> second.expect("the next start opens the clone", expected,
				second.ui(() -> restarted.workbench.getApplication().getContext().get(CorpusStore.class).directory())));
		TestWorkbench after = TestWorkbench.create();
		UiDriver third = new UiDriver(after.display);
		after.drive(third, () -> third.expect("and only that one: then the start's corpus again", wang,
				third.ui(() -> after.workbench.getApplication().getContext().get(CorpusStore.class).directory())));
	}

	@Test
	void aTokenKeptThroughTeamGitTokenIsWhatTheHttpsRemoteGetsAndItIsNotStoredInTheClear() throws Exception {
		Path bare = bareRemote("team.git");
		Path wang = sampleCorpus("wang");
		CorpusRepository.share(wang, bare.toUri().toString(), "王芳", new NullProgressMonitor());
		Path keyring = dir.resolve("secure_storage");
		System.setProperty(GitTokens.STORAGE_PROPERTY, keyring.toString());
		try (GitOverHttp hosting = new GitOverHttp(bare, "glpat-s3cret-token")) {
			try (Git git = Git.open(wang.toFile())) {
				git.getRepository().getConfig().setString("remote", "origin", "url", hosting.url());
				git.getRepository().getConfig().save();
			}
			TestWorkbench bench = workbench(wang, "王芳");
			UiDriver driver = new UiDriver(bench.display);
			bench.drive(driver, () -> {
				StatusLineMessage status = driver.ui(() -> bench.statusLine());
				driver.ui(() -> bench.display.asyncExec(() -> bench.execute("org.reportbank.ui.command.gitToken", Map.of())));
				Shell tokenDialog = driver.shell(GitTokenDialog.TITLE);
				if (tokenDialog == null) {
					return;
				}
				List<Text> fields = driver.ui(() -> Widgets.all(tokenDialog, Text.class));
				driver.expect("the host proposed from the corpus's remote", "127.0.0.1", driver.ui(() -> fields.get(0).getText()));
				driver.ui(() -> fields.get(1).setText("glpat-s3cret-token"));
				Screenshots.take(driver, tokenDialog, "team-git-token");
				driver.ui(() -> Widgets.button(tokenDialog, "&Save").notifyListeners(SWT.Selection, new Event()));
				Shell master = driver.shell(MasterPasswordDialog.TITLE); // a new storage: the password, twice
				if (master == null) {
					return;
				}
				driver.ui(() -> Widgets.all(master, Text.class).forEach(field -> field.setText("correct horse")));
				driver.ui(() -> Widgets.button(master, "OK").notifyListeners(SWT.Selection, new Event()));
				driver.waitFor("the token is kept: " + driver.ui(() -> status.text()),
						() -> status.text().equals("The token for 127.0.0.1 is kept in secure storage"), 10_000);

				driver.ui(() -> bench.execute("org.reportbank.ui.command.synchronize", Map.of()));
				driver.waitFor("the sync reached the hosting with the token: " + driver.ui(() -> status.text()),
						() -> status.text().startsWith("Synchronized: "), 60_000);
			});
			assertTrue(hosting.refused > 0, "the hosting asked for the token first");
			String stored = java.nio.file.Files.readString(keyring);
			assertTrue(!stored.contains("glpat-s3cret-token"), "the token is encrypted in the storage");
			assertTrue(stored.contains("git-tokens"), stored);
			try (var corpusFiles = java.nio.file.Files.walk(wang)) {
				assertTrue(corpusFiles.filter(java.nio.file.Files::isRegularFile).noneMatch(f -> {
					try {
						return java.nio.file.Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1).contains("glpat-s3cret");
					} catch (java.io.IOException e) {
						return false;
					}
				}), "and it is nowhere in the corpus or its .git");
			}
		} finally {
			System.clearProperty(GitTokens.STORAGE_PROPERTY);
		}
	}

	@Test
	void theCurationViewCountsAColleaguesLayerThatASyncBroughtForItsReport() throws Exception {
		Path bare = bareRemote("team.git");
		Path wang = sampleCorpus("wang");
		String reportId = CorpusStore.open(wang).entries().get(0).getId();
		annotatorSpan(wang, reportId, "王芳", "ORG");
		CorpusRepository.share(wang, bare.toUri().toString(), "王芳", new NullProgressMonitor());
		Path li = CorpusRepository.cloneInto(bare.toUri().toString(), dir.resolve("li"), new NullProgressMonitor()).directory();
		annotatorSpan(li, reportId, "李娜", "LOC");
		CorpusRepository.open(li).sync("李娜", new NullProgressMonitor());

		TestWorkbench bench = workbench(wang, "curator");
		UiDriver driver = new UiDriver(bench.display);
		bench.drive(driver, () -> {
			ReportPart editor = (ReportPart) driver.ui(() -> bench.part(ReportPart.ID));
			driver.ui(() -> editor.open(reportId));
			driver.waitFor("the report is shown", () -> editor.session() != null, 20_000);
			driver.ui(() -> bench.execute("org.reportbank.ui.command.curate", Map.of())); // Corpus > Curate Report
			CurationPart curation = (CurationPart) driver.ui(() -> bench.part(CurationPart.ID));
			driver.waitFor("the curation is shown", () -> curation.session() != null, 20_000);
			driver.expect("one annotator before the sync", List.of("王芳"), driver.ui(() -> curation.session().annotators()));
			StatusLineMessage status = driver.ui(() -> bench.statusLine());
			driver.ui(() -> bench.execute("org.reportbank.ui.command.synchronize", Map.of()));
			driver.waitFor("synchronized: " + driver.ui(() -> status.text()), () -> status.text().startsWith("Synchronized: "), 60_000);
			driver.waitFor("the colleague's layer is curated with the others",
					() -> curation.session().annotators().equals(List.of("李娜", "王芳")), 10_000);
			driver.expect("their different labels for the same words are a disagreement", 1,
					driver.ui(() -> curation.session().disagreements().size()));
		});
	}

	/** A span over the report's first four characters in the person's layer, saved as the editor saves it. */
	private static void annotatorSpan(Path corpus, String reportId, String person, String label) throws Exception {
		CorpusStore store = CorpusStore.open(corpus);
		Layer layer = Fixtures.annotator(store.loadReport(reportId), person);
		Fixtures.span(layer, 0, 4, label);
		try (CorpusStore.WriteSession session = store.beginWrite("annotate")) {
			session.saveLayer(reportId, layer);
			session.commit();
		}
	}

	/** A new bare repository in the test's folder: the team's remote. */
	private Path bareRemote(String name) throws Exception {
		Path bare = dir.resolve(name);
		try (Git git = Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call()) {
			return bare;
		}
	}

	/** The sample reports imported into a new folder of the test. */
	private Path sampleCorpus(String name) throws Exception {
		Path corpus = dir.resolve(name);
		new CorpusImporter().importFiles(CorpusStore.openOrCreate(corpus), List.of(Fixtures.seeds()), new NullProgressMonitor());
		return corpus;
	}

	/** A workbench on the corpus, for the person; run it with {@link TestWorkbench#drive}. */
	private static TestWorkbench workbench(Path corpus, String person) {
		System.setProperty(CorpusLifeCycle.CORPUS_PROPERTY, corpus.toString());
		System.setProperty(AnnotatorIdentity.PROPERTY, person);
		return TestWorkbench.create();
	}

	/** One gold span at the start of the report, with this label, saved as curation saves it. */
	private static void gold(Path corpus, String reportId, String label) throws Exception {
		CorpusStore store = CorpusStore.open(corpus);
		Report report = store.loadReport(reportId);
		Layer gold = Fixtures.layer(report, "gold", LayerKind.GOLD);
		Fixtures.span(gold, "g1", 0, 4, label, SpanStatus.ACCEPTED);
		try (CorpusStore.WriteSession session = store.beginWrite("curate")) {
			session.saveLayer(reportId, gold);
			session.commit();
		}
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
