package org.reportbank.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Spinner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.importing.CorpusImporter;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.editing.AnnotationSession;
import org.reportbank.editing.AnnotationSession.SuggestionOrder;
import org.reportbank.model.Report;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.Span;
import org.reportbank.model.SpanOrigin;
import org.reportbank.nlp.hanlp.PreAnnotator;
import org.reportbank.nlp.hanlp.SuggestionMerge;
import org.reportbank.recommenders.PerceptronRecommender;
import org.reportbank.recommenders.StringMatcher;
import org.reportbank.ui.AnnotatorIdentity;
import org.reportbank.ui.CorpusLifeCycle;
import org.reportbank.ui.annotation.ReportPart;
import org.reportbank.ui.recommenders.RecommendersPart;
import org.reportbank.ui.widgets.StatusLineMessage;

/**
 * The corpus teaching the suggestions, in the real workbench on the sample reports: Train refuses
 * with a clear message before anything is annotated; after accepting suggestions in two reports,
 * Train, Evaluate (scores and a learning curve) and Suggest run as jobs and the editor shows the
 * models' suggestions; Uncertain First changes which suggestion n selects; Annotate All
 * Occurrences tags every other occurrence and one Undo takes them back; and after a few decisions
 * the models learn again while the report stays open with its undo history.
 */
class RecommendersWorkbenchTest {

	private static final String OCCURRENCES = "org.reportbank.ui.command.occurrences";

	@TempDir
	Path dir;

