package org.reportbank.io.formats;

/** A doccano JSONL file that cannot be read; the message is {@code FILE:LINE: problem}. */
public final class DoccanoFormatException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int line;

	public DoccanoFormatException(String file, int line, String problem) {
		super(file + ":" + line + ": " + problem);
		this.line = line;
	}

	/** The 1-based line of the problem. */
	public int line() {
		return line;
	}
}
