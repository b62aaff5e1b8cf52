package org.reportbank.ui.tests;

import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MItem;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.importing.CorpusImporter;
import org.reportbank.core.labels.DefaultLabels;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.editing.AnnotationSession;
import org.reportbank.editing.AnnotationSession.Decision;
import org.reportbank.model.Layer;
import org.reportbank.model.Metric;
import org.reportbank.model.Report;
import org.reportbank.model.ReportStatus;
import org.reportbank.model.Span;
import org.reportbank.model.SpanOrigin;
import org.reportbank.model.SpanStatus;
import org.reportbank.nlp.hanlp.PreAnnotator;
import org.reportbank.nlp.hanlp.SuggestionMerge;
import org.reportbank.ui.AnnotatorIdentity;
import org.reportbank.ui.CorpusLifeCycle;
import org.reportbank.ui.annotation.LabelPalettePart;
import org.reportbank.ui.annotation.PropertiesPart;
import org.reportbank.ui.annotation.ReportPart;
import org.reportbank.ui.annotation.SpanTablePart;
import org.reportbank.ui.presenters.Labels;

/**
 * An annotator's day in the real workbench under Xvfb, with real key presses: open a
 * pre-annotated seed report, tag a span with a label's key, accept and reject suggestions with
 * Enter and Delete, undo with Ctrl+Z, save with Ctrl+S; then an edit left unsaved reaches the
 * disk by autosave (what a crash would leave), and after a restart of the workbench the work is
 * all there.
 */
class AnnotationWorkbenchTest {

	private static final String ANNOTATOR = "王芳";

	@TempDir
	Path dir;

