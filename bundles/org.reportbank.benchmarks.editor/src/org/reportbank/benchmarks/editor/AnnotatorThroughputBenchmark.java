package org.reportbank.benchmarks.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.reportbank.core.importing.ReportImporter;
import org.reportbank.core.labels.DefaultLabels;
import org.reportbank.editing.AnnotationSession;
import org.reportbank.model.Report;
import org.reportbank.model.Span;
import org.reportbank.nlp.hanlp.PreAnnotator;
import org.reportbank.ui.annotation.AnnotationEditor;

/**
 * The annotator's keyboard loop on the sample reports, pre-annotated by the real pre-annotator,
 * in the real report editor (AnnotationEditor) sized as in the workbench at 1280×800: a scripted
 * session decides every suggestion with n and Enter only. Measured for each report:
 * <ul>
 * <li>keys pressed per decision, and how many suggestions the keys reached;</li>
 * <li>scrolls a person would make: steps after which the current suggestion is not shown whole
 * with three lines of context around it;</li>
 * <li>backward jumps: steps that go to a suggestion earlier in the text, and how many suggestions
 * were reached only after one (on a second pass, away from where the text was read);</li>
 * <li>decisions per minute of the script: a key delivered to the editor until the next
 * suggestion is highlighted and painted (machine time, the upper bound a person approaches).</li>
 * </ul>
 * The baseline, in the same run, is the editor's behaviour before issue 15: n and Enter go to the
 * first undecided suggestion starting strictly after the current one's start (wrapping round),
 * and the current span is only scrolled into view. Results go to stdout as markdown.
 */
public final class AnnotatorThroughputBenchmark implements IApplication {

	/** The editor's area in the workbench window at 1280×800 (the report part beside its outline). */
	private static final int WIDTH = 500;
	private static final int HEIGHT = 390;

	/** One scripted session's counts. */
	private record Session(int suggestions, int decisions, int keys, int scrolls, int backward, int outOfOrder, double millis) {
	}

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		Path seeds = Path.of(args.length > 0 ? args[0] : "seeds");
		String result = run(seeds);
		System.out.println(result);
		if (args.length > 1) {
			Files.writeString(Path.of(args[1]), result);
		}
		return IApplication.EXIT_OK;
	}

	@Override
	public void stop() {
		// runs to the end
	}

	static String run(Path seeds) throws Exception {
		Display display = Display.getDefault();
		Shell shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(WIDTH, HEIGHT);
		AnnotationEditor editor = new AnnotationEditor(shell);
		shell.open();
		StringBuilder md = new StringBuilder("### Annotator throughput, ")
				.append(OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))).append(" UTC\n\n")
				.append("| report | suggestions | rules | reached by keys | reached only on a second pass | keys / decision | scrolls / n | backward jumps | decisions / min (script) |\n")
				.append("|---|---|---|---|---|---|---|---|---|\n");
		List<Path> files;
		try (Stream<Path> list = Files.list(seeds)) {
			files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
		}
		Session[] totals = { new Session(0, 0, 0, 0, 0, 0, 0), new Session(0, 0, 0, 0, 0, 0, 0) };
		for (Path file : files) {
			Report report = new ReportImporter().read(file);
			report.getLayers().add(new PreAnnotator().annotate(report));
			Session before = script(display, editor, report, true);
			Session after = script(display, editor, report, false);
			row(md, file.getFileName().toString(), "before", before);
			row(md, "", "now", after);
			totals[0] = add(totals[0], before);
			totals[1] = add(totals[1], after);
		}
		row(md, "all", "before", totals[0]);
		row(md, "", "now", totals[1]);
		shell.dispose();
		return md.toString();
	}

	/**
	 * Decides every suggestion it can reach with n and Enter: n once, then Enter until no
	 * suggestion is current, or (the old rules) until Enter stops reaching new ones.
	 */
	private static Session script(Display display, AnnotationEditor editor, Report original, boolean oldRules) {
		Report report = org.eclipse.emf.ecore.util.EcoreUtil.copy(original);
		AnnotationSession session = new AnnotationSession(report, "annotator", DefaultLabels.create());
		editor.show(session);
		editor.text().setCaretOffset(0);
		editor.text().setTopPixel(0);
		drain(display);
		int total = session.suggestions().size();
		int keys = 0;
		int scrolls = 0;
		int backward = 0;
		int outOfOrder = 0;
		long start = System.nanoTime();
		Span current = oldRules ? oldNext(session, -1) : null;
		if (oldRules) {
			showTheOldWay(editor, session, current);
		} else {
			key(editor, 'n', 'n');
			current = session.current();
		}
		keys++;
		drain(display);
		int previousBegin = -1;
		while (current != null && keys <= 2 * total + 2) {
			if (!editor.inViewWithContext(current)) {
				scrolls++;
			}
			if (current.getBegin() < previousBegin) {
				backward++;
			}
			if (backward > 0) {
				outOfOrder++; // reached only on a second pass through the text, away from where it was read
			}
			previousBegin = current.getBegin();
			if (oldRules) {
				int at = current.getBegin();
				session.accept(current);
				current = oldNext(session, at);
				showTheOldWay(editor, session, current);
			} else {
				key(editor, '\r', SWT.CR);
				current = session.current();
			}
			keys++;
			drain(display);
		}
		double millis = (System.nanoTime() - start) / 1e6;
		return new Session(total, session.decidedCount(), keys, scrolls, backward, outOfOrder, millis);
	}

	/** The editor before issue 15: the first undecided suggestion starting strictly after {@code offset}, wrapping round. */
	private static Span oldNext(AnnotationSession session, int offset) {
		Span first = null;
		for (Span suggestion : session.suggestions()) {
			if (session.decisionOn(suggestion) == null) {
				if (suggestion.getBegin() > offset) {
					return suggestion;
				}
				if (first == null) {
					first = suggestion;
				}
			}
		}
		return first;
	}

	/** Selected and scrolled into view only, as before: the caret on the span, wherever that puts it on screen. */
	private static void showTheOldWay(AnnotationEditor editor, AnnotationSession session, Span span) {
		if (span == null) {
			return;
		}
		session.select(span);
		// undo what the editor now does on its own, then reveal as the old editor did
		editor.text().setTopPixel(0);
		editor.text().setSelection(span.getBegin());
		editor.text().showSelection();
	}

	private static void key(AnnotationEditor editor, char character, int keyCode) {
		Event key = new Event();
		key.character = character;
		key.keyCode = keyCode;
		editor.text().notifyListeners(SWT.KeyDown, key);
	}

	private static void drain(Display display) {
		while (display.readAndDispatch()) {
			// handle everything queued, paints included
		}
		display.update();
	}

	private static Session add(Session a, Session b) {
		return new Session(a.suggestions() + b.suggestions(), a.decisions() + b.decisions(), a.keys() + b.keys(),
				a.scrolls() + b.scrolls(), a.backward() + b.backward(), a.outOfOrder() + b.outOfOrder(), a.millis() + b.millis());
	}

	private static void row(StringBuilder md, String report, String rules, Session s) {
		md.append(String.format(Locale.ROOT, "| %s | %d | %s | %d | %d | %.2f | %.2f | %d | %.0f |%n", report, s.suggestions(), rules,
				s.decisions(), s.outOfOrder(), s.decisions() == 0 ? 0 : (double) s.keys() / s.decisions(),
				s.keys() == 0 ? 0 : (double) s.scrolls() / s.keys(), s.backward(), s.decisions() / (s.millis() / 60_000)));
	}
}
