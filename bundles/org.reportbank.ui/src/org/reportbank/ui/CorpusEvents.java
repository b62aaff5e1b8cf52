package org.reportbank.ui;

/** Event topics the views listen to (IEventBroker). */
public final class CorpusEvents {

	/** The corpus on disk changed (import, pre-annotation): lists and open reports reload. */
	public static final String CHANGED = "org/reportbank/corpus/changed";

	private CorpusEvents() {
	}
}
