package org.reportbank.core.store;

/**
 * Bounds on what a corpus file may hold, so that no input can make the reader, the writer or an
 * export recurse or allocate without limit. Real reports nest sections five or six levels deep.
 */
public final class StoreLimits {

	/** The deepest section tree a report may have; deeper ones are refused, never walked. */
	public static final int MAX_SECTION_DEPTH = 32;

	/** The largest file of a corpus that is read: far above a report of the genre with every layer, far below a heap. */
	public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

	private StoreLimits() {
	}
}
