package org.reportbank.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.reportbank.ui.preferences.KeysPage;
import org.reportbank.ui.workbench.UserKeys;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.importing.CorpusImporter;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.editing.AnnotationSession;
import org.reportbank.model.Report;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.Span;
import org.reportbank.nlp.hanlp.PreAnnotator;
import org.reportbank.nlp.hanlp.SuggestionMerge;
import org.reportbank.ui.AnnotatorIdentity;
import org.reportbank.ui.CorpusEvents;
import org.reportbank.ui.CorpusLifeCycle;
import org.reportbank.ui.corpus.CorpusNavigatorPart;
import org.reportbank.ui.annotation.PropertiesPart;
import org.reportbank.ui.annotation.ReportPart;
import org.reportbank.ui.annotation.SpanTablePart;
import org.reportbank.ui.widgets.StatusLineMessage;

/**
 * An annotator's day as the annotator meets it, with real key presses under Xvfb: every
 * suggestion of a real pre-annotated report decided with n and Enter alone, the current span kept
 * in view; one selection shared by the editor, the span table and Properties; commands acting on
 * the open report and saying what they did; keys in sight on the menus and on a shortcut sheet;
 * bulk decisions by label; zoom; rejected suggestions shown struck through.
 */
class AnnotatorDayTest {

	@TempDir
	Path dir;

