package org.reportbank.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.importing.CorpusImporter;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.model.CheckVerdict;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.Section;
import org.reportbank.ui.AnnotatorIdentity;
import org.reportbank.ui.CorpusLifeCycle;
import org.reportbank.ui.corpus.CorpusNavigatorPart;
import org.reportbank.ui.annotation.ReportPart;
import org.reportbank.ui.corpus.StatisticsPart;

/**
 * Starts the real e4 workbench (Application.e4xmi, the product's life cycle) on a corpus of the
 * three sample reports, under Xvfb, and uses it: the navigator lists the reports, selecting one
 * shows its text and section outline. Run the build with {@code ./reportbank test}.
 */
class WorkbenchStartTest {

	@TempDir
	Path dir;

	@Test
	void navigatorListsTheSeedsAndTheReportPartShowsTextAndOutline() throws Exception {
		Path corpus = dir.resolve("corpus");
		new CorpusImporter().importFiles(CorpusStore.openOrCreate(corpus),
				List.of(Path.of(System.getProperty("reportbank.root")).resolve("seeds")), new NullProgressMonitor());
		System.setProperty(CorpusLifeCycle.CORPUS_PROPERTY, corpus.toString());
		System.setProperty(AnnotatorIdentity.PROPERTY, "王芳");

		TestWorkbench started = TestWorkbench.create();
		Display display = started.display;
		E4Workbench workbench = started.workbench;
		MApplication application = started.application;
		EModelService models = application.getContext().get(EModelService.class);

		List<String> findings = new ArrayList<>();
		boolean[] checked = { false };
		display.timerExec(500, () -> {
			try {
				CorpusNavigatorPart navigator = (CorpusNavigatorPart) part(models, application, CorpusNavigatorPart.ID);
				Table table = navigator.viewer().getTable();
				expect(findings, "reports listed", 3, table.getItemCount());
				ReportEntry chengzhong = (ReportEntry) navigator.viewer().getElementAt(1);
				navigator.viewer().setSelection(new StructuredSelection(chengzhong), true);
				display.timerExec(300, () -> {
					try {
						ReportPart report = (ReportPart) part(models, application, ReportPart.ID);
						expect(findings, "report shown", chengzhong.getId(), report.report() == null ? null : report.report().getId());
						expect(findings, "text starts with the title", true,
								report.text().getText().startsWith(chengzhong.getTitle()));
						expect(findings, "top-level outline", 4, report.outline().getTree().getItemCount());
						Section plans = report.report().getSections().get(3);
						report.outline().setSelection(new StructuredSelection(plans), true);
						expect(findings, "outline selection scrolls the text to the section", plans.getBegin(),
								report.text().getSelection().x);
						selectionsSnapBeforePreAnnotation(display, report, findings,
								() -> preAnnotateFromTheMenuCommand(application, display, report, findings,
										() -> statisticsChartShowsTheLabels(application, models, display, findings, () -> {
											checked[0] = true;
											workbench.close();
										})));
					} catch (RuntimeException e) {
						findings.add("check failed: " + e);
						workbench.close();
					}
				});
			} catch (RuntimeException e) {
				findings.add("check failed: " + e);
				workbench.close();
			}
		});
		display.timerExec(60_000, () -> { // never hang the build
			if (!checked[0]) {
				findings.add("timeout: workbench did not come up within 60 s");
				workbench.close();
			}
		});

		workbench.createAndRunUI(application);

		assertEquals(List.of(), findings);
		assertTrue(checked[0], "the checks ran");
	}

	/**
	 * The report is not pre-annotated, so it has no stored word boundaries: HanLP segments it in the
	 * background, after which a selection inside a word snaps to the whole word.
	 */
	private static void selectionsSnapBeforePreAnnotation(Display display, ReportPart report, List<String> findings,
			Runnable then) {
		long deadline = System.currentTimeMillis() + 30_000;
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			String text = report.report().getText();
			boolean snaps = false;
			for (int i = 0; i + 1 < Math.min(400, text.length()) && !snaps; i++) {
				int[] snapped = report.session().tokens().snap(i, i + 1, text);
				snaps = snapped[1] - snapped[0] > 1;
			}
			if (snaps) {
				then.run();
			} else if (System.currentTimeMillis() > deadline) {
				findings.add("selections did not snap to words within 30 s of opening a report without tokens");
				then.run();
			} else {
				display.timerExec(200, poll[0]);
			}
		};
		display.timerExec(100, poll[0]);
	}

	/**
	 * Runs Corpus > Pre-annotate Report as the menu does (command with its parameter) and waits,
	 * without blocking the UI thread, until the report part shows the suggestions and 98.7% is flagged.
	 */
	private static void preAnnotateFromTheMenuCommand(MApplication application, Display display, ReportPart report,
			List<String> findings, Runnable then) {
		ECommandService commands = application.getContext().get(ECommandService.class);
		EHandlerService handlers = application.getContext().get(EHandlerService.class);
		ParameterizedCommand command = commands.createCommand("org.reportbank.ui.command.preannotate",
				Map.of("org.reportbank.ui.command.preannotate.scope", "report"));
		handlers.executeHandler(command);
		long deadline = System.currentTimeMillis() + 60_000;
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			Layer layer = report.report() == null ? null
					: report.report().getLayers().stream()
							.filter(l -> l.getKind() == LayerKind.PREANNOTATION).findFirst().orElse(null);
			if (layer != null) {
				expect(findings, "the wrong pass rate is flagged", true, layer.getChecks().stream()
						.anyMatch(c -> c.getVerdict() == CheckVerdict.INCONSISTENT));
				expect(findings, "suggestions are highlighted", true, report.text().getStyleRanges().length > 100);
				then.run();
			} else if (System.currentTimeMillis() > deadline) {
				findings.add("pre-annotation did not reach the report part within 60 s");
				then.run();
			} else {
				display.timerExec(200, poll[0]);
			}
		};
		display.timerExec(200, poll[0]);
	}

	/** Brings the Statistics part to front and waits until its chart has counted the suggestions. */
	private static void statisticsChartShowsTheLabels(MApplication application, EModelService models, Display display,
			List<String> findings, Runnable then) {
		EPartService parts = application.getContext().get(EPartService.class);
		parts.showPart(StatisticsPart.ID, EPartService.PartState.ACTIVATE);
		long deadline = System.currentTimeMillis() + 30_000;
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			StatisticsPart statistics = (StatisticsPart) part(models, application, StatisticsPart.ID);
			if (statistics.counts() != null && statistics.counts().spans() > 0) {
				expect(findings, "the chart counts metrics", true, statistics.counts().spansByLabel().getOrDefault("METRIC", 0) > 0);
				then.run();
			} else if (System.currentTimeMillis() > deadline) {
				findings.add("statistics were not counted within 30 s");
				then.run();
			} else {
				display.timerExec(200, poll[0]);
			}
		};
		display.timerExec(200, poll[0]);
	}

	private static Object part(EModelService models, MApplication application, String id) {
		MPart part = (MPart) models.find(id, application);
		if (part == null || part.getObject() == null) {
			throw new IllegalStateException(id + " was not created");
		}
		return part.getObject();
	}

	private static void expect(List<String> findings, String what, Object expected, Object actual) {
		if (!java.util.Objects.equals(expected, actual)) {
			findings.add(what + ": expected " + expected + " but was " + actual);
		}
	}
}