	@Test
	void trainEvaluateSuggestReviewUncertainFirstAndRetrainWhileAnnotating() throws Exception {
		Path corpus = dir.resolve("corpus");
		CorpusStore store = CorpusStore.openOrCreate(corpus);
		new CorpusImporter().importFiles(store, List.of(Path.of(System.getProperty("reportbank.root")).resolve("seeds")),
				new NullProgressMonitor());
		List<String> ids = new ArrayList<>();
		for (ReportEntry entry : store.entries()) {
			Report report = store.loadReport(entry.getId());
			SuggestionMerge.apply(report, new PreAnnotator().annotate(report));
			store.save(report);
			ids.add(entry.getId());
		}
		System.setProperty(CorpusLifeCycle.CORPUS_PROPERTY, corpus.toString());
		System.setProperty(AnnotatorIdentity.PROPERTY, "王芳");

		TestWorkbench bench = TestWorkbench.create();
		UiDriver driver = new UiDriver(bench.display);
		Thread steps = new Thread(() -> {
			try {
				ReportPart editor = (ReportPart) driver.ui(() -> bench.part(ReportPart.ID));
				StatusLineMessage status = driver.ui(() -> bench.statusLine());

				// View > Recommenders brings the view; Train with nothing annotated says why in the view
				runCommand(driver, bench, "org.reportbank.ui.command.recommenders", Map.of());
				driver.waitFor("the Recommenders view is shown", () -> partOrNull(bench) != null, 10_000);
				RecommendersPart view = driver.ui(() -> partOrNull(bench));
				driver.expect("a row per recommender", List.of("string", "perceptron"),
						driver.ui(() -> view.rows().stream().map(r -> r.name()).toList()));
				driver.ui(() -> click(view.recommenderTable().getParent(), "&Train"));
				driver.waitFor("too few spans is said in the view", () -> view.message().startsWith("Too few spans"), 30_000);

				// no retraining while accepting in bulk below: its turn comes at the end
				driver.ui(() -> {
					Spinner retrain = spinnerAfter(view, "Retrain after:");
					retrain.setSelection(0);
					retrain.notifyListeners(SWT.Modify, new Event());
				});
				driver.waitFor("the editor's loop is off", () -> editor.learning().settings().retrainEvery() == 0, 10_000);

				// accept half of the suggestions of two reports, as an annotator would
				for (String id : List.of(ids.get(0), ids.get(1))) {
					driver.ui(() -> editor.open(id));
					driver.waitFor("report " + id + " is shown", () -> editor.session() != null && editor.report().getId().equals(id),
							20_000);
					driver.ui(() -> {
						AnnotationSession session = editor.session();
						List<Span> all = session.undecidedSuggestions(null, 0);
						session.acceptAll(all.subList(0, all.size() / 2));
						return editor.saveNow();
					});
				}

				// Train, Evaluate: the scores and the curve fill in
				driver.ui(() -> click(view.recommenderTable().getParent(), "&Train"));
				driver.waitFor("training is done", () -> view.message().startsWith("Trained "), 120_000);
				driver.check("the status line says so: " + driver.ui(() -> status.text()),
						driver.ui(() -> status.text()).startsWith("Trained "));
				driver.ui(() -> click(view.recommenderTable().getParent(), "&Evaluate"));
				driver.waitFor("evaluation is done", () -> view.message().startsWith("Evaluated: "), 300_000);
				driver.check("every row has its F1 and when: " + driver.ui(() -> view.rows()), driver.ui(() -> view.rows())
						.stream().allMatch(r -> r.f1().matches("\\d\\.\\d\\d") && !r.evaluated().equals("not evaluated")));
				driver.ui(() -> view.selectRecommender("perceptron"));
				driver.expect("the learning curve: the origin and ten points", 11, driver.ui(() -> view.curve().points().size()));
				driver.check("its title names the recommender: " + driver.ui(() -> view.curve().title()),
						driver.ui(() -> view.curve().title()).startsWith("Learning curve of Perceptron"));
				// the user guide's picture: the view maximized, as a person studies the curve; then back
				org.eclipse.e4.ui.model.application.ui.MUIElement stack = driver.ui(() -> bench.application.getContext()
						.get(org.eclipse.e4.ui.workbench.modeling.EModelService.class).find(RecommendersPart.ID, bench.application)
						.getParent());
				driver.ui(() -> stack.getTags().add(org.eclipse.e4.ui.workbench.IPresentationEngine.MAXIMIZED));
				Screenshots.take(driver, driver.ui(() -> editor.text().getShell()), "recommenders");
				driver.ui(() -> stack.getTags().remove(org.eclipse.e4.ui.workbench.IPresentationEngine.MAXIMIZED));

				// Suggest: the open report takes the models' suggestions in place, its undo history kept
				String open = driver.ui(() -> editor.report().getId());
				AnnotationSession session = driver.ui(() -> editor.session());
				driver.check("the accepted half can be undone before Suggest", driver.ui(() -> session.canUndo()));
				driver.ui(() -> click(view.recommenderTable().getParent(), "&Suggest"));
				driver.waitFor("suggesting is done", () -> view.message().startsWith("Suggested in 3 reports"), 120_000);
				driver.waitFor("the editor shows model suggestions", () -> editor.session() != null
						&& editor.report().getId().equals(open)
						&& editor.session().suggestions().stream().anyMatch(s -> s.getOrigin() == SpanOrigin.MODEL), 30_000);
				driver.check("the same session: the report was not reloaded", driver.ui(() -> editor.session()) == session);
				driver.check("and its undo history is still there", driver.ui(() -> session.canUndo()));
				driver.check("they say which recommender made them", driver.ui(() -> session.suggestions().stream()
						.filter(s -> s.getOrigin() == SpanOrigin.MODEL)
						.allMatch(s -> List.of(StringMatcher.NAME, PerceptronRecommender.NAME).contains(s.getTool()))));

				// Uncertain First: n goes to the least certain suggestion instead of the next in the text
				// the caret after the least certain suggestion, so the next one in the text is another
				int caret = driver.ui(() -> {
					Span smallest = session.firstUndecided(SuggestionOrder.UNCERTAINTY);
					return session.firstUndecidedFrom(smallest.getEnd()) != null ? smallest.getEnd() : 0;
				});
				driver.focus(editor.text());
				driver.ui(() -> {
					session.select(null);
					editor.text().setCaretOffset(caret);
				});
				driver.pressUntil('n', 'n', "n in reading order", () -> session.current() != null);
				Span inReadingOrder = driver.ui(() -> session.current());
				driver.expect("n in reading order goes to the first suggestion from the caret",
						driver.ui(() -> session.firstUndecidedFrom(caret)), inReadingOrder);
				runCommand(driver, bench, "org.reportbank.ui.command.uncertain", Map.of());
				driver.waitFor("the view's check box follows", () -> checkBox(view, "Uncertain first").getSelection(), 5_000);
				driver.ui(() -> session.select(null));
				driver.focus(editor.text());
				driver.pressUntil('n', 'n', "n uncertain first", () -> session.current() != null);
				Span leastCertain = driver.ui(() -> session.current());
				driver.expect("n uncertain first goes to the smallest margin",
						driver.ui(() -> session.firstUndecided(SuggestionOrder.UNCERTAINTY)), leastCertain);
				driver.check("and that is another suggestion than in reading order", leastCertain != inReadingOrder);
				runCommand(driver, bench, "org.reportbank.ui.command.uncertain", Map.of()); // as shipped for the next test
				driver.waitFor("back to reading order", () -> !checkBox(view, "Uncertain first").getSelection(), 5_000);

				// Annotate All Occurrences: a word tagged once, every other occurrence by one command, one Undo
				String text = driver.ui(() -> session.report().getText());
				String word = "工作";
				int occurrences = count(text, word);
				driver.check("the report says 工作 several times (" + occurrences + ")", occurrences > 3);
				int ownBefore = driver.ui(() -> {
					int at = text.indexOf(word);
					Span tagged = session.tag(at, at + word.length(), "DATE");
					session.select(tagged);
					return session.ownLayer().getSpans().size();
				});
				runCommand(driver, bench, OCCURRENCES, Map.of(OCCURRENCES + ".scope", "report"));
				driver.waitFor("every other 工作 is DATE", () -> session.ownLayer().getSpans().size() == ownBefore + occurrences - 1,
						10_000);
				driver.waitFor("the status line says how many: " + driver.ui(() -> status.text()),
						() -> status.text().startsWith("Tagged " + (occurrences - 1) + " more occurrences of 工作 as DATE"), 5_000);
				runCommand(driver, bench, "org.reportbank.ui.command.undo", Map.of());
				driver.waitFor("one Undo takes them all back", () -> session.ownLayer().getSpans().size() == ownBefore, 10_000);

				// in the corpus: the other reports get them in 王芳's layer too, and the same one Undo takes those back as well
				String other = ids.stream().filter(id -> !id.equals(open)).findFirst().orElseThrow();
				int elsewhereBefore = tagged(store, other, word);
				runCommand(driver, bench, OCCURRENCES, Map.of(OCCURRENCES + ".scope", "corpus"));
				driver.waitFor("every other 工作 here is DATE again",
						() -> session.ownLayer().getSpans().size() == ownBefore + occurrences - 1,
						30_000);
				driver.waitFor("and in the other reports: " + driver.ui(() -> status.text()),
						() -> status.text().contains("other reports (one Undo takes them all back)"), 10_000);
				driver.check("another report has 工作 as DATE in 王芳's layer", tagged(store, other, word) > elsewhereBefore);
				runCommand(driver, bench, "org.reportbank.ui.command.undo", Map.of());
				driver.waitFor("one Undo takes them back here", () -> session.ownLayer().getSpans().size() == ownBefore, 10_000);
				driver.waitFor("and in the other reports", () -> tagged(store, other, word) == elsewhereBefore, 30_000);
				runCommand(driver, bench, "org.reportbank.ui.command.redo", Map.of());
				driver.waitFor("Redo does both again", () -> session.ownLayer().getSpans().size() == ownBefore + occurrences - 1
						&& tagged(store, other, word) > elsewhereBefore, 30_000);
				runCommand(driver, bench, "org.reportbank.ui.command.undo", Map.of());
				driver.waitFor("and Undo takes both back once more", () -> session.ownLayer().getSpans().size() == ownBefore
						&& tagged(store, other, word) == elsewhereBefore, 30_000);

				// retraining while annotating: three decisions, then the models learn again and the report stays open
				driver.ui(() -> {
					Spinner retrain = spinnerAfter(view, "Retrain after:");
					retrain.setSelection(3);
					retrain.notifyListeners(SWT.Modify, new Event());
				});
				driver.waitFor("the editor's loop follows the setting", () -> editor.learning().settings().retrainEvery() == 3,
						10_000);
				driver.focus(editor.text());
				driver.ui(() -> session.select(null));
				driver.pressUntil('n', 'n', "n before deciding", () -> session.current() != null);
				for (int i = 0; i < 3; i++) {
					Span current = driver.ui(() -> session.current());
					driver.pressUntil('\r', SWT.CR, "Enter accepts", () -> session.current() != current);
				}
				driver.waitFor("the recommenders retrain in the background and say so",
						() -> editor.learning().retrainings() == 1 && status.text().startsWith("Recommenders retrained on "), 180_000);
				driver.check("the same session: nothing was reloaded", driver.ui(() -> editor.session()) == session);
				driver.check("the decisions were saved first", driver.ui(() -> !session.isDirty()));
				int decided = driver.ui(() -> session.decidedCount());
				driver.ui(() -> session.undo());
				driver.expect("the undo history survived the retraining", decided - 1, driver.ui(() -> session.decidedCount()));
			} catch (RuntimeException e) {
				driver.findings.add("step failed: " + e);
			} finally {
				bench.display.asyncExec(bench.workbench::close);
			}
		}, "ui-steps");
		steps.start();
		bench.run();
		steps.join();
		assertTrue(driver.findings.isEmpty(), String.join("\n", driver.findings));
	}

