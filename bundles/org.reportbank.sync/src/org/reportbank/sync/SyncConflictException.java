package org.reportbank.sync;

import java.util.List;

/**
 * Files this clone and the remote both changed, differently, which sync does not merge as text:
 * nothing was overwritten, this clone's work is committed locally, and the files are named so a
 * person can decide.
 */
public final class SyncConflictException extends Exception {

	private static final long serialVersionUID = 1L;

	private final List<String> paths;

	public SyncConflictException(List<String> paths) {
		super("sync stopped, nothing was overwritten: " + describe(paths)
				+ " changed both here and on the remote; your work is committed in this clone and waits for the next sync once one of you has taken the other's version");
		this.paths = List.copyOf(paths);
	}

	/** The files, relative to the corpus folder, with '/' between folders. */
	public List<String> paths() {
		return paths;
	}

	private static String describe(List<String> paths) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < paths.size(); i++) {
			text.append(i == 0 ? "" : ", ").append(CorpusPaths.describe(paths.get(i)));
		}
		return text.toString();
	}
}
