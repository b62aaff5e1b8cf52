package org.reportbank.sync;

/**
 * One thing this clone and the remote both changed differently since they last agreed: a span of
 * a gold layer, a label of the label set, a document field. Sync takes neither on its own; a
 * person chooses (see {@link Take}).
 *
 * @param key    names the conflict across syncs of the same versions (file, object, field)
 * @param path   the file inside the corpus folder, '/' between folders
 * @param file   the file in a person's words ("the gold layer of report …")
 * @param what   the object and field ("span 120–126 「受理68件」")
 * @param mine   this clone's version, in words ("ORG, accepted"; "deleted")
 * @param theirs the remote's version, in words
 */
public record MergeConflict(String key, String path, String file, String what, String mine, String theirs) {

	/** Which version a person keeps. */
	public enum Take {
		MINE, THEIRS
	}

	/** One line for a message or a console. */
	public String describe() {
		return file + ": " + what + " is " + mine + " here and " + theirs + " on the remote";
	}
}
