package org.reportbank.benchmarks.editor;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.reportbank.core.importing.ReportImporter;
import org.reportbank.core.labels.DefaultLabels;
import org.reportbank.editing.AnnotationSession;
import org.reportbank.model.LabelSet;
import org.reportbank.model.Layer;
import org.reportbank.model.Report;
import org.reportbank.model.Span;
import org.reportbank.nlp.hanlp.PreAnnotator;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.ui.annotation.AnnotationEditor;
import org.reportbank.ui.annotation.PropertiesPart;
import org.reportbank.ui.annotation.SpanTablePart;

/**
 * How the real report editor (AnnotationEditor, the widget of the workbench's report part) feels
 * on a large report: a seed report repeated to 100,000 characters, pre-annotated by the real
 * pre-annotator and topped up with an annotator's spans to 10,000 spans. Measures, in one window
 * at 1280×800:
 * <ul>
 * <li>open: the report read from a corpus folder (report and layer files), a new session shown in
 * the editor, the span table and the properties, laid out and painted (the event queue drained and
 * {@code update()} called, so the paint is included);</li>
 * <li>tag: from the label key reaching the editor (a KeyDown event on the text, the way the
 * workbench delivers it) to the new span highlighted, the span table and properties refreshed, and
 * everything painted;</li>
 * <li>undo of such a tag, painted.</li>
 * </ul>
 * Baselines from the same run: a bare StyledText given the same text (open), and one style range
 * set on it (tag). Results go to stdout as markdown; needs a display (xvfb-run).
 */
public final class EditorBenchmark implements IApplication {

