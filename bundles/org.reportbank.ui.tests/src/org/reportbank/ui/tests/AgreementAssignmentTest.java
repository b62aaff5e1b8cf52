package org.reportbank.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.agreement.Agreement;
import org.reportbank.agreement.AgreementMeasure;
import org.reportbank.agreement.AgreementResult;
import org.reportbank.agreement.AgreementTable;
import org.reportbank.agreement.CorpusAgreement;
import org.reportbank.agreement.PairResult;
import org.reportbank.core.importing.CorpusImporter;
import org.reportbank.core.stats.MyReports;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.editing.AnnotationFiles;
import org.reportbank.editing.AnnotationSession;
import org.reportbank.model.Report;
import org.reportbank.model.ReportEntry;
import org.reportbank.ui.AnnotatorIdentity;
import org.reportbank.ui.CorpusEvents;
import org.reportbank.ui.CorpusLifeCycle;
import org.reportbank.ui.agreement.AgreementPart;
import org.reportbank.ui.corpus.CorpusNavigatorPart;
import org.reportbank.ui.corpus.CorpusSettingsDialog;
import org.reportbank.ui.presenters.ReportRows;

/**
 * A team's corpus in the workbench of 王芳: report R annotated by 李明 (done) and by her, report S
 * by 李明 alone, report T by nobody. The navigator shows her own status and the annotators of each
 * report and keeps her reports; the agreement view shows the 2 × 2 matrix with the agreement
 * bundle's F1 and exports it as CSV; Corpus > Settings sets one annotator per report, saved in
 * the index, which takes S out of her reports; a save of her layer recounts that report alone.
 */
class AgreementAssignmentTest {

	private static final String ME = "王芳";
	private static final String OTHER = "李明";

	@TempDir
	Path dir;

