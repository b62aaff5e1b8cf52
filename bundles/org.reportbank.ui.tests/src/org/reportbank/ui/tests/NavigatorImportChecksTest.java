package org.reportbank.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.importing.ImportSummary;
import org.reportbank.core.stats.ConsistencyFindings.Finding;
import org.reportbank.core.stats.ReviewProgress;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.model.CheckVerdict;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.Span;
import org.reportbank.model.SpanOrigin;
import org.reportbank.model.SpanStatus;
import org.reportbank.ui.AnnotatorIdentity;
import org.reportbank.ui.CorpusEvents;
import org.reportbank.ui.CorpusLifeCycle;
import org.reportbank.ui.corpus.ChecksPart;
import org.reportbank.ui.corpus.CorpusNavigatorPart;
import org.reportbank.ui.annotation.ReportPart;
import org.reportbank.ui.corpus.ImportReportsWizard;
import org.reportbank.ui.presenters.ReportRows;

/**
 * The real workbench on an empty corpus, used as a person would: Corpus > Import Reports with a
 * seed file, then with a file that is refused, then with the seeds folder; the navigator's
 * filters, sorting and review progress; pre-annotation; the checks view listing the wrong 98.7 %
 * pass rate of seed 002, and opening that finding revealing its report.
 */
class NavigatorImportChecksTest {

	private static final String ANNOTATOR = "王芳";
	private static final String SEED_002 = "002_2da23d56d58a0cbd.txt";

	@TempDir
	Path dir;

	private final List<Object> changes = new CopyOnWriteArrayList<>();
	private final List<CorpusEvents.Reveal> reveals = new CopyOnWriteArrayList<>();