	@Test
	void tagAcceptRejectUndoSaveAutosaveAndRestart() throws Exception {
		Path corpus = dir.resolve("corpus");
		CorpusStore store = CorpusStore.openOrCreate(corpus);
		new CorpusImporter().importFiles(store, List.of(Path.of(System.getProperty("reportbank.root")).resolve("seeds")),
				new NullProgressMonitor());
		String reportId = store.entries().get(1).getId();
		Report report = store.loadReport(reportId);
		SuggestionMerge.apply(report, new PreAnnotator().annotate(report));
		store.save(report);
		System.setProperty(CorpusLifeCycle.CORPUS_PROPERTY, corpus.toString());
		System.setProperty(AnnotatorIdentity.PROPERTY, ANNOTATOR);
		System.setProperty("reportbank.autosave.millis", "2000"); // long enough to see the dirty marker on a busy machine

		// a word no suggestion covers, so the key makes a new span rather than accepting one
		int tagBegin = unsuggestedWord(report);
		int[] decided = new int[2];

		TestWorkbench first = TestWorkbench.create();
		UiDriver driver = new UiDriver(first.display);
		Thread steps = new Thread(() -> {
			try {
				ReportPart editor = (ReportPart) driver.ui(() -> first.part(ReportPart.ID));
				driver.ui(() -> editor.open(reportId));
				driver.waitFor("the report is shown", () -> editor.session() != null, 20_000);
				AnnotationSession session = driver.ui(() -> editor.session());
				driver.focus(editor.text());

				// select two characters and press the PER key (2)
				driver.ui(() -> editor.text().setSelection(tagBegin, tagBegin + 2));
				driver.type('2');
				Span tagged = driver.ui(() -> session.ownLayer().getSpans().stream()
						.filter(s -> s.getBegin() == tagBegin && s.getOrigin() == SpanOrigin.HUMAN).findFirst().orElse(null));
				driver.check("key 2 tagged the selection as PER", tagged != null && DefaultLabels.PER.equals(tagged.getLabel()));
				StyleRange look = driver.ui(() -> editor.text().getStyleRangeAtOffset(tagBegin));
				driver.check("the tagged span is highlighted", look != null && look.background != null);
				driver.check("the part is marked dirty", driver.ui(() -> first.workbench.getApplication() != null
						&& ((org.eclipse.e4.ui.model.application.ui.basic.MPart) first.application.getContext()
								.get(org.eclipse.e4.ui.workbench.modeling.EModelService.class)
								.find(ReportPart.ID, first.application)).isDirty()));

				// n: first undecided suggestion; Enter accepts it and moves on; Delete rejects the next
				driver.type('n');
				Span firstSuggestion = driver.ui(() -> session.current());
				driver.check("n selects a suggestion", firstSuggestion != null && session.isSuggestion(firstSuggestion));
				driver.press('\r', SWT.CR);
				driver.expect("Enter accepts", Decision.ACCEPTED, driver.ui(() -> session.decision(firstSuggestion)));
				Span secondSuggestion = driver.ui(() -> session.current());
				driver.check("the next suggestion is selected", secondSuggestion != null && secondSuggestion != firstSuggestion);
				driver.press((char) 127, SWT.DEL);
				driver.expect("Delete rejects", Decision.REJECTED, driver.ui(() -> session.decision(secondSuggestion)));

				// the span table and the properties follow
				SpanTablePart table = (SpanTablePart) driver.ui(() -> first.part(SpanTablePart.ID));
				driver.waitFor("the span table lists the rejection", () -> table.viewer().getTable().getItemCount() > 10
						&& session.allSpans().stream().anyMatch(s -> s.getStatus() == SpanStatus.REJECTED), 5_000);

				// one Undo serves the editor and the views beside it, its menu item naming the edit
				driver.ui(() -> first.application.getContext().get(EPartService.class).activate(
						(MPart) first.application.getContext().get(EModelService.class).find(SpanTablePart.ID, first.application)));
				String undoFromTable = driver.ui(() -> undoLabel(first));
				driver.check("Undo names the rejection from the span table: " + undoFromTable,
						undoFromTable.startsWith("&Undo Reject ") && undoFromTable.length() > "&Undo Reject ".length());

				// Ctrl+Z takes the rejection back
				driver.focus(editor.text());
				driver.press('z', 'z', SWT.CTRL);
				driver.expect("Ctrl+Z undoes the rejection", Decision.UNDECIDED, driver.ui(() -> session.decision(secondSuggestion)));
				driver.expect("but not the acceptance", Decision.ACCEPTED, driver.ui(() -> session.decision(firstSuggestion)));

				// Ctrl+S saves
				driver.press('s', 's', SWT.CTRL);
				driver.check("Ctrl+S saved", driver.ui(() -> !session.isDirty()));
				Layer saved = layerOnDisk(corpus, reportId);
				driver.expect("spans in the saved layer", 2, saved == null ? -1 : saved.getSpans().size());

				// an edit left unsaved is written by autosave: what a crash would leave on disk
				driver.type('n');
				Span third = driver.ui(() -> session.current());
				driver.press('\r', SWT.CR);
				decided[0] = third == null ? -1 : third.getBegin();
				driver.waitFor("autosave", () -> !session.isDirty(), 10_000);
				Layer autosaved = layerOnDisk(corpus, reportId);
				driver.expect("spans after autosave", 3, autosaved == null ? -1 : autosaved.getSpans().size());
				driver.expect("the annotator's layer says in progress", ReportStatus.IN_PROGRESS, autosaved.getStatus());

				// the properties part shows the current span's metric fields
				PropertiesPart properties = (PropertiesPart) driver.ui(() -> first.part(PropertiesPart.ID));
				driver.ui(() -> session.select(tagged));
				driver.check("properties show the current span", driver.ui(() -> properties.shown() == tagged));

				// Alt+Right widens the current span by one character
				driver.focus(editor.text());
				driver.press((char) 0, SWT.ARROW_RIGHT, SWT.ALT);
				driver.expect("Alt+Right moves the end", tagBegin + 3, driver.ui(() -> session.current().getEnd()));
				driver.ui(() -> editor.text().setToolTipText(null));
				driver.check("the hover tells label, origin and annotator",
						driver.ui(() -> Labels.hover(session, session.current())).startsWith("PER · human · accepted · 王芳"));

				// a click on METRIC in the palette relabels the current span; its value is typed in the properties
				LabelPalettePart palette = (LabelPalettePart) driver.ui(() -> first.part(LabelPalettePart.ID));
				driver.ui(() -> palette.apply(session.label(DefaultLabels.METRIC)));
				driver.check("the palette relabels the current span as a metric",
						driver.ui(() -> session.current() instanceof Metric));
				driver.ui(() -> {
					properties.valueField().setText("68");
					properties.valueField().notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
				});
				driver.expect("the value typed in the properties", new BigDecimal("68"),
						driver.ui(() -> ((Metric) session.current()).getValue()));

				// a claim's citations are ticked in the properties
				Span claim = driver.ui(() -> session.suggestions().stream()
						.filter(c -> c instanceof org.reportbank.model.Claim k && !k.getMetrics().isEmpty()
								&& session.decisionOn(c) == null && k.getMetrics().stream().allMatch(m -> session.decisionOn(m) == null))
						.findFirst().orElse(null));
				driver.ui(() -> session.select(claim));
				org.eclipse.swt.widgets.Button box = driver.ui(() -> (org.eclipse.swt.widgets.Button) java.util.Arrays
						.stream(properties.citationBoxes()).filter(c -> c instanceof org.eclipse.swt.widgets.Button).findFirst()
						.orElse(null));
				driver.check("the claim's metrics are offered as check boxes, ticked as suggested", box != null
						&& driver.ui(() -> box.getSelection()));
				driver.ui(() -> {
					box.setSelection(false);
					box.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
				});
				driver.waitFor("unticking accepts the claim without that metric",
						() -> session.decisionOn(claim) instanceof org.reportbank.model.Claim k && k.getMetrics().isEmpty(), 5_000);
				org.eclipse.swt.widgets.Button again = driver.ui(() -> (org.eclipse.swt.widgets.Button) java.util.Arrays
						.stream(properties.citationBoxes()).filter(c -> c instanceof org.eclipse.swt.widgets.Button).findFirst()
						.orElse(null));
				driver.ui(() -> {
					again.setSelection(true);
					again.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
				});
				driver.waitFor("ticking it cites the annotator's accepted metric",
						() -> session.decisionOn(claim) instanceof org.reportbank.model.Claim k
								&& k.getMetrics().size() == 1 && session.isOwn(k.getMetrics().get(0)),
						5_000);
				driver.ui(() -> session.undo());
				driver.ui(() -> session.undo());

				// three suggestions accepted at once from the span table, as one edit
				int before = driver.ui(() -> session.decidedCount());
				driver.ui(() -> {
					List<Span> undecided = session.suggestions().stream().filter(s -> session.decisionOn(s) == null).limit(3).toList();
					table.select(undecided);
					table.acceptSelected();
				});
				driver.expect("bulk accept", before + 3, driver.ui(() -> session.decidedCount()));
				driver.waitFor("the bulk accept is autosaved", () -> !session.isDirty(), 10_000);

				// while a command-line run holds the corpus, autosave keeps the edit and tries again later
				try (CorpusStore.WriteSession held = CorpusStore.open(corpus).beginWrite("a command-line run")) {
					driver.focus(editor.text());
					driver.type('n');
					driver.press('\r', SWT.CR);
					UiDriver.pause(3_000); // past the first autosave attempt, which finds the corpus held
					driver.check("the edit waits, unsaved, while the corpus is held", driver.ui(() -> session.isDirty()));
					driver.expect("nothing written meanwhile", 6, layerOnDisk(corpus, reportId).getSpans().size());
				} catch (StoreException e) {
					driver.findings.add("could not hold the corpus: " + e);
				}
				driver.waitFor("autosave after the corpus is free", () -> !session.isDirty(), 10_000);
				driver.expect("the waiting edit is written", 7, layerOnDisk(corpus, reportId).getSpans().size());
			} catch (RuntimeException e) {
				driver.findings.add("step failed: " + e);
			} finally {
				first.display.asyncExec(first.workbench::close);
			}
		}, "ui-steps");
		steps.start();
		first.run();
		steps.join();

		// restart: a new workbench on the same corpus shows the work
		TestWorkbench second = TestWorkbench.create();
		UiDriver again = new UiDriver(second.display);
		Thread check = new Thread(() -> {
			try {
				ReportPart editor = (ReportPart) again.ui(() -> second.part(ReportPart.ID));
				// no open() here: the report open when the workbench closed comes back by itself
				again.waitFor("the report open before the restart is open again", () -> editor.session() != null
						&& editor.report().getId().equals(reportId), 20_000);
				AnnotationSession session = again.ui(() -> editor.session());
				// closing the workbench saved what autosave had not written yet
				again.expect("own spans after the restart", 7, again.ui(() -> session.ownLayer().getSpans().size()));
				again.expect("decisions after the restart", 6, again.ui(() -> session.decidedCount()));
				again.check("the metric value after the restart", again.ui(() -> session.ownLayer().getSpans().stream()
						.anyMatch(s -> s instanceof Metric m && new BigDecimal("68").equals(m.getValue()))));
				StyleRange look = again.ui(() -> editor.text().getStyleRangeAtOffset(tagBegin));
				again.check("the tagged span is highlighted after the restart", look != null && look.background != null);
			} catch (RuntimeException e) {
				again.findings.add("step failed: " + e);
			} finally {
				second.display.asyncExec(second.workbench::close);
			}
		}, "ui-check-after-restart");
		check.start();
		second.run();
		check.join();

		assertEquals(List.of(), driver.findings);
		assertEquals(List.of(), again.findings);
		assertTrue(decided[0] >= 0, "a third suggestion was there to accept");
	}

