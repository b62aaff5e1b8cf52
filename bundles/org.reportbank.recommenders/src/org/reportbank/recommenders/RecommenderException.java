package org.reportbank.recommenders;

/** A recommender could not train, load, store or predict; the message says why, for the person who asked. */
public class RecommenderException extends Exception {

	private static final long serialVersionUID = 1L;

	public RecommenderException(String message) {
		super(message);
	}

	public RecommenderException(String message, Throwable cause) {
		super(message, cause);
	}
}
