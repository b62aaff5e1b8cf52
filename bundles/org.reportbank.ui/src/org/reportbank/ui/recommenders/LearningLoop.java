package org.reportbank.ui.recommenders;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.widgets.Display;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.editing.AnnotationSession;
import org.reportbank.model.Layer;
import org.reportbank.model.Span;
import org.reportbank.recommenders.RecommenderSettings;
import org.reportbank.ui.CorpusEvents;
import org.reportbank.ui.CorpusWrites;
import org.reportbank.ui.presenters.RecommenderTexts;

/**
 * Learning while annotating: once recommenders have been trained, after every
 * {@code retrainEvery} decisions on suggestions in the open editor, one job (holding the corpus write rule, with progress and Cancel in the status
 * line) saves the editor's edits, retrains the active recommenders, lets the active ones
 * suggest into the open report, and hands its new suggestions to the session on the UI thread
 * ({@link AnnotationSession#refreshSuggestions}), so the current span, the caret and the undo
 * history stay. Used from the UI thread only.
 */
public final class LearningLoop {

	private final CorpusStore store;
	private final Display display;
	private final IEventBroker events;
	private final Supplier<CorpusWrites.Write> unsavedEdits;
	private RecommenderSettings settings;
	private AnnotationSession session;
	private int decided;
	private int decisions;
	private Job running;
	private int retrainings;
	private boolean refreshing;

	/**
	 * @param unsavedEdits the editor's save, taken on the UI thread (null when nothing is unsaved),
	 *                     written first by the job so the models learn the latest decisions
	 */
	public LearningLoop(CorpusStore store, Display display, IEventBroker events, RecommenderSettings settings,
			Supplier<CorpusWrites.Write> unsavedEdits) {
		this.store = store;
		this.display = display;
		this.events = events;
		this.settings = settings;
		this.unsavedEdits = unsavedEdits;
	}

	/** The settings changed (the Recommenders view saved them). */
	public void use(RecommenderSettings changed) {
		settings = changed;
	}

	public RecommenderSettings settings() {
		return settings;
	}

	/** The editor shows another session: counting starts again. */
	public void follow(AnnotationSession shown) {
		session = shown;
		decided = shown.decidedCount();
		decisions = 0;
	}

	/**
	 * The session changed: decisions on suggestions made since the last look are counted (an undo
	 * or redo is no new decision), and once there are enough, the models learn again.
	 */
	public void edited() {
		if (session == null || refreshing) {
			return;
		}
		int now = session.decidedCount();
		String last = session.lastEditSummary();
		boolean stepped = last != null && (last.startsWith("Undo ") || last.startsWith("Redo "));
		if (!stepped && now > decided) {
			decisions += now - decided;
		}
		decided = now;
		if (settings.retrainEvery() > 0 && decisions >= settings.retrainEvery() && running == null) {
			if (RecommenderRuns.anyTrained(store, settings)) {
				retrain();
			} else {
				decisions = 0; // nothing trained yet: the loop continues what Train started, it does not start it
			}
		}
	}

	/**
	 * Takes new suggestions into the session in place ({@link AnnotationSession#refreshSuggestions}),
	 * keeping the person's place and undo history. Suggestions arriving can change how many are
	 * decided (a new one the person's span already decides); that is no decision of theirs, so
	 * it is not counted towards retraining.
	 */
	private void refresh(AnnotationSession target, Layer fresh) {
		refreshing = true;
		try {
			target.refreshSuggestions(fresh);
		} finally {
			refreshing = false;
		}
		if (target == session) {
			decided = target.decidedCount();
		}
	}

	/**
	 * The recommenders suggested anew (Suggest in their view): their suggestions are taken into
	 * the open session in place, and counting towards retraining starts again, as when a report
	 * is opened, with the decisions on what is shown now.
	 */
	public void takeSuggestions(AnnotationSession target, Layer fresh) {
		refresh(target, fresh);
		if (target == session) {
			decisions = 0;
		}
	}

	/** Decisions counted towards the next retraining. */
	public int decisionsSinceRetraining() {
		return decisions;
	}

	/** How many retrainings finished and were handed to the editor. */
	public int retrainings() {
		return retrainings;
	}

	public boolean isRunning() {
		return running != null;
	}

	/** Retrains now, whatever the count (also what the count leads to). */
	public void retrain() {
		decisions = 0;
		AnnotationSession target = session;
		String reportId = target.report().getId();
		RecommenderSettings used = settings;
		CorpusWrites.Write save = unsavedEdits.get();
		Set<String> before = ids(target);
		running = CorpusWrites.withProgress("Retraining the recommenders", store, display, monitor -> {
			Runnable saved = save == null ? null : save.write(monitor);
			RecommenderRuns.Retrained retrained = RecommenderRuns.retrainFor(store, used, reportId, monitor);
			return () -> {
				running = null;
				if (saved != null) {
					saved.run();
				}
				if (session == target) { // the person may have gone to another report meanwhile
					refresh(target, retrained.preAnnotation());
				}
				Set<String> now = ids(target);
				now.removeAll(before);
				retrainings++;
				events.post(CorpusEvents.RECOMMENDED, reportId);
				events.post(CorpusEvents.STATUS, RecommenderTexts.retrained(retrained.reports(), now.size()));
			};
		}, problem -> {
			running = null;
			events.post(CorpusEvents.STATUS, "Recommenders not retrained: " + problem);
		});
	}

	private static Set<String> ids(AnnotationSession session) {
		Set<String> ids = new HashSet<>();
		for (Span suggestion : session.suggestions()) {
			ids.add(suggestion.getId());
		}
		return ids;
	}
}