	private static final int TARGET_CHARACTERS = 100_000;
	private static final int TARGET_SPANS = 10_000;
	private static final int OPENS = 11;
	private static final int TAGS = 200;
	private static final String ANNOTATOR = "annotator";

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		Path seed = Path.of(args.length > 0 ? args[0] : "seeds/002_2da23d56d58a0cbd.txt");
		String out = args.length > 1 ? args[1] : null;
		String result = run(seed);
		System.out.println(result);
		if (out != null) {
			Files.writeString(Path.of(out), result);
		}
		return IApplication.EXIT_OK;
	}

	@Override
	public void stop() {
		// runs to the end; it takes under a minute
	}

	static String run(Path seed) throws Exception {
		LabelSet labels = DefaultLabels.create();
		Report report = largeReport(seed);
		int spans = report.getLayers().stream().mapToInt(l -> l.getSpans().size()).sum();
		System.err.println("report: " + report.getText().length() + " characters, " + spans + " spans");

		// the report on disk, as the workbench opens it: report file and layer files of a corpus folder
		Path corpus = Files.createTempDirectory("reportbank-editor-benchmark");
		CorpusStore store = CorpusStore.openOrCreate(corpus);
		store.save(report);

		// the editor with the views that follow every edit: span table and properties, as in the workbench
		Display display = Display.getDefault();
		Shell shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(1280, 800);
		SashForm columns = new SashForm(shell, SWT.HORIZONTAL);
		SashForm middle = new SashForm(columns, SWT.VERTICAL);
		AnnotationEditor editor = new AnnotationEditor(middle);
		SpanTablePart table = new SpanTablePart();
		table.create(new Composite(middle, SWT.NONE));
		middle.setWeights(64, 36);
		PropertiesPart properties = new PropertiesPart();
		properties.create(new Composite(columns, SWT.NONE));
		columns.setWeights(75, 25);
		shell.open();
		drain(display);

		Shell bareShell = new Shell(display);
		bareShell.setLayout(new FillLayout());
		bareShell.setSize(1280, 800);
		StyledText bare = new StyledText(bareShell, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
		bareShell.open();

		// open
		double[] open = new double[OPENS];
		double[] bareOpen = new double[OPENS];
		double[] firstPaint = new double[OPENS];
		AnnotationSession session = null;
		for (int i = 0; i < OPENS; i++) {
			long t0 = System.nanoTime();
			bare.setText(report.getText());
			drain(display);
			bare.update();
			bareOpen[i] = millis(t0);
			bare.setText("");
			drain(display);

			long t1 = System.nanoTime();
			Report loaded = store.loadReport(report.getId());
			long tLoad = System.nanoTime();
			session = new AnnotationSession(loaded, ANNOTATOR, labels);
			editor.show(session);
			long tEditor = System.nanoTime();
			table.sessionOpened(session);
			long tTable = System.nanoTime();
			properties.sessionOpened(session);
			shell.layout(true, true);
			editor.text().update(); // the visible page painted: what the annotator sees
			firstPaint[i] = millis(t1);
			drain(display); // and everything queued behind it (line heights computed in idle time, table rows)
			editor.text().update();
			open[i] = millis(t1);
			System.err.printf(Locale.ROOT, "open %d: load %.0f ms, editor %.0f ms, span table %.0f ms, rest %.0f ms%n", i,
					(tLoad - t1) / 1e6, (tEditor - tLoad) / 1e6, (tTable - tEditor) / 1e6, open[i] - (tTable - t1) / 1e6);
		}

		// tag: select two free characters, send the PER key (2) to the editor's text
		Random random = new Random(42);
		double[] tag = new double[TAGS];
		double[] highlight = new double[TAGS];
		double[] undo = new double[TAGS];
		double[] bareTag = new double[TAGS];
		String text = session.report().getText();
		bare.setText(text);
		drain(display);
		int done = 0;
		while (done < TAGS) {
			int at = random.nextInt(text.length() - 2);
			if (!Character.isLetter(text.charAt(at)) || !Character.isLetter(text.charAt(at + 1))) {
				continue;
			}
			editor.text().setSelection(at, at + 2);
			editor.text().setTopIndex(Math.max(0, editor.text().getLineAtOffset(at) - 3));
			drain(display);
			editor.text().update();
			int before = session.ownLayer().getSpans().size();
			Event key = new Event();
			key.character = '2';
			key.keyCode = '2';
			long t0 = System.nanoTime();
			editor.text().notifyListeners(SWT.KeyDown, key);
			editor.text().update();
			highlight[done] = millis(t0);
			drain(display);
			editor.text().update();
			tag[done] = millis(t0);
			if (session.ownLayer().getSpans().size() == before || editor.text().getStyleRangeAtOffset(at) == null) {
				throw new IllegalStateException("the key did not tag " + at);
			}
			long t1 = System.nanoTime();
			session.undo();
			drain(display);
			editor.text().update();
			undo[done] = millis(t1);

			org.eclipse.swt.custom.StyleRange plain = new org.eclipse.swt.custom.StyleRange(at, 2, null,
					display.getSystemColor(SWT.COLOR_YELLOW));
			long t2 = System.nanoTime();
			bare.setStyleRange(plain);
			drain(display);
			bare.update();
			bareTag[done] = millis(t2);
			done++;
		}
		shell.dispose();
		bareShell.dispose();
		deleteTree(corpus);

		StringBuilder md = new StringBuilder();
		md.append("`./reportbank benchmark-editor` — ").append(
				OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
				.append(", Java ").append(System.getProperty("java.version")).append(", ")
				.append(Runtime.getRuntime().availableProcessors()).append(" cores, load average ")
				.append(String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
				.append(", window 1280×800 on ").append(System.getenv().getOrDefault("DISPLAY", "?")).append("\n\n");
		md.append("Report: ").append(String.format(Locale.ROOT, "%,d", text.length())).append(" characters, ")
				.append(String.format(Locale.ROOT, "%,d", spans)).append(" spans (")
				.append(session.suggestions().size()).append(" suggestions of the real pre-annotator, the rest an annotator's).\n\n");
		md.append("| step | runs | median ms | p95 ms | max ms | baseline median ms | ratio to baseline | target |\n");
		md.append("|---|---:|---:|---:|---:|---:|---:|---|\n");
		row(md, "first open: load from disk, show, paint (cold: classes loading, no JIT yet)", new double[] { open[0] },
				new double[] { bareOpen[0] }, "StyledText.setText, no styles", "< 500 ms");
		row(md, "open: load from disk, show, first page painted, warm", Arrays.copyOfRange(firstPaint, 1, OPENS),
				Arrays.copyOfRange(bareOpen, 1, OPENS), "StyledText.setText, no styles", "< 500 ms");
		row(md, "open: load from disk, show, paint, and every queued event handled, warm", Arrays.copyOfRange(open, 1, OPENS),
				Arrays.copyOfRange(bareOpen, 1, OPENS), "StyledText.setText, no styles", "< 500 ms");
		row(md, "label key → span highlighted and painted in the text", highlight, bareTag,
				"one setStyleRange on a bare StyledText", "< 50 ms");
		row(md, "label key → span highlighted, span table and properties updated, painted", tag, bareTag,
				"one setStyleRange on a bare StyledText", "< 50 ms");
		row(md, "undo of the tag, painted", undo, bareTag, "one setStyleRange on a bare StyledText", "");
		return md.toString();
	}

	private static void row(StringBuilder md, String step, double[] values, double[] baseline, String baselineName,
			String target) {
		double median = percentile(values, 0.5);
		double base = percentile(baseline, 0.5);
		md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f (%s) | %.1f× | %s |%n", step, values.length,
				median, percentile(values, 0.95), Arrays.stream(values).max().orElse(0), base, baselineName,
				base > 0 ? median / base : 0, target));
	}

	private static double percentile(double[] values, double p) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * (sorted.length - 1) + 0.5))];
	}

	private static double millis(long since) {
		return (System.nanoTime() - since) / 1e6;
	}

	private static void drain(Display display) {
		while (display.readAndDispatch()) {
			// handle every pending event (layout, paint) before the clock stops
		}
	}

	private static void deleteTree(Path dir) throws java.io.IOException {
		try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
			for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	private static int spanCount(Report report) {
		return report.getLayers().stream().mapToInt(l -> l.getSpans().size()).sum();
	}

	/** A seed report repeated to 100,000 characters, pre-annotated, topped up to 10,000 spans. */
	private static Report largeReport(Path seed) throws Exception {
		Report one = new ReportImporter().read(seed);
		StringBuilder text = new StringBuilder();
		while (text.length() < TARGET_CHARACTERS) {
			text.append(one.getText()).append('\n');
		}
		Report report = new ReportImporter().fromNormalizedText(text.substring(0, TARGET_CHARACTERS), "benchmark.txt", "txt");
		Layer suggestions = new PreAnnotator().annotate(report);
		report.getLayers().add(suggestions);
		AnnotationSession filler = new AnnotationSession(report, ANNOTATOR, DefaultLabels.create());
		List<Span> toDecide = new ArrayList<>(suggestions.getSpans());
		// an annotator halfway through: every other suggestion decided, and spans of their own
		for (int i = 0; i < toDecide.size() && spanCount(report) < TARGET_SPANS; i += 2) {
			filler.accept(toDecide.get(i));
		}
		Random random = new Random(7);
		String body = report.getText();
		while (spanCount(report) < TARGET_SPANS) {
			int at = random.nextInt(body.length() - 4);
			if (Character.isLetter(body.charAt(at)) && Character.isLetter(body.charAt(at + 3))) {
				filler.tag(at, at + 4, DefaultLabels.LOC);
			}
		}
		return report;
	}
}
