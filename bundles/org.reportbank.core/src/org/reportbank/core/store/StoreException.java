package org.reportbank.core.store;

/** A corpus folder that cannot be read or written; the message names the file and the problem. */
public class StoreException extends Exception {
	private static final long serialVersionUID = 1L;

	public StoreException(String message) {
		super(message);
	}

	public StoreException(String message, Throwable cause) {
		super(message, cause);
	}
}
