package org.reportbank.ui.tests;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.viewers.StructuredSelection;
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
 * three sample reports, under Xvfb, and uses it as a person would: the navigator lists the
 * reports, choosing one shows its text and section outline, selections snap to words before any
 * pre-annotation, the menu's Pre-annotate flags the wrong rate, and Statistics counts the labels.
 * Run the build with {@code ./reportbank test}.
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
		UiDriver driver = new UiDriver(started.display);
		started.drive(driver, () -> {
			CorpusNavigatorPart navigator = (CorpusNavigatorPart) driver.ui(() -> started.part(CorpusNavigatorPart.ID));
			Table table = driver.ui(() -> navigator.viewer().getTable());
			driver.waitFor("the navigator lists the three reports", () -> table.getItemCount() == 3, 20_000);
			// the list has the focus before a row is chosen, as when a person clicks one: a table
			// that gets the focus only later picks its first row by itself
			driver.focus(table);
			ReportEntry chengzhong = driver.ui(() -> (ReportEntry) navigator.viewer().getElementAt(1));
			driver.ui(() -> navigator.viewer().setSelection(new StructuredSelection(chengzhong), true));

			ReportPart report = (ReportPart) driver.ui(() -> started.part(ReportPart.ID));
			if (!driver.waitFor("the chosen report is shown", () -> report.report() != null
					&& report.report().getId().equals(chengzhong.getId()), 20_000)) {
				return;
			}
			driver.expect("text starts with the title", true,
					driver.ui(() -> report.text().getText().startsWith(chengzhong.getTitle())));
			driver.expect("top-level outline", 4, driver.ui(() -> report.outline().getTree().getItemCount()));
			Section plans = driver.ui(() -> report.report().getSections().get(3));
			driver.ui(() -> report.outline().setSelection(new StructuredSelection(plans), true));
			driver.expect("outline selection scrolls the text to the section", plans.getBegin(),
					driver.ui(() -> report.text().getSelection().x));

			// not pre-annotated, so no stored word boundaries: HanLP segments the report in the
			// background, after which a selection inside a word snaps to the whole word
			driver.waitFor("selections snap to words in a report without tokens", () -> snapsSomewhere(report), 30_000);

			preAnnotateFromTheMenuCommand(started, driver, report);
			statisticsChartShowsTheLabels(started, driver);
		});
	}

	private static boolean snapsSomewhere(ReportPart report) {
		String text = report.report().getText();
		for (int i = 0; i + 1 < Math.min(400, text.length()); i++) {
			int[] snapped = report.session().tokens().snap(i, i + 1, text);
			if (snapped[1] - snapped[0] > 1) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Runs Corpus > Pre-annotate Report as the menu does (command with its parameter) and waits
	 * until the report part shows the suggestions and 98.7% is flagged.
	 */
	private static void preAnnotateFromTheMenuCommand(TestWorkbench started, UiDriver driver, ReportPart report) {
		driver.ui(() -> started.execute("org.reportbank.ui.command.preannotate",
				Map.of("org.reportbank.ui.command.preannotate.scope", "report")));
		if (driver.waitFor("pre-annotation reaches the report part", () -> preAnnotation(report) != null, 60_000)) {
			driver.expect("the wrong pass rate is flagged", true, driver.ui(() -> preAnnotation(report).getChecks()
					.stream().anyMatch(c -> c.getVerdict() == CheckVerdict.INCONSISTENT)));
			driver.expect("suggestions are highlighted", true, driver.ui(() -> report.text().getStyleRanges().length > 100));
		}
	}

	private static Layer preAnnotation(ReportPart report) {
		return report.report() == null ? null
				: report.report().getLayers().stream().filter(l -> l.getKind() == LayerKind.PREANNOTATION)
						.findFirst().orElse(null);
	}

	/** Brings the Statistics part to front and waits until its chart has counted the suggestions. */
	private static void statisticsChartShowsTheLabels(TestWorkbench started, UiDriver driver) {
		driver.ui(() -> started.application.getContext().get(EPartService.class).showPart(StatisticsPart.ID,
				EPartService.PartState.ACTIVATE));
		StatisticsPart statistics = (StatisticsPart) driver.ui(() -> started.part(StatisticsPart.ID));
		if (driver.waitFor("statistics are counted", () -> statistics.counts() != null && statistics.counts().spans() > 0,
				30_000)) {
			driver.expect("the chart counts metrics", true,
					driver.ui(() -> statistics.counts().spansByLabel().getOrDefault("METRIC", 0) > 0));
		}
	}
}
