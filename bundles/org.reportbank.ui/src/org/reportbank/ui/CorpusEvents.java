package org.reportbank.ui;

/**
 * Event topics the views listen to (IEventBroker), one per kind of change, so a listener
 * subscribes to what concerns it instead of looking into the payload. Every change of the corpus
 * on disk is below {@link #ANY_CHANGE}.
 */
public final class CorpusEvents {

	/** Any of the corpus topics below: for views that show something of everything (statistics). */
	public static final String ANY_CHANGE = "org/reportbank/corpus/*";

	/** Reports came or changed as a whole: {@link #IMPORTED} or {@link #PRE_ANNOTATED} (lists and counts reload). */
	public static final String REPORTS_CHANGED = "org/reportbank/corpus/reports/*";

	/** Reports were imported; the data is the {@code ImportSummary}. */
	public static final String IMPORTED = "org/reportbank/corpus/reports/imported";

	/**
	 * Reports were pre-annotated (their suggestions replaced); the data is the
	 * {@code CorpusAnnotator.Summary}, or the {@code Recommendations.Summary} when trained models
	 * suggested into the corpus. The editor saves and reloads its report.
	 */
	public static final String PRE_ANNOTATED = "org/reportbank/corpus/reports/preannotated";

	/**
	 * Models retrained while annotating suggested into the open report, which the editor has taken
	 * in already (its undo history kept); the data is the report id. Lists and counts reload.
	 */
	public static final String RECOMMENDED = "org/reportbank/corpus/reports/recommended";

	/**
	 * The corpus was synchronized with the team's remote (Team > Synchronize); the data is the
	 * {@code SyncResult}, whose arrivals the navigator marks. Lists and counts reload.
	 */
	public static final String SYNCED = "org/reportbank/corpus/reports/synced";

	/** The recommender settings of the corpus were saved (source, switches, retraining); the data is the settings. */
	public static final String RECOMMENDER_SETTINGS = "org/reportbank/recommenders/settings";

	/** n / p switched between position and uncertainty order; the data is a Boolean, true for uncertain first. */
	public static final String SUGGESTION_ORDER = "org/reportbank/editor/order";

	/**
	 * One person's layer of one report was saved (an annotator's layer, or the gold layer with the
	 * report's fields under curation); the data is the report id. Their status and progress may have moved.
	 */
	public static final String LAYER_SAVED = "org/reportbank/corpus/layer/saved";

	/** The label set was edited: colours and keys change, nothing else; the data is the corpus folder. */
	public static final String LABELS_CHANGED = "org/reportbank/corpus/labels/changed";

	/** The corpus settings (annotators per report, visibility) were saved; the data is the corpus folder. */
	public static final String SETTINGS_CHANGED = "org/reportbank/corpus/settings/changed";

	/**
	 * Show a place in a report: the data is a {@link Reveal}. The report editor opens the report
	 * (if it is not the one shown) and selects the range; the navigator selects the report.
	 */
	public static final String REVEAL = "org/reportbank/report/reveal";

	/** Curate a report: the Curation view opens it (saving the one it shows first); the data is its id. */
	public static final String CURATE = "org/reportbank/report/curate";

	/** The report editor shows another report; the data is its id. The navigator selects its row. */
	public static final String REPORT_OPENED = "org/reportbank/report/opened";

	/** A sentence for the status line: what a command or a key just did (the data is the text). */
	public static final String STATUS = "org/reportbank/status";

	/** A report and a range of its text (UTF-16 offsets into Report.text). */
	public record Reveal(String reportId, int begin, int end) {
	}

	private CorpusEvents() {
	}
}
