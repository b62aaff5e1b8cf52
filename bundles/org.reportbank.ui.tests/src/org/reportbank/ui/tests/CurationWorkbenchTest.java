package org.reportbank.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.importing.CorpusImporter;
import org.reportbank.core.labels.DefaultLabels;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.curation.CurationSession;
import org.reportbank.curation.CurationSession.Resolution;
import org.reportbank.editing.AnnotationFiles;
import org.reportbank.editing.AnnotationSession;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.ReportStatus;
import org.reportbank.model.Span;
import org.reportbank.model.SpanStatus;
import org.reportbank.ui.AnnotatorIdentity;
import org.reportbank.ui.CorpusLifeCycle;
import org.reportbank.ui.curation.CurationPart;
import org.reportbank.ui.annotation.ReportPart;

/**
 * A curator in the real workbench under Xvfb: a seed report annotated by two people (李明 and
 * 王芳, layers written as the editor writes them), Corpus > Curate Report, the disagreements
 * resolved with real key presses (2 takes 王芳's version, 1 李明's, d drops, Ctrl+Z undoes), a
 * document field changed, Finish curation; the gold layer is then on disk and the report curated.
 */
class CurationWorkbenchTest {

	private static final String LI = "李明"; // key 1 (annotators in name order)
	private static final String WANG = "王芳"; // key 2
	private static final String CURATOR = "赵主任";

	@TempDir
	Path dir;

	@Test
	void curateTwoAnnotatorsWithKeys() throws Exception {
		Path corpus = dir.resolve("corpus");
		CorpusStore store = CorpusStore.openOrCreate(corpus);
		new CorpusImporter().importFiles(store, List.of(Path.of(System.getProperty("reportbank.root")).resolve("seeds")),
				new NullProgressMonitor());
		String reportId = store.entries().get(0).getId();
		Report report = store.loadReport(reportId);
		int[] at = hanPlaces(report.getText(), 4);
		AnnotationSession wang = new AnnotationSession(report, WANG, store.corpus().getLabelSet());
		wang.tag(at[0], at[0] + 3, DefaultLabels.ORG);
		wang.tag(at[1], at[1] + 2, DefaultLabels.PER);
		wang.tag(at[2], at[2] + 4, DefaultLabels.LOC);
		wang.tag(at[3], at[3] + 2, DefaultLabels.ORG);
		AnnotationSession li = new AnnotationSession(report, LI, store.corpus().getLabelSet());
		li.tag(at[0], at[0] + 3, DefaultLabels.ORG); // agreed: merged automatically
		li.tag(at[1], at[1] + 3, DefaultLabels.PER); // other bounds
		li.tag(at[2], at[2] + 4, DefaultLabels.ORG); // other label; and nothing at at[3]
		AnnotationFiles.write(store, wang.snapshot());
		AnnotationFiles.write(store, li.snapshot());

		System.setProperty(CorpusLifeCycle.CORPUS_PROPERTY, corpus.toString());
		System.setProperty(AnnotatorIdentity.PROPERTY, CURATOR);
		System.setProperty("reportbank.autosave.millis", "700");

		TestWorkbench workbench = TestWorkbench.create();
		UiDriver driver = new UiDriver(workbench.display);
		Thread steps = new Thread(() -> {
			try {
				ReportPart editor = (ReportPart) driver.ui(() -> workbench.part(ReportPart.ID));
				driver.ui(() -> editor.open(reportId));
				driver.waitFor("the report is shown", () -> editor.session() != null, 20_000);
				driver.ui(() -> {
					ECommandService commands = workbench.application.getContext().get(ECommandService.class);
					EHandlerService handlers = workbench.application.getContext().get(EHandlerService.class);
					ParameterizedCommand curate = commands.createCommand("org.reportbank.ui.command.curate", null);
					handlers.executeHandler(curate);
				});
				CurationPart curation = (CurationPart) driver.ui(() -> workbench.part(CurationPart.ID));
				driver.waitFor("the curation is shown", () -> curation.session() != null, 20_000);
				CurationSession session = driver.ui(() -> curation.session());
				driver.expect("annotators in key order", List.of(LI, WANG), driver.ui(() -> session.annotators()));
				driver.expect("merged automatically", 1, driver.ui(() -> session.merged().size()));
				driver.expect("disagreements", 3, driver.ui(() -> session.disagreements().size()));
				driver.expect("the first is current", at[1], driver.ui(() -> curation.current().begin()));
				driver.check("the current disagreement is framed in the text", driver.ui(() -> {
					var style = curation.text().getStyleRangeAtOffset(at[1]);
					return style != null && style.borderStyle == SWT.BORDER_SOLID;
				}));
				driver.check("each annotator has a row", driver.ui(() -> curation.versions().getText().contains("1  " + LI)
						&& curation.versions().getText().contains("2  " + WANG)));

				driver.focus(curation.text());
				driver.type('2'); // 王芳's PER
				driver.expect("2 takes 王芳's version", List.of(WANG),
						driver.ui(() -> session.takenFrom(session.disagreements().get(0))));
				driver.expect("and moves on", at[2], driver.ui(() -> curation.current().begin()));
				driver.type('1'); // 李明's ORG
				driver.expect("1 takes 李明's version", List.of(LI),
						driver.ui(() -> session.takenFrom(session.disagreements().get(1))));
				driver.type('d');
				driver.expect("d drops", Resolution.DROPPED, driver.ui(() -> session.resolution(session.disagreements().get(2))));
				driver.press('z', 'z', SWT.CTRL);
				driver.expect("Ctrl+Z undoes the drop", Resolution.UNRESOLVED,
						driver.ui(() -> session.resolution(session.disagreements().get(2))));
				driver.expect("the other decisions stay", Resolution.TAKEN,
						driver.ui(() -> session.resolution(session.disagreements().get(1))));
				driver.type('p');
				driver.type('n');
				driver.expect("p then n come back", at[3], driver.ui(() -> curation.current().begin()));
				driver.type('2'); // 王芳's ORG, which 李明 missed
				driver.expect("all resolved", 0, driver.ui(() -> session.unresolvedCount()));

				// a span everyone missed: select it and press a; its dialog is left with Escape
				int missed = at[3] + 30;
				driver.ui(() -> curation.text().setSelection(missed, missed + 2));
				driver.type('a');
				driver.press((char) 27, SWT.ESC);
				driver.check("a adds the selection to gold as the curator's own", driver.ui(() -> session.goldLayer().getSpans()
						.stream().anyMatch(g -> g.getBegin() == missed && g.getEnd() == missed + 2 && g.getSources().isEmpty())));

				driver.ui(() -> {
					curation.regionField().setText("测试区");
					curation.regionField().notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
				});
				driver.expect("the region is curated", "测试区", driver.ui(() -> session.report().getRegion()));
				driver.ui(() -> curation.finishButton().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event()));
				driver.check("finished and saved", driver.ui(() -> session.isFinished() && !session.isDirty()));
				driver.check("the part is not dirty", driver.ui(() -> !((MPart) workbench.application.getContext()
						.get(EModelService.class).find(CurationPart.ID, workbench.application)).isDirty()));
			} catch (RuntimeException e) {
				driver.findings.add("step failed: " + e);
			} finally {
				workbench.display.asyncExec(workbench.workbench::close);
			}
		}, "ui-curation-steps");
		steps.start();
		workbench.run();
		steps.join();
		assertEquals(List.of(), driver.findings);

