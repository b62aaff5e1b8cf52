package org.reportbank.recommenders;

/** The layer source holds too few spans of the chosen labels to train on: no model is made rather than an empty one. */
public final class NotEnoughTrainingDataException extends RecommenderException {

	private static final long serialVersionUID = 1L;

	private final int spans;
	private final int reports;

	public NotEnoughTrainingDataException(String message, int spans, int reports) {
		super(message);
		this.spans = spans;
		this.reports = reports;
	}

	/** How many spans of the chosen labels the source holds. */
	public int spans() {
		return spans;
	}

	/** In how many reports the source has a layer. */
	public int reports() {
		return reports;
	}
}