	@Test
	void importFilterPreAnnotateAndOpenAFinding() throws Exception {
		Path seeds = Path.of(System.getProperty("reportbank.root")).resolve("seeds");
		Path corpus = dir.resolve("corpus");
		Path binary = dir.resolve("scan.bin");
		byte[] bytes = new byte[4096];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) (i * 31);
		}
		Files.write(binary, bytes);
		System.setProperty(CorpusLifeCycle.CORPUS_PROPERTY, corpus.toString());
		System.setProperty(AnnotatorIdentity.PROPERTY, ANNOTATOR);

		TestWorkbench started = TestWorkbench.create();
		Display display = started.display;
		E4Workbench workbench = started.workbench;
		MApplication application = started.application;
		EModelService models = application.getContext().get(EModelService.class);
		EPartService parts = application.getContext().get(EPartService.class);
		IEventBroker events = application.getContext().get(IEventBroker.class);
		events.subscribe(CorpusEvents.ANY_CHANGE, e -> changes.add(e.getProperty(IEventBroker.DATA)));
		events.subscribe(CorpusEvents.REVEAL, e -> reveals.add((CorpusEvents.Reveal) e.getProperty(IEventBroker.DATA)));

		UiScript script = new UiScript(display, workbench::close);
		Map<String, String> before = new TreeMap<>();
		String[] ids = new String[3]; // 002, a report to select first, 002's first suggestion
		Finding[] wrongRate = new Finding[1];
		int[] suggestions = new int[1];

		script.step("the navigator of the empty corpus", () -> {
		}, () -> navigator(models, application) != null, 20_000);
		script.step("nothing listed yet", () -> assertEquals(0, table(models, application).getItemCount()));

		// import one seed file through the menu command and the wizard
		script.step("the import wizard opens", () -> runCommand(display, application, "org.reportbank.ui.command.import"),
				() -> importWizard(display) != null, 20_000);
		script.step("the seed file is imported", () -> finish(display, seeds.resolve(SEED_002)),
				() -> changes.size() == 1 && table(models, application).getItemCount() == 1, 60_000);
		script.step("the summary and the list", () -> {
			ImportSummary summary = (ImportSummary) changes.get(0);
			assertEquals(1, summary.importedCount(), summary.describe());
			ids[0] = summary.firstImported().get(0).id();
			ReportEntry entry = (ReportEntry) navigator(models, application).viewer().getElementAt(0);
			assertEquals(ids[0], entry.getId());
			assertTrue(entry.getTitle().startsWith("柳州市城中区2023年"), entry.getTitle());
			assertEquals(List.of(), dialogs(display), "a clean import needs no dialog");
		});

		// a file that is not a report: refused with its reason, the corpus is untouched
		script.step("the wizard again", () -> {
			before.putAll(snapshot(corpus));
			runCommand(display, application, "org.reportbank.ui.command.import");
		}, () -> importWizard(display) != null, 20_000);
		script.step("the binary file is refused", () -> finish(display, binary),
				() -> messageDialog(display) != null, 60_000);
		script.step("the refusal names the file and the reason", () -> {
			String message = String.join("\n", labels(messageDialog(display).getShell()));
			assertTrue(message.contains(binary.toString()), message);
			assertTrue(message.contains("binary"), message);
			assertTrue(message.contains("The corpus is as it was"), message);
			press(messageDialog(display).getShell(), IDialogConstants.OK_ID);
			assertEquals(before, snapshot(corpus), "no file of the corpus added, changed or removed");
			assertEquals(1, changes.size(), "nothing imported, nothing to reload");
			assertEquals(1, table(models, application).getItemCount());
		});

		// the whole seeds folder: two new reports and one duplicate
		script.step("the wizard with a folder", () -> runCommand(display, application, "org.reportbank.ui.command.import"),
				() -> importWizard(display) != null, 20_000);
		// the result dialog and the change event travel separately: wait for both, in either order
		script.step("the folder is imported", () -> finish(display, seeds),
				() -> changes.size() >= 2 && messageDialog(display) != null, 60_000);
		script.step("the duplicate is told and the list holds three reports", () -> {
			String message = String.join("\n", labels(messageDialog(display).getShell()));
			assertTrue(message.contains("2 imported, 1 duplicates"), message);
			assertTrue(message.contains("has the same text as " + SEED_002), message);
			press(messageDialog(display).getShell(), IDialogConstants.OK_ID);
			assertEquals(3, table(models, application).getItemCount());
		});

		// filters and sorting
		script.step("review progress and status are counted for every report", () -> {
		}, () -> Stream.of(entries(navigator(models, application)))
				.allMatch(e -> navigator(models, application).rows().progress(e.getId()) != null),
				20_000);
		script.step("filter by year", () -> {
			CorpusNavigatorPart navigator = navigator(models, application);
			assertEquals(List.of(ReportRows.ALL_YEARS, "2023", "2021", "2017"), Arrays.asList(navigator.yearFilter().getItems()));
			choose(navigator.yearFilter(), "2017");
			assertEquals(1, table(models, application).getItemCount());
			assertTrue(entryAt(navigator, 0).getTitle().contains("江南区"), entryAt(navigator, 0).getTitle());
			choose(navigator.yearFilter(), ReportRows.ALL_YEARS);
			assertEquals(3, table(models, application).getItemCount());
		});
		script.step("filter by status, region and title", () -> {
			CorpusNavigatorPart navigator = navigator(models, application);
			choose(navigator.statusFilter(), "in progress");
			assertEquals(0, table(models, application).getItemCount());
			choose(navigator.statusFilter(), "not started");
			assertEquals(3, table(models, application).getItemCount());
			assertTrue(navigator.regionFilter().getItemCount() > 1, Arrays.toString(navigator.regionFilter().getItems()));
			choose(navigator.regionFilter(), navigator.regionFilter().getItem(1));
			assertTrue(table(models, application).getItemCount() < 3);
			choose(navigator.regionFilter(), ReportRows.ALL_REGIONS);
			navigator.titleFilter().setText("柳");
			assertEquals(2, table(models, application).getItemCount());
			navigator.titleFilter().setText("江南");
			assertEquals(1, table(models, application).getItemCount());
			navigator.clearFilters();
			assertEquals(3, table(models, application).getItemCount());
		});
		script.step("sort by year, then the other way", () -> {
			CorpusNavigatorPart navigator = navigator(models, application);
			Table table = table(models, application);
			int year = List.of(table.getColumns()).stream().map(c -> c.getText()).toList().indexOf("Year");
			table.getColumn(year).notifyListeners(SWT.Selection, new Event());
			assertEquals(List.of(2017, 2021, 2023), years(navigator));
			table.getColumn(year).notifyListeners(SWT.Selection, new Event());
			assertEquals(List.of(2023, 2021, 2017), years(navigator));
			assertEquals(SWT.DOWN, table.getSortDirection());
		});
		script.step("nothing to review before pre-annotation", () -> {
			CorpusNavigatorPart navigator = navigator(models, application);
			for (ReportEntry e : entries(navigator)) {
				assertEquals(new ReviewProgress.Progress(0, 0), navigator.rows().progress(e.getId()));
			}
		});

		// pre-annotate seed 002 from the menu command, as in the workbench test
		script.step("pre-annotate seed 002", () -> {
			CorpusNavigatorPart navigator = navigator(models, application);
			parts.activate((MPart) models.find(CorpusNavigatorPart.ID, application));
			navigator.viewer().setSelection(new StructuredSelection(entry(navigator, ids[0])), true);
			ECommandService commands = application.getContext().get(ECommandService.class);
			EHandlerService handlers = application.getContext().get(EHandlerService.class);
			handlers.executeHandler(commands.createCommand("org.reportbank.ui.command.preannotate",
					Map.of("org.reportbank.ui.command.preannotate.scope", "report")));
		}, () -> {
			CorpusNavigatorPart navigator = navigator(models, application);
			ReviewProgress.Progress p = navigator.rows().progress(ids[0]);
			return changes.size() == 3 && p != null && p.suggested() > 0;
		}, 90_000);
		script.step("the navigator shows the new status and 0 reviewed", () -> {
			CorpusNavigatorPart navigator = navigator(models, application);
			ReviewProgress.Progress p = navigator.rows().progress(ids[0]);
			assertEquals(0, p.reviewed());
			suggestions[0] = p.suggested();
			int row = List.of(entries(navigator)).indexOf(entry(navigator, ids[0]));
			Table table = table(models, application);
			assertEquals("not started", table.getItem(row).getText(3), "her own status: no layer yet");
			assertEquals("0 / 2", table.getItem(row).getText(4), "annotators of the report / annotators per report");
			assertEquals("0 / " + p.suggested(), table.getItem(row).getText(5));
		});

		// the annotator decides on one suggestion: the navigator counts it
		script.step("one suggestion decided", () -> {
			try {
				CorpusStore store = CorpusStore.open(corpus);
				Report report = store.loadReport(ids[0]);
				Layer pre = report.getLayers().stream().filter(l -> l.getKind() == LayerKind.PREANNOTATION).findFirst().orElseThrow();
				Span suggestion = pre.getSpans().get(0);
				Layer mine = ReportbankFactory.eINSTANCE.createLayer();
				mine.setId(ANNOTATOR);
				mine.setKind(LayerKind.ANNOTATOR);
				mine.setAnnotator(ANNOTATOR);
				Span accepted = ReportbankFactory.eINSTANCE.createSpan();
				accepted.setId("h-" + suggestion.getId());
				accepted.setBegin(suggestion.getBegin());
				accepted.setEnd(suggestion.getEnd());
				accepted.setLabel(suggestion.getLabel());
				accepted.setOrigin(SpanOrigin.HUMAN);
				accepted.setStatus(SpanStatus.ACCEPTED);
				accepted.setAnnotator(ANNOTATOR);
				accepted.setBasedOn(suggestion.getId());
				mine.getSpans().add(accepted);
				report.getLayers().add(mine);
				store.save(report);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
			events.post(CorpusEvents.LAYER_SAVED, ids[0]);
		}, () -> new ReviewProgress.Progress(1, suggestions[0]).equals(navigator(models, application).rows().progress(ids[0])), 20_000);

		// the checks view
		script.step("the checks view reads the findings", () -> parts.showPart(ChecksPart.ID, EPartService.PartState.ACTIVATE),
				() -> checks(models, application) != null && checks(models, application).findings() != null
						&& !checks(models, application).findings().isEmpty(),
				30_000);
		script.step("the wrong 98.7 % pass rate is listed first", () -> {
			ChecksPart checks = checks(models, application);
			assertTrue(checks.onlyInconsistent().getSelection(), "only inconsistent by default");
			Table table = checks.viewer().getTable();
			long inconsistent = checks.findings().stream().filter(f -> f.verdict() == CheckVerdict.INCONSISTENT).count();
			assertEquals(inconsistent, table.getItemCount());
			wrongRate[0] = checks.findings().stream()
					.filter(f -> f.reportId().equals(ids[0]) && f.stated() != null && f.stated().compareTo(new BigDecimal("98.7")) == 0)
					.findFirst().orElse(null);
			assertNotNull(wrongRate[0], "98.7 among " + checks.findings());
			assertEquals(CheckVerdict.INCONSISTENT, wrongRate[0].verdict());
			assertTrue(wrongRate[0].sentence().contains("75人通过，及格率为98.7%"), wrongRate[0].sentence());
			assertEquals(wrongRate[0].sentence(), table.getItem(List.of(table.getItems()).stream()
					.map(i -> i.getData()).toList().indexOf(wrongRate[0])).getText(3));
			assertEquals("inconsistent", table.getItem(0).getText(1));
			assertEquals(wrongRate[0], checks.viewer().getStructuredSelection().getFirstElement(), "the first finding is selected");
			String details = checks.details().getText();
			assertTrue(details.contains(wrongRate[0].message()) && details.contains(wrongRate[0].sentence()), details);
			int rate = details.indexOf("98.7%", details.indexOf(wrongRate[0].sentence()));
			assertNotNull(checks.details().getStyleRangeAtOffset(rate), "the stated rate is marked in the sentence");
			assertEquals(SWT.BOLD, checks.details().getStyleRangeAtOffset(rate).fontStyle);
			checks.onlyInconsistent().setSelection(false);
			checks.onlyInconsistent().notifyListeners(SWT.Selection, new Event());
			assertEquals(checks.findings().size(), table.getItemCount());
			checks.onlyInconsistent().setSelection(true);
			checks.onlyInconsistent().notifyListeners(SWT.Selection, new Event());
		});

		// opening the finding reveals it: the navigator moves to its report, the report part comes to front
		script.step("open the finding", () -> {
			CorpusNavigatorPart navigator = navigator(models, application);
			ReportEntry other = Stream.of(entries(navigator)).filter(e -> !e.getId().equals(ids[0])).findFirst().orElseThrow();
			navigator.viewer().setSelection(new StructuredSelection(other), true);
			ids[1] = other.getId();
			navigator.yearFilter().select(navigator.yearFilter().indexOf(String.valueOf(other.getYear())));
			navigator.yearFilter().notifyListeners(SWT.Selection, new Event()); // 002 filtered out: the reveal must show it
			assertEquals(1, table(models, application).getItemCount());
			ChecksPart checks = checks(models, application);
			parts.activate((MPart) models.find(ChecksPart.ID, application));
			checks.viewer().setSelection(new StructuredSelection(wrongRate[0]), true);
			checks.viewer().getTable().notifyListeners(SWT.DefaultSelection, new Event()); // Enter or double-click
		}, () -> !reveals.isEmpty() && selected(navigator(models, application)) != null
				&& ids[0].equals(selected(navigator(models, application)).getId()), 20_000);
		script.step("the reveal carries the sentence's range and the report is in front", () -> {
			assertEquals(new CorpusEvents.Reveal(ids[0], wrongRate[0].begin(), wrongRate[0].end()), reveals.get(0));
			assertEquals(ReportPart.ID, parts.getActivePart().getElementId());
			assertEquals(3, table(models, application).getItemCount(), "the filter hiding the report was cleared");
			assertFalse(ids[1].equals(ids[0]));
			ReportPart editor = (ReportPart) ((MPart) models.find(ReportPart.ID, application)).getObject();
			assertEquals(ids[0], editor.report().getId(), "the editor opened the report of the finding");
			assertEquals(new org.eclipse.swt.graphics.Point(wrongRate[0].begin(), wrongRate[0].end()), editor.text().getSelection(),
					"the editor selects the finding's sentence");
		});

		script.start(500, 240_000);
		workbench.createAndRunUI(application);

		assertEquals(List.of(), script.problems());
		assertTrue(script.completed(), "every step ran");
	}

	/** Runs a command as its menu item does; asynchronously, because the import wizard blocks in its own event loop. */
	private static void runCommand(Display display, MApplication application, String id) {
		ECommandService commands = application.getContext().get(ECommandService.class);
		EHandlerService handlers = application.getContext().get(EHandlerService.class);
		ParameterizedCommand command = commands.createCommand(id, Map.of());
		display.asyncExec(() -> handlers.executeHandler(command));
	}

	/** Adds the paths on the open import wizard's page and presses Finish. */
	private static void finish(Display display, Path... paths) {
		WizardDialog dialog = importWizard(display);
		ImportReportsWizard wizard = (ImportReportsWizard) dialog.getCurrentPage().getWizard();
		assertFalse(wizard.page().isPageComplete(), "nothing to import yet");
		wizard.page().add(paths);
		assertTrue(wizard.page().isPageComplete(), wizard.page().getErrorMessage());
		press(dialog.getShell(), IDialogConstants.FINISH_ID);
	}

	private static WizardDialog importWizard(Display display) {
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed() && shell.getData() instanceof WizardDialog dialog) {
				IWizardPage page = dialog.getCurrentPage();
				if (page != null && page.getWizard() instanceof ImportReportsWizard) {
					return dialog;
				}
			}
		}
		return null;
	}

	private static MessageDialog messageDialog(Display display) {
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed() && shell.getData() instanceof MessageDialog dialog) {
				return dialog;
			}
		}
		return null;
	}

	private static List<String> dialogs(Display display) {
		List<String> open = new ArrayList<>();
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed() && shell.getData() instanceof org.eclipse.jface.window.Window) {
				open.add(shell.getText());
			}
		}
		return open;
	}

	/** Presses the dialog button with this id (JFace keeps the id as the button's data), as a click does. */
	private static void press(Shell shell, int buttonId) {
		Button button = find(shell, Button.class, b -> Integer.valueOf(buttonId).equals(b.getData()));
		assertNotNull(button, "button " + buttonId + " in " + shell.getText());
		assertTrue(button.isEnabled(), button.getText() + " is enabled");
		button.notifyListeners(SWT.Selection, new Event());
	}

	private static List<String> labels(Control control) {
		List<String> texts = new ArrayList<>();
		if (control instanceof Label label) {
			texts.add(label.getText());
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				texts.addAll(labels(child));
			}
		}
		return texts;
	}

	private static <T extends Control> T find(Control control, Class<T> type, java.util.function.Predicate<T> test) {
		if (type.isInstance(control) && test.test(type.cast(control))) {
			return type.cast(control);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				T found = find(child, type, test);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static void choose(Combo combo, String item) {
		int index = combo.indexOf(item);
		assertTrue(index >= 0, item + " in " + Arrays.toString(combo.getItems()));
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
	}

	private static CorpusNavigatorPart navigator(EModelService models, MApplication application) {
		MPart part = (MPart) models.find(CorpusNavigatorPart.ID, application);
		return part == null ? null : (CorpusNavigatorPart) part.getObject();
	}

	private static ChecksPart checks(EModelService models, MApplication application) {
		MPart part = (MPart) models.find(ChecksPart.ID, application);
		return part == null ? null : (ChecksPart) part.getObject();
	}

	private static Table table(EModelService models, MApplication application) {
		return navigator(models, application).viewer().getTable();
	}

	/** The rows shown, in their order. */
	private static ReportEntry[] entries(CorpusNavigatorPart navigator) {
		Table table = navigator.viewer().getTable();
		ReportEntry[] shown = new ReportEntry[table.getItemCount()];
		for (int i = 0; i < shown.length; i++) {
			shown[i] = entryAt(navigator, i);
		}
		return shown;
	}

	private static ReportEntry entryAt(CorpusNavigatorPart navigator, int row) {
		return (ReportEntry) navigator.viewer().getElementAt(row);
	}

	private static ReportEntry entry(CorpusNavigatorPart navigator, String id) {
		return Stream.of(entries(navigator)).filter(e -> e.getId().equals(id)).findFirst().orElseThrow();
	}

	private static ReportEntry selected(CorpusNavigatorPart navigator) {
		return (ReportEntry) ((IStructuredSelection) navigator.viewer().getSelection()).getFirstElement();
	}

	private static List<Integer> years(CorpusNavigatorPart navigator) {
		return Stream.of(entries(navigator)).map(ReportEntry::getYear).toList();
	}

	/** Every file of the corpus folder but the lock, with a digest of its content. */
	private static Map<String, String> snapshot(Path root) {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path p : walk.filter(Files::isRegularFile).filter(p -> !p.endsWith(".lock")).toList()) {
				files.put(root.relativize(p).toString(),
						HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
			}
		} catch (IOException | NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		return files;
	}
}