	@Test
	void aDayOfAnnotatingByKeyboard() throws Exception {
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
		String walked = ids.get(0); // seed 000, the shortest
		String other = ids.get(2);
		System.setProperty(CorpusLifeCycle.CORPUS_PROPERTY, corpus.toString());
		System.setProperty(AnnotatorIdentity.PROPERTY, "王芳");

		TestWorkbench bench = TestWorkbench.create();
		UiDriver driver = new UiDriver(bench.display);
		Thread steps = new Thread(() -> {
			try {
				ReportPart editor = (ReportPart) driver.ui(() -> bench.part(ReportPart.ID));
				SpanTablePart table = (SpanTablePart) driver.ui(() -> bench.part(SpanTablePart.ID));
				PropertiesPart properties = (PropertiesPart) driver.ui(() -> bench.part(PropertiesPart.ID));
				CorpusNavigatorPart navigator = (CorpusNavigatorPart) driver.ui(() -> bench.part(CorpusNavigatorPart.ID));
				StatusLineMessage status = driver.ui(() -> bench.statusLine());
				driver.ui(() -> editor.open(walked));
				driver.waitFor("the report is shown", () -> editor.session() != null, 20_000);
				AnnotationSession session = driver.ui(() -> editor.session());

				// 1. every suggestion reached and decided with n and Enter only, each shown with context
				List<Span> all = driver.ui(() -> session.suggestions());
				long sharing = all.stream().filter(a -> all.stream().anyMatch(b -> b != a && b.getBegin() == a.getBegin())).count();
				driver.check("the report has suggestions that start where another starts (" + sharing + ")", sharing > 0);
				driver.focus(editor.text());
				driver.ui(() -> editor.text().setCaretOffset(0));
				driver.pressUntil('n', 'n', "n selects the first suggestion", () -> session.current() != null);
				int presses = 1;
				int outOfView = 0;
				while (driver.ui(() -> session.current()) != null && presses <= all.size() + 1) {
					Span current = driver.ui(() -> session.current());
					if (!driver.ui(() -> editor.editor().inViewWithContext(current))) {
						outOfView++;
					}
					driver.pressUntil('\r', SWT.CR, "Enter accepts " + current.getLabel() + " at " + current.getBegin(),
							() -> session.current() != current);
					presses++;
				}
				driver.expect("every suggestion decided by keyboard", all.size(), driver.ui(() -> session.decidedCount()));
				driver.expect("keys pressed: one n, then one Enter per suggestion", all.size() + 1, presses);
				driver.expect("suggestions shown without their context", 0, outOfView);
				driver.waitFor("the status line says what the last key did and how far she is",
						() -> status.text().endsWith(all.size() + " / " + all.size() + " reviewed"), 5_000);
				driver.ui(() -> session.undo());
				driver.waitFor("undo says so", () -> status.text().startsWith("Undo Accept"), 5_000);

				// 2. one selection: the editor, the table and Properties follow it; Esc, filter and another report clear it
				driver.ui(() -> editor.open(other));
				driver.waitFor("the other report is shown", () -> editor.session() != null && editor.session() != session, 20_000);
				AnnotationSession second = driver.ui(() -> editor.session());
				driver.expect("no row selected in a report just opened", 0, driver.ui(() -> table.selectedSpans().size()));
				driver.focus(editor.text());
				driver.pressUntil('n', 'n', "n in the other report", () -> second.current() != null);
				driver.waitFor("the table selects the current span's row",
						() -> table.selectedSpans().equals(List.of(second.current())), 5_000);
				driver.check("Properties shows it", driver.ui(() -> properties.shown() == second.current()));
				driver.pressUntil((char) 27, SWT.ESC, "Esc clears the current span", () -> second.current() == null);
				driver.waitFor("Esc clears the table's selection", () -> table.selectedSpans().isEmpty(), 5_000);
				driver.check("and Properties", driver.ui(() -> properties.shown() == null));
				driver.ui(() -> table.acceptSelected());
				driver.waitFor("Accept selected with nothing selected says so", () -> status.text().startsWith("Select rows"), 5_000);
				driver.pressUntil('n', 'n', "n again", () -> second.current() != null);
				driver.ui(() -> table.filter().setText("ORG"));
				driver.check("filtering clears the current span",
						driver.ui(() -> second.current() == null && table.selectedSpans().isEmpty()));
				driver.ui(() -> table.filter().setText(""));
				driver.waitFor("the navigator follows the open report", () -> selectedReport(navigator).equals(other), 5_000);

				// 3. a label key with nothing to label says why
				driver.focus(editor.text());
				driver.ui(() -> editor.text().setSelection(5));
				driver.pressUntil('1', '1', "the ORG key with nothing selected", () -> status.text().startsWith("The ORG key"));

				// 4. keys in sight: every menu item shows its key; F1 opens the sheet of every key
				List<String> withoutKey = driver.ui(() -> itemsWithoutAccelerator(editor.text().getShell().getMenuBar()));
				driver.expect("menu items without a key shown", List.of(), withoutKey);
				driver.focus(editor.text());
				driver.press('L', 'l', SWT.CTRL, SWT.SHIFT);
				Shell sheet = driver.shell("Keyboard Shortcuts");
				if (sheet != null) {
					List<String> keys = driver.ui(() -> column(sheet, 0));
					driver.check("the sheet lists Ctrl+S, n and p, the label keys and F1: " + keys, keys.contains("Ctrl+S")
							&& keys.contains("N") && keys.contains("P") && keys.contains("1") && keys.contains("F1"));
					driver.ui(() -> sheet.close());
				}
				// F1: the help of the view in focus (no browser here: the page is named in a dialog)
				driver.focus(editor.text());
				driver.press((char) 0, SWT.F1);
				Shell help = driver.shell("Help: Report");
				if (help != null) {
					String said = driver.ui(() -> String.join(" ", texts(help)));
					driver.check("F1 in the report names the page on annotating: " + said, said.contains("annotating.html"));
					driver.ui(() -> help.close());
				}

				// 5. bulk: every undecided METRIC suggestion at or above 0.9, counted first, one undoable edit
				driver.focus(editor.text());
				int before = driver.ui(() -> second.decidedCount());
				int expected = driver.ui(() -> second.undecidedSuggestions("METRIC", 0.9).size());
				driver.press('D', 'd', SWT.CTRL, SWT.SHIFT);
				Shell bulk = driver.shell("Decide Suggestions by Label");
				if (bulk != null) {
					driver.ui(() -> {
						Combo label = find(bulk, Combo.class);
						label.select(label.indexOf("METRIC"));
						label.notifyListeners(SWT.Selection, new Event());
						Spinner confidence = find(bulk, Spinner.class);
						confidence.setSelection(90);
						confidence.notifyListeners(SWT.Modify, new Event());
					});
					driver.check("the dialog counts before it acts", driver.ui(() -> labelTexts(bulk)).stream()
							.anyMatch(t -> t.startsWith(expected + " undecided METRIC")));
					driver.ui(() -> button(bulk, "&Accept").notifyListeners(SWT.Selection, new Event()));
				}
				driver.waitFor("the METRIC suggestions are accepted", () -> second.decidedCount() == before + expected, 5_000);
				driver.ui(() -> second.undo());
				driver.expect("one undo takes them all back", before, driver.ui(() -> second.decidedCount()));

				// 6. rejected suggestions struck through on request; Ctrl+= makes the text larger
				driver.focus(editor.text());
				driver.pressUntil('n', 'n', "n before rejecting", () -> second.current() != null);
				Span rejected = driver.ui(() -> second.current());
				driver.pressUntil((char) 127, SWT.DEL, "Delete rejects", () -> second.current() != rejected);
				driver.press('R', 'r', SWT.CTRL, SWT.SHIFT);
				driver.waitFor("the rejected suggestion is struck through", () -> {
					StyleRange look = editor.text().getStyleRangeAtOffset(rejected.getBegin());
					return look != null && look.strikeout;
				}, 5_000);
				int height = driver.ui(() -> editor.editor().fontHeight());
				driver.press('=', '=', SWT.CTRL);
				driver.waitFor("Ctrl+= makes the text one point larger", () -> editor.editor().fontHeight() == height + 1, 5_000);
				driver.press('0', '0', SWT.CTRL);
				driver.press('R', 'r', SWT.CTRL, SWT.SHIFT); // both are remembered: left as they were for the tests after this one
				driver.waitFor("strike-through off again", () -> !editor.editor().showsRejected(), 5_000);

				// 7. commands act on the report in the editor: opened from Checks, marked done, pre-annotated
				IEventBroker events = bench.application.getContext().get(IEventBroker.class);
				driver.ui(() -> events.send(CorpusEvents.REVEAL, new CorpusEvents.Reveal(walked, 0, 2)));
				driver.waitFor("a report revealed from Checks opens",
						() -> editor.report() != null && editor.report().getId().equals(walked), 10_000);
				driver.waitFor("and the navigator selects it", () -> walked.equals(selectedReport(navigator)), 5_000);
				driver.focus(editor.text());
				driver.press('d', 'd', SWT.CTRL);
				driver.waitFor("Mark Done says so", () -> status.text().startsWith("Marked done"), 5_000);
				driver.waitFor("the navigator's status column moves",
						() -> navigator.rows().row(walked) != null && "done".equals(navigator.rows().row(walked).status().words()), 10_000);
				driver.press('p', 'p', SWT.CTRL, SWT.ALT);
				String title = driver.ui(() -> editor.report().getTitle());
				driver.waitFor("Pre-annotate Report runs on the open report", () -> status.text().startsWith("Pre-annotated " + title),
						60_000);

				// 8. Edit > Preferences (Ctrl+,) opens on its pages
				driver.focus(editor.text());
				driver.press(',', ',', SWT.CTRL);
				Shell preferences = driver.shell("Preferences");
				if (preferences != null) {
					String pages = driver.ui(() -> String.join(" ", treeItems(preferences)));
					driver.check("the preference pages: " + pages,
							pages.contains("General") && pages.contains("Colours") && pages.contains("Keys"));
					driver.ui(() -> preferences.close());
				}
				// 9. keys are the person's: Preferences > Keys binds Next Suggestion to J, and J then moves, n no more
				KeysPage page = driver.ui(() -> {
					KeysPage keys = new KeysPage(bench.application);
					Shell holder = new Shell(editor.text().getShell());
					keys.createControl(holder);
					org.eclipse.swt.widgets.Table rows = keys.table();
					for (int i = 0; i < rows.getItemCount(); i++) {
						if (rows.getItem(i).getText(0).equals("Next Suggestion")
								&& rows.getItem(i).getText(2).equals("In the Report Text")) {
							rows.setSelection(i);
						}
					}
					keys.press(KeySequence.getInstance(org.eclipse.jface.bindings.keys.KeyStroke.getInstance('J')));
					keys.bindSelected();
					keys.performOk();
					holder.dispose();
					return keys;
				});
				driver.check("the Keys page found Next Suggestion", page != null);
				driver.waitFor("the pre-annotated report is shown again", () -> editor.session() != null, 10_000);
				AnnotationSession reloaded = driver.ui(() -> editor.session());
				driver.focus(editor.text());
				driver.ui(() -> reloaded.select(null));
				driver.type('j');
				driver.waitFor("J, rebound, goes to the next suggestion", () -> reloaded.current() != null, 5_000);
				driver.ui(() -> reloaded.select(null));
				driver.type('n');
				driver.check("n no longer does", driver.ui(() -> reloaded.current() == null));
				driver.ui(() -> {
					for (MBindingTable bindings : bench.application.getBindingTables()) {
						for (MKeyBinding binding : List.copyOf(bindings.getBindings())) {
							if ("org.reportbank.ui.key.next".equals(binding.getElementId())) {
								UserKeys.reset(binding); // the next test starts with the keys as shipped
							}
						}
					}
					return null;
				});
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

	private static String selectedReport(CorpusNavigatorPart navigator) {
		Object first = ((IStructuredSelection) navigator.viewer().getSelection()).getFirstElement();
		return first instanceof ReportEntry entry ? entry.getId() : "";
	}

	/** The commands of the menu bar whose item shows no key. */
	private static List<String> itemsWithoutAccelerator(Menu menu) {
		List<String> missing = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			if (item.getMenu() != null) {
				item.getMenu().notifyListeners(SWT.Show, new Event()); // e4 fills a menu's items when it is shown
				missing.addAll(itemsWithoutAccelerator(item.getMenu()));
			} else if ((item.getStyle() & SWT.SEPARATOR) == 0 && !item.getText().contains("\t")) {
				missing.add(item.getText());
			}
		}
		return missing;
	}

	private static List<String> column(Shell shell, int index) {
		Table table = find(shell, Table.class);
		List<String> values = new ArrayList<>();
		for (int i = 0; i < table.getItemCount(); i++) {
			values.add(table.getItem(i).getText(index));
		}
		return values;
	}

	private static List<String> labelTexts(Shell shell) {
		List<org.eclipse.swt.widgets.Label> labels = new ArrayList<>();
		all(shell, org.eclipse.swt.widgets.Label.class, labels);
		return labels.stream().map(org.eclipse.swt.widgets.Label::getText).toList();
	}

	private static Button button(Shell shell, String text) {
		List<Button> buttons = new ArrayList<>();
		all(shell, Button.class, buttons);
		return buttons.stream().filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
	}

	private static <T extends Control> T find(Control root, Class<T> type) {
		List<T> found = new ArrayList<>();
		all(root, type, found);
		return found.get(0);
	}

	private static <T extends Control> void all(Control control, Class<T> type, List<T> into) {
		if (type.isInstance(control)) {
			into.add(type.cast(control));
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				all(child, type, into);
			}
		}
	}

	/** The texts of a dialog's labels. */
	private static List<String> texts(Shell shell) {
		List<org.eclipse.swt.widgets.Label> labels = new ArrayList<>();
		all(shell, org.eclipse.swt.widgets.Label.class, labels);
		return labels.stream().map(org.eclipse.swt.widgets.Label::getText).toList();
	}

	/** The texts of the items of a dialog's tree (the preference pages). */
	private static List<String> treeItems(Shell shell) {
		List<org.eclipse.swt.widgets.Tree> trees = new ArrayList<>();
		all(shell, org.eclipse.swt.widgets.Tree.class, trees);
		return trees.stream().flatMap(tree -> java.util.Arrays.stream(tree.getItems()))
				.map(org.eclipse.swt.widgets.TreeItem::getText).toList();
	}
}
