package org.reportbank.io.json;

/**
 * A value of an untrusted JSON line that cannot be taken. The message names the value (its field
 * or path) and says what is wrong, short and without the line's text, so each reader can put it
 * behind its own {@code FILE:LINE:}.
 */
public final class JsonProblem extends Exception {

	private static final long serialVersionUID = 1L;

	public JsonProblem(String message) {
		super(message);
	}
}
