package org.reportbank.core.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a batch import did with its files: how many were imported, skipped as duplicates or refused,
 * and the first {@value #LISTED} of each kind with their reasons. An import of a hundred thousand
 * files must not keep a record per file; whoever wants every file (the command line prints each)
 * hears them one by one through a {@link Listener} as they happen.
 */
public final class ImportSummary {

	/** Files of each kind kept to be shown (a dialog, a test); the counts go on past it. */
	public static final int LISTED = 20;

	public record Imported(Path file, String id, String title) {
		/** One line for a person: the file, its report id and title. */
		public String describe() {
			return "imported: " + file + " → " + id + " " + (title == null ? "(no title)" : title);
		}
	}

	public record Duplicate(Path file, String id, String sameAs) {
		public String describe() {
			return "duplicate: " + file + " has the same text as " + sameAs + " (report " + id + "), not added again";
		}
	}

	/** Hears what happens to each file, as it happens; the reports are committed only at the end of the import. */
	public interface Listener {
		default void imported(Imported imported) {
		}

		default void duplicate(Duplicate duplicate) {
		}

		default void refused(ImportException problem) {
		}
	}

	/** One line for a person saying why a file was refused. */
	public static String describe(ImportException refused) {
		return "refused: " + refused.getMessage();
	}

	private final Listener listener;
	private final Listed<Imported> imported = new Listed<>();
	private final Listed<Duplicate> duplicates = new Listed<>();
	private final Listed<ImportException> refused = new Listed<>();
	private final List<String> notes = new ArrayList<>();
	private boolean cancelled;

	ImportSummary(Listener listener) {
		this.listener = listener;
	}

	void imported(Path file, String id, String title) {
		Imported one = new Imported(file, id, title);
		imported.add(one);
		listener.imported(one);
	}

	void duplicate(Path file, String id, String sameAs) {
		Duplicate one = new Duplicate(file, id, sameAs);
		duplicates.add(one);
		listener.duplicate(one);
	}

	void refused(ImportException problem) {
		refused.add(problem);
		listener.refused(problem);
	}

	void note(String note) {
		notes.add(note);
	}

	void cancelled() {
		cancelled = true;
	}

	public int importedCount() {
		return imported.count;
	}

	public int duplicateCount() {
		return duplicates.count;
	}

	public int refusedCount() {
		return refused.count;
	}

	/** The first {@value #LISTED} files imported, in the order they were read. */
	public List<Imported> firstImported() {
		return Collections.unmodifiableList(imported.first);
	}

	/** The first {@value #LISTED} duplicates, in the order they were read. */
	public List<Duplicate> firstDuplicates() {
		return Collections.unmodifiableList(duplicates.first);
	}

	/** The first {@value #LISTED} files refused, with their reasons. */
	public List<ImportException> firstRefused() {
		return Collections.unmodifiableList(refused.first);
	}

	/** What the import did to the corpus besides adding reports (a stray folder set aside), one sentence each. */
	public List<String> notes() {
		return Collections.unmodifiableList(notes);
	}

	public boolean isCancelled() {
		return cancelled;
	}

	/**
	 * One line per duplicate and refused file (the first {@value #LISTED} of each, then how many
	 * more), the notes, then the totals.
	 */
	public String describe() {
		StringBuilder out = new StringBuilder();
		duplicates.first.forEach(d -> out.append(d.describe()).append('\n'));
		duplicates.appendUnlisted(out, "duplicates");
		refused.first.forEach(e -> out.append(describe(e)).append('\n'));
		refused.appendUnlisted(out, "refused files");
		return out.append(notesAndTotals()).toString();
	}

	/** The notes, one line each, then the totals: what follows the files' own lines when they were shown as they came. */
	public String notesAndTotals() {
		StringBuilder out = new StringBuilder();
		for (String note : notes) {
			out.append("note: ").append(note).append('\n');
		}
		out.append(imported.count).append(" imported, ").append(duplicates.count).append(" duplicates, ").append(refused.count)
				.append(" refused");
		if (cancelled) {
			out.append(" (cancelled: the files not yet read were left out; those imported are kept)");
		}
		return out.toString();
	}

	/** A count and the first {@value #LISTED} of its items. */
	private static final class Listed<T> {
		final List<T> first = new ArrayList<>();
		int count;

		void add(T item) {
			if (first.size() < LISTED) {
				first.add(item);
			}
			count++;
		}

		void appendUnlisted(StringBuilder out, String what) {
			if (count > first.size()) {
				out.append("… and ").append(count - first.size()).append(" more ").append(what).append(", not listed\n");
			}
		}
	}
}
