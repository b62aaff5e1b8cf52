package org.reportbank.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
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
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.importing.CorpusImporter;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.model.Entity;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.SpanOrigin;
import org.reportbank.model.SpanStatus;
import org.reportbank.ui.CorpusLifeCycle;
import org.reportbank.ui.corpus.ExportDatasetWizard;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Corpus > Export Dataset in the real e4 workbench (under Xvfb), on the three sample reports with a
 * gold span each: the wizard is opened through its command and filled as a user would. A folder
 * with files in it is refused on the page (message, Finish disabled) and nothing is written; a new
 * folder gets the dataset card and the chosen formats, written by the export job, which the test
 * waits for without blocking the UI thread. Run with {@code ./reportbank test}.
 */
class ExportDatasetWizardTest {

	private static final String EXPORT_COMMAND = "org.reportbank.ui.command.export";
	private static final long TIMEOUT_MS = 90_000;

	@TempDir
	Path dir;

	@Test
	void refusesAFolderWithFilesThenExportsTheChosenFormatsWithTheCard() throws Exception {
		String displayVar = System.getenv("DISPLAY");
		if (displayVar == null || displayVar.isBlank()) {
			fail("DISPLAY is not set: UI tests need an X server; run them with ./reportbank test (xvfb-run)");
		}
		Path corpus = dir.resolve("corpus");
		Map<String, String> texts = corpusWithAGoldSpanPerReport(corpus);
		Path occupied = Files.createDirectories(dir.resolve("occupied"));
		Files.writeString(occupied.resolve("notes.txt"), "mine");
		Path out = dir.resolve("dataset");
		System.setProperty(CorpusLifeCycle.CORPUS_PROPERTY, corpus.toString());

		Display display = Display.getDefault();
		E4Workbench workbench = new E4Application().createE4Workbench(new TestApplicationContext(), display);
		MApplication application = workbench.getApplication();
		List<String> findings = new ArrayList<>();
		boolean[] done = { false };
		Runnable finish = () -> {
			done[0] = true;
			workbench.close();
		};

		display.timerExec(500, () -> {
			try {
				Set<String> before = listing(dir);
				// 1. a folder with files in it: the page says so, Finish stays disabled, Cancel writes nothing
				onWizard(display, findings, wizard -> {
					select(wizard, "format:doccano", true);
					type(wizard, "folder", occupied.toString());
					String message = wizard.getCurrentPage().getErrorMessage();
					expect(findings, "the page names the problem", true, message != null && message.contains("has files in it"));
					expect(findings, "Finish is disabled", false, button(wizard, IDialogConstants.FINISH_ID).isEnabled());
					press(wizard, IDialogConstants.CANCEL_ID);
				});
				execute(application, EXPORT_COMMAND);
				expect(findings, "the occupied folder is untouched", Set.of("notes.txt"), listing(occupied));
				expect(findings, "nothing written beside it", before, listing(dir));

				// 2. a new folder: doccano, brat and jsonl of the gold layer, split 8:1:1
				onWizard(display, findings, wizard -> {
					for (String format : List.of("jsonl", "conll", "chars", "chars-bmes", "brat", "doccano")) {
						select(wizard, "format:" + format, Set.of("doccano", "brat", "jsonl").contains(format));
					}
					Combo layer = (Combo) widget(wizard, "layer");
					layer.select(layer.indexOf("gold"));
					select(wizard, "split", true);
					type(wizard, "ratio", "8:1:1");
					type(wizard, "folder", out.toString());
					expect(findings, "no problem on the page", null, wizard.getCurrentPage().getErrorMessage());
					expect(findings, "Finish is enabled", true, button(wizard, IDialogConstants.FINISH_ID).isEnabled());
					press(wizard, IDialogConstants.FINISH_ID);
				});
				execute(application, EXPORT_COMMAND); // returns once the wizard is finished; the export runs as a job
				awaitResultDialog(display, findings, message -> {
					expect(findings, "the job reports what it wrote", true,
							message.contains(texts.size() + " reports and " + texts.size() + " spans written to"));
					checkDataset(out, texts, findings);
					finish.run();
				}, finish);
			} catch (RuntimeException e) {
				findings.add("check failed: " + e);
				finish.run();
			}
		});
		display.timerExec((int) TIMEOUT_MS + 30_000, () -> { // never hang the build
			if (!done[0]) {
				findings.add("timeout: the checks did not finish");
				for (Shell shell : display.getShells()) {
					if (shell.getData() instanceof org.eclipse.jface.window.Window window) {
						window.close();
					}
				}
				workbench.close();
			}
		});

		workbench.createAndRunUI(application);

		assertEquals(List.of(), findings);
		assertTrue(done[0], "the checks ran");
	}

