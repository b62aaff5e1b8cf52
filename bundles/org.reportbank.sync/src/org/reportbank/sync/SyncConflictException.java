package org.reportbank.sync;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What this clone and the remote both changed differently and the model's rules cannot merge
 * (the same gold span changed two ways, a span deleted here and changed there): nothing was
 * overwritten, this clone's work is committed locally, and each conflict is named with both
 * versions so a person can choose (and sync again with the choices).
 */
public final class SyncConflictException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient List<MergeConflict> conflicts;

	public SyncConflictException(List<MergeConflict> conflicts) {
		super("sync stopped, nothing was overwritten; changed both here and on the remote: " + describe(conflicts)
				+ ". Your work is committed in this clone; choose a version for each and sync again");
		this.conflicts = List.copyOf(conflicts);
	}

	/** Each thing both sides changed, with both versions. */
	public List<MergeConflict> conflicts() {
		return conflicts;
	}

	/** The files they are in, relative to the corpus folder, with '/' between folders. */
	public List<String> paths() {
		Set<String> paths = new LinkedHashSet<>();
		conflicts.forEach(c -> paths.add(c.path()));
		return List.copyOf(paths);
	}

	private static String describe(List<MergeConflict> conflicts) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < conflicts.size(); i++) {
			text.append(i == 0 ? "" : "; ").append(conflicts.get(i).describe());
		}
		return text.toString();
	}
}
