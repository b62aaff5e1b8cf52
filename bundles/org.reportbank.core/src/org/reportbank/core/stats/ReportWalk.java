package org.reportbank.core.stats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.reportbank.core.store.BrokenReportException;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.EntryCursor;
import org.reportbank.core.store.StoreException;
import org.reportbank.model.Report;
import org.reportbank.model.ReportEntry;

/**
 * The one walk over the reports of a corpus, for every command and view that reads them all:
 * each report is loaded and handed to the caller as soon as it is read, one at a time. A report
 * that cannot be read ({@link BrokenReportException}) is passed over and remembered, so that one
 * broken file never hides the figures, findings or exports of the others; the caller names the
 * unreadable ones at the end. Any other store failure means the corpus itself cannot be read and
 * ends the walk. A cancelled monitor stops it after the report in hand.
 */
public final class ReportWalk {

	/** Longest problem shown for one report: a parser's message is one line, not a page. */
	private static final int MAX_PROBLEM_CHARACTERS = 300;

	/**
	 * A report left out because a file of it cannot be read.
	 *
	 * @param reportId the id the index gives it
	 * @param file     the broken file, relative to the corpus folder when inside it
	 * @param problem  the file and what is wrong with it, one line: {@code reports/ID/report.xmi: line 3: ...}
	 */
	public record Unreadable(String reportId, Path file, String problem) {
		@Override
		public String toString() {
			return problem;
		}
	}

	/**
	 * How a walk went.
	 *
	 * @param read       how many reports were read and visited
	 * @param unreadable the reports passed over, in index order
	 * @param cancelled  whether the monitor stopped the walk before the end
	 */
	public record Walked(int read, List<Unreadable> unreadable, boolean cancelled) {

		public Walked {
			unreadable = List.copyOf(unreadable);
		}

		/**
		 * For a caller that cannot show a result without every report: a {@link StoreException}
		 * naming each unreadable report, thrown after the others were visited (not when the walk
		 * was cancelled: the caller is stopping anyway).
		 */
		public void requireEveryReportRead() throws StoreException {
			if (!cancelled && !unreadable.isEmpty()) {
				throw new StoreException(describe(unreadable));
			}
		}
	}

	/** What to do with each report that could be read. */
	@FunctionalInterface
	public interface Visit<E extends Exception> {
		void report(ReportEntry entry, Report report) throws E;
	}

	private ReportWalk() {
	}

	/**
	 * Loads the reports of {@code entries} one after the other and hands each to {@code visit};
	 * see the class comment for what happens to a report that cannot be read. The monitor shows
	 * {@code task}, and each report's title as it is read.
	 *
	 * @throws StoreException the corpus as a whole cannot be read (not thrown for one broken report)
	 * @throws E              what {@code visit} throws, which ends the walk
	 */
	public static <E extends Exception> Walked each(CorpusStore store, List<ReportEntry> entries, String task,
			IProgressMonitor monitor, Visit<E> visit) throws StoreException, E {
		List<ReportEntry> walked = List.copyOf(entries);
		Iterator<ReportEntry> next = walked.iterator();
		return walk(store, () -> next.hasNext() ? next.next() : null, walked.size(), task, monitor, visit);
	}

	/**
	 * {@link #each} over every report of the store, in index order; the entries are read one at a
	 * time when the store was opened to walk ({@link CorpusStore#openToWalk}), so the walk holds
	 * one entry and one report, whatever the size of the corpus. {@code task} is shown with the
	 * number of reports: {@code "Counting %d reports"}.
	 */
	public static <E extends Exception> Walked all(CorpusStore store, String task, IProgressMonitor monitor, Visit<E> visit)
			throws StoreException, E {
		int count = store.reportCount();
		try (EntryCursor entries = store.walkEntries()) {
			return walk(store, entries::next, count, String.format(task, count), monitor, visit);
		}
	}

	/** Where a walk takes its next entry from; null after the last. */
	private interface Entries {
		ReportEntry next() throws StoreException;
	}

	private static <E extends Exception> Walked walk(CorpusStore store, Entries entries, int count, String task,
			IProgressMonitor monitor, Visit<E> visit) throws StoreException, E {
		SubMonitor progress = SubMonitor.convert(monitor, task, count);
		List<Unreadable> unreadable = new ArrayList<>();
		int read = 0;
		for (ReportEntry entry = entries.next(); entry != null; entry = entries.next()) {
			if (progress.isCanceled()) {
				return new Walked(read, unreadable, true);
			}
			progress.subTask(entry.getTitle() == null ? entry.getId() : entry.getTitle());
			Report report;
			try {
				report = store.loadReport(entry.getId());
			} catch (BrokenReportException e) {
				unreadable.add(unreadable(store, e));
				progress.worked(1);
				continue;
			}
			visit.report(entry, report);
			read++;
			progress.worked(1);
		}
		return new Walked(read, unreadable, false);
	}

	/** One sentence naming every unreadable report: "1 report could not be read and is left out: reports/…: …". */
	public static String describe(List<Unreadable> unreadable) {
		StringBuilder text = new StringBuilder();
		text.append(unreadable.size() == 1 ? "1 report could not be read and is left out: "
				: unreadable.size() + " reports could not be read and are left out: ");
		for (int i = 0; i < unreadable.size(); i++) {
			text.append(i == 0 ? "" : "; ").append(unreadable.get(i).problem());
		}
		return text.toString();
	}

	/**
	 * The report's broken file relative to the corpus folder (what a person looks for there), and
	 * the store's message about it with the same relative path, without the "cannot load report"
	 * preamble that the list of unreadable reports says once for all.
	 */
	static Unreadable unreadable(CorpusStore store, BrokenReportException e) {
		Path root = store.directory().toAbsolutePath().normalize();
		Path absolute = e.file() == null ? null : e.file().toAbsolutePath().normalize();
		Path shown = absolute == null ? Path.of("reports", e.reportId())
				: absolute.startsWith(root) ? root.relativize(absolute) : absolute;
		String message = e.getMessage() == null ? "cannot be read" : e.getMessage();
		String problem;
		int at = absolute == null ? -1 : message.indexOf(absolute.toString());
		if (at >= 0) {
			problem = shown + message.substring(at + absolute.toString().length()).replace(absolute.toString(), shown.toString());
		} else {
			problem = shown + ": " + message;
		}
		return new Unreadable(e.reportId(), shown, oneLine(problem));
	}

	/** Control characters (a hostile file's) spelled as '?', and a bounded length, so the message stays one line. */
	private static String oneLine(String text) {
		StringBuilder line = new StringBuilder(Math.min(text.length(), MAX_PROBLEM_CHARACTERS + 1));
		for (int i = 0; i < text.length() && line.length() < MAX_PROBLEM_CHARACTERS; i++) {
			char c = text.charAt(i);
			line.append(c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' ? '?' : c);
		}
		if (line.length() < text.length()) {
			line.append('…');
		}
		return line.toString();
	}
}