	@Test
	void myReportsAgreementAndSettings() throws Exception {
		Path corpus = dir.resolve("corpus");
		CorpusStore store = CorpusStore.openOrCreate(corpus);
		new CorpusImporter().importFiles(store, List.of(Path.of(System.getProperty("reportbank.root")).resolve("seeds")),
				new NullProgressMonitor());
		String r = store.entries().get(0).getId();
		String s = store.entries().get(1).getId();
		String t = store.entries().get(2).getId();
		// R: both tag the same ORG; 李明's METRIC ends a character before 王芳's: exact F1 1/2
		annotate(store, r, OTHER, true, new int[][] { { 0, 4 }, { 10, 14 } });
		annotate(store, r, ME, false, new int[][] { { 0, 4 }, { 10, 15 } });
		annotate(store, s, OTHER, false, new int[][] { { 0, 4 } });
		AgreementResult expected = CorpusAgreement.compute(CorpusStore.open(corpus), Agreement.Options.all(), new NullProgressMonitor());
		PairResult expectedPair = expected.pairs().get(0);
		assertEquals(0.5, expectedPair.exact().overall().f1(), 1e-9, "the fixture");

		System.setProperty(CorpusLifeCycle.CORPUS_PROPERTY, corpus.toString());
		System.setProperty(AnnotatorIdentity.PROPERTY, ME);
		TestWorkbench started = TestWorkbench.create();
		Display display = started.display;
		MApplication application = started.application;
		EModelService models = application.getContext().get(EModelService.class);
		EPartService parts = application.getContext().get(EPartService.class);
		IEventBroker events = application.getContext().get(IEventBroker.class);
		UiScript script = new UiScript(display, started.workbench::close);
		Path csv = dir.resolve("agreement.csv");
		int[] counts = new int[2];

		script.step("the navigator counts every report", () -> {
		}, () -> navigator(models, application) != null && settled(navigator(models, application), 3), 30_000);
		script.step("her status and the annotators of each report", () -> {
			CorpusNavigatorPart navigator = navigator(models, application);
			assertEquals(List.of(ReportRows.MY_REPORTS, ReportRows.ALL_REPORTS),
					Arrays.asList(navigator.whoseFilter().getItems()));
			assertEquals(ReportRows.MY_REPORTS, navigator.whoseFilter().getText(), "my reports first");
			assertEquals(List.of("in progress", "2 / 2"), cells(navigator, r, "Status", "Annotators"));
			assertEquals(List.of("not started", "1 / 2"), cells(navigator, s, "Status", "Annotators"));
			assertEquals(List.of("not started", "0 / 2"), cells(navigator, t, "Status", "Annotators"));
			assertEquals(3, navigator.viewer().getTable().getItemCount(), "R is hers, S and T still need annotators");
			choose(navigator.statusFilter(), "in progress");
			assertEquals(List.of(r), shownIds(navigator));
			choose(navigator.statusFilter(), ReportRows.ALL_STATUSES);
		});

		// the agreement view: computed when shown
		script.step("the agreement view computes when shown", () -> parts.showPart(AgreementPart.ID, EPartService.PartState.ACTIVATE),
				() -> agreement(models, application) != null && agreement(models, application).result() != null, 60_000);
		script.step("the 2 × 2 matrix with the agreement bundle's F1", () -> {
			AgreementPart part = agreement(models, application);
			assertEquals(List.of(OTHER, ME).stream().sorted().toList(), part.result().annotators());
			double[][] matrix = part.matrix();
			assertEquals(2, matrix.length);
			assertEquals(2, matrix[0].length);
			assertEquals(expectedPair.exact().overall().f1(), matrix[0][1], 1e-12);
			assertEquals(matrix[0][1], matrix[1][0], 1e-12);
			assertEquals(1, matrix[0][0], 1e-12);
			choose(part.measureChoice(), AgreementMeasure.COHEN_KAPPA.title());
			assertEquals(expectedPair.cohenKappa().overall(), part.matrix()[0][1], 1e-12);
			choose(part.measureChoice(), AgreementMeasure.EXACT_F1.title());
			assertTrue(part.summary().getText().contains("2 annotators"), part.summary().getText());
			List<AgreementTable.Row> rows = part.rows();
			assertEquals(AgreementTable.ALL_LABELS, rows.get(0).label());
			assertEquals(expectedPair.exact().overall().f1(), rows.get(0).exactF1(), 1e-12);
			assertEquals(expected.labels().size() + 1, part.labelTable().getTable().getItemCount());
			Table table = part.labelTable().getTable();
			assertEquals("0.50", table.getItem(0).getText(1));
			assertEquals("–", table.getItem(0).getText(4), "no Fleiss' kappa for two annotators");
			assertTrue(part.heatMap().isVisible());
		});
		script.step("Export CSV writes the figures", () -> {
			try {
				assertTrue(agreement(models, application).exportCsv(csv));
				List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
				assertEquals("measure,annotator," + String.join(",", expected.annotators()), lines.get(0));
				assertTrue(lines.contains("exact F1," + expected.annotators().get(0) + ",1.0000,0.5000"), lines.toString());
				assertTrue(lines.contains("pair,label,pairs,exact F1,overlap F1,Cohen's kappa,Fleiss' kappa,alpha_U"), lines.toString());
				assertTrue(lines.stream().anyMatch(l -> l.startsWith("all pairs (mean),(all),1,0.5000,")), lines.toString());
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});

		// Corpus > Settings: one annotator per report is enough
		script.step("the settings dialog opens", () -> runCommand(display, application, "org.reportbank.ui.command.settings"),
				() -> settings(display) != null, 20_000);
		script.step("one annotator per report", () -> {
			CorpusSettingsDialog dialog = settings(display);
			assertEquals(2, dialog.annotatorsField().getSelection(), "the corpus's setting");
			assertFalse(dialog.othersVisibleField().getSelection());
			counts[0] = navigator(models, application).rows().fullCounts();
			dialog.annotatorsField().setSelection(1);
			press(dialog.getShell(), IDialogConstants.OK_ID);
		}, () -> settings(display) == null && navigator(models, application).rows().fullCounts() > counts[0]
				&& settled(navigator(models, application), 2), 30_000);
		script.step("saved in the index; S is no longer hers", () -> {
			try {
				assertEquals(1, CorpusStore.open(corpus).corpus().getAnnotatorsPerReport(), "corpus.xmi");
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
			CorpusNavigatorPart navigator = navigator(models, application);
			assertFalse(navigator.rows().row(s).isMine());
			assertEquals(Set.of(r, t), Set.copyOf(shownIds(navigator)), "S has its one annotator, and it is not her");
			choose(navigator.whoseFilter(), ReportRows.ALL_REPORTS);
			assertEquals(3, navigator.viewer().getTable().getItemCount());
			assertEquals(List.of("not started", "1 / 1"), cells(navigator, s, "Status", "Annotators"));
			assertEquals(List.of("not started", "0 / 1"), cells(navigator, t, "Status", "Annotators"));
			choose(navigator.whoseFilter(), ReportRows.MY_REPORTS);
			assertEquals(2, navigator.viewer().getTable().getItemCount());
		});

		// she saves a layer of T: that report alone is counted again
		script.step("a save of her layer of T", () -> {
			CorpusNavigatorPart navigator = navigator(models, application);
			counts[0] = navigator.rows().fullCounts();
			counts[1] = navigator.rows().singleCounts();
			try {
				annotate(CorpusStore.open(corpus), t, ME, true, new int[][] { { 0, 2 } });
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
			events.post(CorpusEvents.LAYER_SAVED, t);
		}, () -> navigator(models, application).rows().row(t) != null && navigator(models, application).rows().row(t).hasLayer()
				&& cells(navigator(models, application), t, "Status").equals(List.of("done")), 20_000);
		script.step("T recounted alone", () -> {
			CorpusNavigatorPart navigator = navigator(models, application);
			assertEquals(List.of("done", "1 / 1"), cells(navigator, t, "Status", "Annotators"));
			assertEquals(counts[0], navigator.rows().fullCounts(), "no full recount");
			assertEquals(counts[1] + 1, navigator.rows().singleCounts());
			assertEquals(MyReports.Status.NOT_STARTED, navigator.rows().row(s).status(), "S's row untouched");
		});

		script.start(500, 180_000);
		started.run();

		assertEquals(List.of(), script.problems());
		assertTrue(script.completed(), "every step ran");
	}

	/** The annotator's layer of a report, made and saved as the editor does; {@code done} marks it done. */
	private static void annotate(CorpusStore store, String reportId, String annotator, boolean done, int[][] spans) throws Exception {
		Report report = store.loadReport(reportId);
		AnnotationSession session = new AnnotationSession(report, annotator, store.corpus().getLabelSet());
		for (int i = 0; i < spans.length; i++) {
			session.tag(spans[i][0], spans[i][1], i == 0 ? "ORG" : "METRIC");
		}
		if (done) {
			session.markDone(true);
		}
		AnnotationSession.Snapshot snapshot = session.snapshot();
		session.written(snapshot, AnnotationFiles.write(store, snapshot));
	}

	private static List<String> cells(CorpusNavigatorPart navigator, String id, String... columns) {
		Table table = navigator.viewer().getTable();
		List<String> names = Stream.of(table.getColumns()).map(c -> c.getText()).toList();
		for (int row = 0; row < table.getItemCount(); row++) {
			if (((ReportEntry) navigator.viewer().getElementAt(row)).getId().equals(id)) {
				List<String> texts = new ArrayList<>();
				for (String column : columns) {
					texts.add(table.getItem(row).getText(names.indexOf(column)));
				}
				return texts;
			}
		}
		throw new AssertionError(id + " is not shown");
	}

	/** Every row counted and shown counted, {@code shown} rows listed. */
	private static boolean settled(CorpusNavigatorPart navigator, int shown) {
		Table table = navigator.viewer().getTable();
		int status = Stream.of(table.getColumns()).map(c -> c.getText()).toList().indexOf("Status");
		return table.getItemCount() == shown && Stream.of(table.getItems()).noneMatch(item -> item.getText(status).equals("…"))
				&& shownIds(navigator).stream().allMatch(id -> navigator.rows().row(id) != null);
	}

	private static List<String> shownIds(CorpusNavigatorPart navigator) {
		List<String> ids = new ArrayList<>();
		for (int row = 0; row < navigator.viewer().getTable().getItemCount(); row++) {
			ids.add(((ReportEntry) navigator.viewer().getElementAt(row)).getId());
		}
		return ids;
	}

	private static void choose(Combo combo, String item) {
		int index = combo.indexOf(item);
		assertTrue(index >= 0, item + " in " + Arrays.toString(combo.getItems()));
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
	}

	private static void runCommand(Display display, MApplication application, String id) {
		ECommandService commands = application.getContext().get(ECommandService.class);
		EHandlerService handlers = application.getContext().get(EHandlerService.class);
		ParameterizedCommand command = commands.createCommand(id, Map.of());
		display.asyncExec(() -> handlers.executeHandler(command));
	}

	private static CorpusSettingsDialog settings(Display display) {
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed() && shell.getData() instanceof CorpusSettingsDialog dialog) {
				return dialog;
			}
		}
		return null;
	}

	private static void press(Shell shell, int buttonId) {
		Button button = find(shell, buttonId);
		assertNotNull(button, "button " + buttonId + " in " + shell.getText());
		button.notifyListeners(SWT.Selection, new Event());
	}

	private static Button find(org.eclipse.swt.widgets.Control control, int buttonId) {
		if (control instanceof Button button && Integer.valueOf(buttonId).equals(button.getData())) {
			return button;
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
				Button found = find(child, buttonId);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static CorpusNavigatorPart navigator(EModelService models, MApplication application) {
		MPart part = (MPart) models.find(CorpusNavigatorPart.ID, application);
		return part == null ? null : (CorpusNavigatorPart) part.getObject();
	}

	private static AgreementPart agreement(EModelService models, MApplication application) {
		MPart part = (MPart) models.find(AgreementPart.ID, application);
		return part == null ? null : (AgreementPart) part.getObject();
	}
}
