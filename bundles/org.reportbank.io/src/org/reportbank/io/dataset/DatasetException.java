package org.reportbank.io.dataset;

/** An export that could not be made; the message says why and that no dataset was written. */
public final class DatasetException extends Exception {
	private static final long serialVersionUID = 1L;

	public DatasetException(String message) {
		super(message);
	}

	public DatasetException(String message, Throwable cause) {
		super(message, cause);
	}
}
