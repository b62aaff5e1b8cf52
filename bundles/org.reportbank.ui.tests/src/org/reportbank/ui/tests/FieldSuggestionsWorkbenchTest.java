package org.reportbank.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.importing.CorpusImporter;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.curation.CurationSession;
import org.reportbank.editing.AnnotationFiles;
import org.reportbank.editing.AnnotationSession;
import org.reportbank.model.FieldDecisionStatus;
import org.reportbank.model.Layer;
import org.reportbank.model.Report;
import org.reportbank.ui.AnnotatorIdentity;
import org.reportbank.ui.CorpusLifeCycle;
import org.reportbank.ui.annotation.PropertiesPart;
import org.reportbank.ui.annotation.ReportPart;
import org.reportbank.ui.curation.CurationPart;

/**
 * A report's document fields as suggestions, in the real workbench under Xvfb: 王芳 accepts the
 * title and corrects the region in Properties (the correction typed, applied with Enter, undone
 * and redone with the keys), which is saved in her layer file only; then a curator sees the
 * region two of three annotators gave, adopts it with one click, and report.xmi has it.
 */
class FieldSuggestionsWorkbenchTest {

	private static final String ANNOTATOR = "王芳";
	private static final String CURATOR = "赵主任";
	private static final String CORRECTED = "柳州市柳南区";

	@TempDir
	Path dir;

	/** Gives perspective elements (ids after org.reportbank.ui.perspective.) new shares of their sash, as dragging would. */
	private static void roomFor(TestWorkbench workbench, String... idAndShare) {
		EModelService models = workbench.application.getContext().get(EModelService.class);
		for (int i = 0; i < idAndShare.length; i += 2) {
			List<MUIElement> found = models.findElements(workbench.application, "org.reportbank.ui.perspective." + idAndShare[i],
					MUIElement.class, null, EModelService.ANYWHERE);
			String share = idAndShare[i + 1];
			found.forEach(element -> element.setContainerData(share));
		}
	}