	/** The seeds, each with a gold layer holding one ORG span over its first two characters. */
	private static Map<String, String> corpusWithAGoldSpanPerReport(Path corpus) throws Exception {
		CorpusStore store = CorpusStore.openOrCreate(corpus);
		new CorpusImporter().importFiles(store, List.of(Path.of(System.getProperty("reportbank.root")).resolve("seeds")),
				new NullProgressMonitor());
		Map<String, String> texts = new TreeMap<>();
		for (ReportEntry entry : store.entries()) {
			Report report = store.loadReport(entry.getId());
			Layer gold = ReportbankFactory.eINSTANCE.createLayer();
			gold.setId("gold");
			gold.setKind(LayerKind.GOLD);
			Entity org = ReportbankFactory.eINSTANCE.createEntity();
			org.setId("g1");
			org.setBegin(0);
			org.setEnd(2);
			org.setLabel("ORG");
			org.setOrigin(SpanOrigin.HUMAN);
			org.setStatus(SpanStatus.ACCEPTED);
			gold.getSpans().add(org);
			report.getLayers().add(gold);
			store.save(report);
			texts.put(report.getId(), report.getText());
		}
		assertEquals(3, texts.size(), "the three seeds");
		return texts;
	}

	/** The card, one doccano and one jsonl line per report over the split files, brat's text and annotation per report. */
	private static void checkDataset(Path out, Map<String, String> texts, List<String> findings) {
		try {
			expect(findings, "the dataset folder", Set.of("README.md", "brat", "doccano", "jsonl"), listing(out));
			String card = Files.readString(out.resolve("README.md"), StandardCharsets.UTF_8);
			expect(findings, "the card names the wizard's choices", true,
					card.contains("workbench: Corpus > Export Dataset (--format jsonl,brat,doccano --layer gold --split 8:1:1"));
			Map<String, String> doccano = new TreeMap<>();
			for (String line : lines(out.resolve("doccano"), ".doccano.jsonl")) {
				JsonObject record = JsonParser.parseString(line).getAsJsonObject();
				doccano.put(record.get("id").getAsString(), record.get("text").getAsString());
				expect(findings, "doccano labels of " + record.get("id"), "[[0,2,\"ORG\"]]", record.get("label").toString());
			}
			expect(findings, "doccano: one line per report, with its text", texts, doccano);
			Set<String> jsonl = new TreeSet<>();
			for (String line : lines(out.resolve("jsonl"), ".jsonl")) {
				jsonl.add(JsonParser.parseString(line).getAsJsonObject().get("id").getAsString());
			}
			expect(findings, "jsonl: one line per report", texts.keySet(), jsonl);
			Map<String, String> brat = new TreeMap<>();
			try (Stream<Path> files = Files.walk(out.resolve("brat"))) {
				for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
					String id = txt.getFileName().toString().replace(".txt", "");
					brat.put(id, Files.readString(txt, StandardCharsets.UTF_8));
					String ann = Files.readString(txt.resolveSibling(id + ".ann"), StandardCharsets.UTF_8);
					expect(findings, "brat annotation of " + id, "T1\tORG 0 2\t" + texts.get(id).substring(0, 2),
							ann.lines().findFirst().orElse(""));
				}
			}
			expect(findings, "brat: the text of every report", texts, brat);
			try (Stream<Path> files = Files.walk(out.resolve("brat"))) {
				expect(findings, "brat: its configuration", true,
						files.anyMatch(p -> p.getFileName().toString().equals("annotation.conf")));
			}
		} catch (IOException | RuntimeException e) {
			findings.add("dataset check failed: " + e);
		}
	}

	private static List<String> lines(Path folder, String suffix) throws IOException {
		List<String> lines = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(p -> p.toString().endsWith(suffix)).sorted().toList()) {
				lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
			}
		}
		return lines;
	}

	private static Set<String> listing(Path folder) {
		try (Stream<Path> entries = Files.list(folder)) {
			return new TreeSet<>(entries.map(p -> p.getFileName().toString()).toList());
		} catch (IOException e) {
			return Set.of("cannot list " + folder + ": " + e);
		}
	}

	/** Runs the command as the menu item does; a wizard it opens keeps this call until it is closed. */
	private static void execute(MApplication application, String commandId) {
		ECommandService commands = application.getContext().get(ECommandService.class);
		EHandlerService handlers = application.getContext().get(EHandlerService.class);
		ParameterizedCommand command = commands.createCommand(commandId, Map.of());
		handlers.executeHandler(command);
	}

	/**
	 * Once the wizard dialog is open (the command's handler waits in its event loop meanwhile), hands
	 * it to {@code use}, which must close it. Called before the command is run.
	 */
	private static void onWizard(Display display, List<String> findings, Consumer<WizardDialog> use) {
		long deadline = System.currentTimeMillis() + TIMEOUT_MS;
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			WizardDialog wizard = open(display, WizardDialog.class);
			if (wizard != null) {
				try {
					use.accept(wizard);
				} catch (RuntimeException e) {
					findings.add("wizard check failed: " + e);
				}
				if (wizard.getShell() != null && !wizard.getShell().isDisposed()) {
					wizard.close();
				}
			} else if (System.currentTimeMillis() > deadline) {
				findings.add("the Export Dataset wizard did not open");
			} else {
				display.timerExec(100, poll[0]);
			}
		};
		display.timerExec(100, poll[0]);
	}

	/** Waits (polling, the UI thread free) for the dialog the export job opens when done, reads and closes it, then goes on. */
	private static void awaitResultDialog(Display display, List<String> findings, Consumer<String> then, Runnable giveUp) {
		long deadline = System.currentTimeMillis() + TIMEOUT_MS;
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			MessageDialog dialog = open(display, MessageDialog.class);
			if (dialog != null) {
				String title = dialog.getShell().getText();
				String message = labels(dialog.getShell());
				dialog.close();
				if (!title.equals("Dataset exported")) {
					findings.add("the export did not succeed: " + title + ": " + message);
					display.asyncExec(giveUp);
				} else {
					display.asyncExec(() -> then.accept(message)); // after the dialog's own event loop has ended
				}
			} else if (System.currentTimeMillis() > deadline) {
				findings.add("the export job did not report within " + TIMEOUT_MS / 1000 + " s");
				giveUp.run();
			} else {
				display.timerExec(200, poll[0]);
			}
		};
		display.timerExec(200, poll[0]);
	}

	/** The open JFace window of that type, or null. */
	private static <T> T open(Display display, Class<T> type) {
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && type.isInstance(shell.getData())) {
				return type.cast(shell.getData());
			}
		}
		return null;
	}

	/** A page input by its {@link ExportDatasetWizard#WIDGET_KEY} name. */
	private static Control widget(WizardDialog wizard, String name) {
		Control found = find(wizard.getShell(), c -> name.equals(c.getData(ExportDatasetWizard.WIDGET_KEY)));
		if (found == null) {
			throw new IllegalStateException("no widget " + name + " on the page");
		}
		return found;
	}

	/** A dialog button by its id (JFace stores the id as the button's data). */
	private static Button button(WizardDialog wizard, int id) {
		Control found = find(wizard.getShell(), c -> c instanceof Button && Integer.valueOf(id).equals(c.getData()));
		if (found == null) {
			throw new IllegalStateException("no button " + id);
		}
		return (Button) found;
	}

	private static Control find(Control control, java.util.function.Predicate<Control> test) {
		if (test.test(control)) {
			return control;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Control found = find(child, test);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Ticks or clears a check box and tells its listeners, as a click does. */
	private static void select(WizardDialog wizard, String name, boolean selected) {
		Button box = (Button) widget(wizard, name);
		if (box.getSelection() != selected) {
			box.setSelection(selected);
			box.notifyListeners(SWT.Selection, new Event());
		}
	}

	/** Types into a text field (its Modify listeners run). */
	private static void type(WizardDialog wizard, String name, String text) {
		((Text) widget(wizard, name)).setText(text);
	}

	/** Clicks a dialog button, only if a user could. */
	private static void press(WizardDialog wizard, int id) {
		Button button = button(wizard, id);
		if (!button.isEnabled()) {
			throw new IllegalStateException("button " + id + " is disabled");
		}
		button.notifyListeners(SWT.Selection, new Event());
	}

	private static String labels(Shell shell) {
		StringBuilder text = new StringBuilder();
		find(shell, c -> {
			if (c instanceof Label label && !label.getText().isEmpty()) {
				text.append(label.getText()).append(' ');
			}
			return false;
		});
		return text.toString().strip();
	}

	private static void expect(List<String> findings, String what, Object expected, Object actual) {
		if (!Objects.equals(expected, actual)) {
			findings.add(what + ": expected " + expected + " but was " + actual);
		}
	}
}
