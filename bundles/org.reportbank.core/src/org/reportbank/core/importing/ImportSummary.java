package org.reportbank.core.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What a batch import did with each file: imported, skipped as a duplicate, or refused and why. */
public final class ImportSummary {

	public record Imported(Path file, String id, String title) {
	}

	public record Duplicate(Path file, String id, String sameAs) {
	}

	private final List<Imported> imported = new ArrayList<>();
	private final List<Duplicate> duplicates = new ArrayList<>();
	private final List<ImportException> refused = new ArrayList<>();
	private final List<String> notes = new ArrayList<>();
	private boolean cancelled;

	void imported(Path file, String id, String title) {
		imported.add(new Imported(file, id, title));
	}

	void duplicate(Path file, String id, String sameAs) {
		duplicates.add(new Duplicate(file, id, sameAs));
	}

	void refused(ImportException problem) {
		refused.add(problem);
	}

	void note(String note) {
		notes.add(note);
	}

	void cancelled() {
		cancelled = true;
	}

	public List<Imported> imported() {
		return Collections.unmodifiableList(imported);
	}

	public List<Duplicate> duplicates() {
		return Collections.unmodifiableList(duplicates);
	}

	public List<ImportException> refused() {
		return Collections.unmodifiableList(refused);
	}

	/** What the import did to the corpus besides adding reports (a stray folder set aside), one sentence each. */
	public List<String> notes() {
		return Collections.unmodifiableList(notes);
	}

	public boolean isCancelled() {
		return cancelled;
	}

	/** One line per file for anything not simply imported, then the totals. */
	public String describe() {
		StringBuilder out = new StringBuilder();
		for (Duplicate d : duplicates) {
			out.append("duplicate: ").append(d.file()).append(" has the same text as ").append(d.sameAs()).append(" (report ")
					.append(d.id()).append("), not added again\n");
		}
		for (ImportException e : refused) {
			out.append("refused: ").append(e.getMessage()).append('\n');
		}
		for (String note : notes) {
			out.append("note: ").append(note).append('\n');
		}
		out.append(imported.size()).append(" imported, ").append(duplicates.size()).append(" duplicates, ")
				.append(refused.size()).append(" refused");
		if (cancelled) {
			out.append(" (cancelled: the files not yet read were left out; those imported are kept)");
		}
		return out.toString();
	}
}