	@Test
	void anAnnotatorAcceptsOneFieldAndCorrectsAnotherAndTheCuratorAdoptsTheCorrection() throws Exception {
		Path corpus = dir.resolve("corpus");
		CorpusStore store = CorpusStore.openOrCreate(corpus);
		new CorpusImporter().importFiles(store, List.of(Path.of(System.getProperty("reportbank.root")).resolve("seeds")),
				new NullProgressMonitor());
		String reportId = store.entries().stream().filter(e -> "柳南区".equals(e.getRegion())).findFirst().orElseThrow().getId();
		Report imported = store.loadReport(reportId);
		// two colleagues decided already: one gives the region as 王芳 will, one the year otherwise
		AnnotationSession li = new AnnotationSession(imported, "李明", store.corpus().getLabelSet());
		li.decideField("region", CORRECTED);
		li.acceptField("title");
		AnnotationSession zhang = new AnnotationSession(imported, "张伟", store.corpus().getLabelSet());
		zhang.acceptField("region");
		zhang.decideField("year", "2022");
		AnnotationFiles.write(store, li.snapshot());
		AnnotationFiles.write(store, zhang.snapshot());
		Path reportFile = corpus.resolve("reports").resolve(reportId).resolve("report.xmi");
		byte[] reportBefore = Files.readAllBytes(reportFile);

		System.setProperty(CorpusLifeCycle.CORPUS_PROPERTY, corpus.toString());
		System.setProperty(AnnotatorIdentity.PROPERTY, ANNOTATOR);
		System.setProperty("reportbank.autosave.millis", "700");
		TestWorkbench annotating = TestWorkbench.create();
		UiDriver driver = new UiDriver(annotating.display);
		annotating.drive(driver, () -> {
			ReportPart editor = (ReportPart) driver.ui(() -> annotating.part(ReportPart.ID));
			PropertiesPart properties = (PropertiesPart) driver.ui(() -> annotating.part(PropertiesPart.ID));
			driver.ui(() -> editor.open(reportId));
			driver.waitFor("the report is shown", () -> editor.session() != null, 20_000);
			AnnotationSession session = driver.ui(() -> editor.session());
			driver.expect("no span is current, so Properties shows the fields", null, driver.ui(() -> properties.shown()));
			driver.expect("the region box holds what the import read", "柳南区",
					driver.ui(() -> properties.documentFieldBox("region").getText()));
			driver.check("and says where it read it", driver.ui(() -> properties.documentFieldStates().get(1).startsWith("Suggested · ")
					&& properties.documentFieldStates().get(1).contains("柳南区")));

			driver.ui(() -> properties.documentFieldAccept("title").notifyListeners(SWT.Selection, new Event()));
			driver.expect("Accept accepts the title", FieldDecisionStatus.ACCEPTED,
					driver.ui(() -> session.fieldDecision("title").getStatus()));
			driver.ui(() -> properties.documentFieldBox("region").setText(CORRECTED));
			driver.focus(properties.documentFieldBox("region"));
			driver.pressUntil('\r', SWT.CR, "Enter applies the correction", () -> session.fieldDecision("region") != null);
			driver.expect("the region is corrected", CORRECTED, driver.ui(() -> session.fieldDecision("region").getValue()));
			driver.check("and the line under it says so",
					driver.ui(() -> properties.documentFieldStates().get(1).startsWith("✎ Corrected")));
			driver.expect("the report itself keeps its region", "柳南区", driver.ui(() -> session.report().getRegion()));

			driver.focus(editor.text());
			driver.press('z', 'z', SWT.CTRL);
			driver.waitFor("Ctrl+Z takes the correction back", () -> session.fieldDecision("region") == null, 5_000);
			driver.expect("and the box shows the suggestion again", "柳南区",
					driver.ui(() -> properties.documentFieldBox("region").getText()));
			driver.press('y', 'y', SWT.CTRL);
			driver.waitFor("Ctrl+Y makes it again", () -> session.fieldDecision("region") != null, 5_000);
			driver.waitFor("autosave writes her layer", () -> !session.isDirty(), 10_000);
			// for the picture, Properties as tall as an annotator deciding fields would drag it
			driver.ui(() -> roomFor(annotating, "stack.palette", "25", "stack.properties", "75", "sash.center", "49", "sash.right", "26"));
			Screenshots.take(driver, driver.ui(() -> editor.text().getShell()), "annotator-document-fields");
		});

		Layer saved = CorpusStore.open(corpus).loadLayer(reportId, ANNOTATOR).orElseThrow();
		assertEquals(List.of("title accepted", "region corrected " + CORRECTED), saved.getFieldDecisions().stream()
				.map(d -> d.getField() + " " + d.getStatus() + (d.getStatus() == FieldDecisionStatus.CORRECTED ? " " + d.getValue() : ""))
				.toList());
		assertArrayEquals(reportBefore, Files.readAllBytes(reportFile), "an annotator's save leaves report.xmi byte for byte");

		System.setProperty(AnnotatorIdentity.PROPERTY, CURATOR);
		TestWorkbench curating = TestWorkbench.create();
		UiDriver curator = new UiDriver(curating.display);
		curating.drive(curator, () -> {
			ReportPart editor = (ReportPart) curator.ui(() -> curating.part(ReportPart.ID));
			curator.ui(() -> editor.open(reportId));
			curator.waitFor("the report is shown", () -> editor.session() != null, 20_000);
			curator.ui(() -> curating.execute("org.reportbank.ui.command.curate", null));
			curator.waitFor("the Curation view comes up", () -> {
				try {
					return curating.part(CurationPart.ID) != null;
				} catch (IllegalStateException notYet) {
					return false;
				}
			}, 20_000);
			CurationPart curation = (CurationPart) curator.ui(() -> curating.part(CurationPart.ID));
			curator.waitFor("the curation is shown", () -> curation.session() != null, 20_000);
			CurationSession session = curator.ui(() -> curation.session());
			curator.expect("the annotators' values that differ from the report, most agreed first",
					List.of("Region 「柳南区」 → 「" + CORRECTED + "」: 2 of 3 say so (李明, 王芳)", "Year 「2021」 → 「2022」: 1 of 3 say so (张伟)"),
					curator.ui(() -> curation.proposalTexts()));
			Screenshots.take(curator, curator.ui(() -> curation.text().getShell()), "curation-field-proposals");
			curator.ui(() -> curation.adoptButtons().get(0).notifyListeners(SWT.Selection, new Event()));
			curator.expect("Adopt makes it the report's region", CORRECTED, curator.ui(() -> session.report().getRegion()));
			curator.expect("the Region box follows", CORRECTED, curator.ui(() -> curation.regionField().getText()));
			curator.expect("the one who accepted the old region now differs from the report, and is shown so",
					List.of("Region 「" + CORRECTED + "」 → 「柳南区」: 1 of 3 say so (张伟)", "Year 「2021」 → 「2022」: 1 of 3 say so (张伟)"),
					curator.ui(() -> curation.proposalTexts()));
			curator.check("saved", curator.ui(() -> curation.saveNow()));
		});

		CorpusStore after = CorpusStore.open(corpus);
		assertEquals(CORRECTED, after.loadReport(reportId).getRegion(), "report.xmi holds the adopted region");
		assertEquals(CORRECTED, after.entry(reportId).orElseThrow().getRegion(), "and so does the index");
		assertEquals("柳南区", after.loadLayer(reportId, ANNOTATOR).orElseThrow().getFieldDecisions().get(1).getSuggested(),
				"her layer still says what she decided on");
		assertTrue(after.loadReport(reportId).getTitle().startsWith("柳南区2021年"));
	}
}