	/** Where two Han characters stand that no suggestion touches. */
	private static int unsuggestedWord(Report report) {
		Layer suggestions = report.getLayers().stream().filter(l -> l.getKind() == org.reportbank.model.LayerKind.PREANNOTATION)
				.findFirst().orElseThrow();
		String text = report.getText();
		for (int at = 200; at + 2 < text.length(); at++) {
			int b = at;
			if (Character.UnicodeScript.of(text.charAt(b)) == Character.UnicodeScript.HAN
					&& Character.UnicodeScript.of(text.charAt(b + 1)) == Character.UnicodeScript.HAN
					&& suggestions.getSpans().stream().noneMatch(s -> s.getBegin() < b + 2 && b < s.getEnd())) {
				return b;
			}
		}
		throw new IllegalStateException("no free word in " + report.getId());
	}

	/** The annotator's layer as a new process would read it from disk, or null. */
	private static Layer layerOnDisk(Path corpus, String reportId) {
		try {
			return CorpusStore.open(corpus).loadReport(reportId).getLayers().stream()
					.filter(l -> ANNOTATOR.equals(l.getId())).findFirst().orElse(null);
		} catch (StoreException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The Edit menu's Undo item as the handler labels it when the menu is shown (the item is in the evaluation context). */
	private static String undoLabel(TestWorkbench workbench) {
		MApplication application = workbench.application;
		MHandledMenuItem item = application.getContext().get(EModelService.class).findElements(application,
				"org.reportbank.app.menuitem.undo", MHandledMenuItem.class, null, EModelService.ANYWHERE | EModelService.IN_MAIN_MENU)
				.get(0);
		ParameterizedCommand undo = application.getContext().get(ECommandService.class).createCommand(item.getCommand().getElementId(),
				Map.of());
		IEclipseContext evaluation = EclipseContextFactory.create();
		evaluation.set(MItem.class, item);
		application.getContext().get(EHandlerService.class).canExecute(undo, evaluation);
		return item.getLabel();
	}
}
