package org.reportbank.ui;

/** Event topics the views listen to (IEventBroker). */
public final class CorpusEvents {

	/** The corpus on disk changed (import, pre-annotation): lists and open reports reload. */
	public static final String CHANGED = "org/reportbank/corpus/changed";

	/**
	 * Show a place in a report: the data is a {@link Reveal}. The report editor opens the report
	 * (if it is not the one shown) and selects the range; the navigator selects the report.
	 */
	public static final String REVEAL = "org/reportbank/report/reveal";

	/** The report editor shows another report; the data is its id. The navigator selects its row. */
	public static final String REPORT_OPENED = "org/reportbank/report/opened";

	/** A sentence for the status line: what a command or a key just did (the data is the text). */
	public static final String STATUS = "org/reportbank/status";

	/** Data of a {@link #CHANGED} event after the label set was edited: colors and keys change, nothing else. */
	public static final String LABELS_CHANGED = "labels";

	/** Data of a {@link #CHANGED} event after the corpus settings (annotators per report, visibility) were saved. */
	public static final String SETTINGS_CHANGED = "settings";

	/**
	 * Data of a {@link #CHANGED} event when one annotator's work on one report was saved (their
	 * status and progress may have moved); nothing else in the corpus changed.
	 */
	public record StatusChanged(String reportId) {
	}

	/** A report and a range of its text (UTF-16 offsets into Report.text). */
	public record Reveal(String reportId, int begin, int end) {
	}

	private CorpusEvents() {
	}
}