	private static RecommendersPart partOrNull(TestWorkbench bench) {
		try {
			return (RecommendersPart) bench.part(RecommendersPart.ID);
		} catch (IllegalStateException e) {
			return null;
		}
	}

	private static void runCommand(UiDriver driver, TestWorkbench bench, String id, Map<String, Object> parameters) {
		driver.ui(() -> {
			ECommandService commands = bench.application.getContext().get(ECommandService.class);
			EHandlerService handlers = bench.application.getContext().get(EHandlerService.class);
			ParameterizedCommand command = commands.createCommand(id, parameters);
			handlers.executeHandler(command);
		});
	}

	private static int count(String text, String word) {
		int found = 0;
		for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
			found++;
		}
		return found;
	}

	private static void click(Control root, String text) {
		Button button = all(root.getParent(), Button.class).stream().filter(b -> text.equals(b.getText())).findFirst()
				.orElseThrow(() -> new IllegalStateException("no button " + text));
		button.notifyListeners(SWT.Selection, new Event());
	}

	private static Button checkBox(RecommendersPart view, String startOfText) {
		return all(view.recommenderTable().getParent(), Button.class).stream()
				.filter(b -> b.getText().startsWith(startOfText)).findFirst().orElseThrow();
	}

	/** The spinner beside the label with this text. */
	private static Spinner spinnerAfter(RecommendersPart view, String labelText) {
		List<Control> controls = all(view.recommenderTable().getParent(), Control.class);
		for (int i = 0; i < controls.size(); i++) {
			if (controls.get(i) instanceof org.eclipse.swt.widgets.Label label && labelText.equals(label.getText())) {
				for (int j = i + 1; j < controls.size(); j++) {
					if (controls.get(j) instanceof Spinner spinner) {
						return spinner;
					}
				}
			}
		}
		throw new IllegalStateException("no spinner after " + labelText);
	}

	private static <T extends Control> List<T> all(Control root, Class<T> type) {
		List<T> found = new ArrayList<>();
		collect(root, type, found);
		return found;
	}

	private static <T extends Control> void collect(Control control, Class<T> type, List<T> into) {
		if (type.isInstance(control)) {
			into.add(type.cast(control));
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, into);
			}
		}
	}

	/** How many spans of the word labeled DATE 王芳's layer of the report holds on disk. */
	private static int tagged(CorpusStore store, String reportId, String word) {
		try {
			String text = store.loadReport(reportId).getText();
			return store.loadLayer(reportId, "王芳").map(layer -> (int) layer.getSpans().stream()
					.filter(s -> "DATE".equals(s.getLabel()) && text.substring(s.getBegin(), s.getEnd()).equals(word)).count()).orElse(0);
		} catch (StoreException e) {
			throw new IllegalStateException(e);
		}
	}
}