		// the gold layer on disk, as a new process reads it
		assertEquals(true, Files.isRegularFile(corpus.resolve("reports").resolve(reportId).resolve("layers/gold.xmi")));
		CorpusStore again = CorpusStore.open(corpus);
		assertEquals(ReportStatus.CURATED, again.entry(reportId).orElseThrow().getStatus());
		assertEquals("测试区", again.entry(reportId).orElseThrow().getRegion());
		Layer gold = again.loadReport(reportId).getLayers().stream().filter(l -> l.getKind() == LayerKind.GOLD)
				.findFirst().orElseThrow();
		assertEquals(CURATOR, gold.getAnnotator());
		assertEquals(ReportStatus.CURATED, gold.getStatus());
		List<String> positives = new ArrayList<>();
		for (Span span : gold.getSpans()) {
			if (span.getStatus() != SpanStatus.REJECTED) {
				positives.add(span.getBegin() - at[0] + ":" + (span.getEnd() - span.getBegin()) + ":" + span.getLabel() + ":"
						+ span.getAnnotator() + ":" + span.getSources());
			}
		}
		positives.sort(null);
		List<String> expected = new ArrayList<>(List.of("0:3:ORG:auto:[" + LI + ", " + WANG + "]",
				(at[1] - at[0]) + ":2:PER:" + CURATOR + ":[" + WANG + "]", (at[2] - at[0]) + ":4:ORG:" + CURATOR + ":[" + LI + "]",
				(at[3] - at[0]) + ":2:ORG:" + CURATOR + ":[" + WANG + "]",
				(at[3] + 30 - at[0]) + ":2:ORG:" + CURATOR + ":[]")); // the span everyone missed, added with a
		expected.sort(null);
		assertEquals(expected, positives);
	}

	/** Places 60 characters apart where four Han characters stand. */
	private static int[] hanPlaces(String text, int count) {
		int[] places = new int[count];
		int found = 0;
		for (int i = 200; i + 4 < text.length() && found < count; i++) {
			boolean han = true;
			for (int k = 0; k < 4; k++) {
				han &= Character.UnicodeScript.of(text.charAt(i + k)) == Character.UnicodeScript.HAN;
			}
			if (han && (found == 0 || i - places[found - 1] >= 60)) {
				places[found++] = i;
			}
		}
		if (found < count) {
			throw new IllegalStateException("not enough Han text");
		}
		return places;
	}
}
