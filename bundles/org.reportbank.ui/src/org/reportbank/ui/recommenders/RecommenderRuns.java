package org.reportbank.ui.recommenders;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.LayerIds;
import org.reportbank.core.store.StoreException;
import org.reportbank.model.Layer;
import org.reportbank.recommenders.Evaluation;
import org.reportbank.recommenders.ModelStore;
import org.reportbank.recommenders.EvaluationResult;
import org.reportbank.recommenders.Recommendations;
import org.reportbank.recommenders.Recommender;
import org.reportbank.recommenders.RecommenderException;
import org.reportbank.recommenders.RecommenderSettings;
import org.reportbank.recommenders.Recommenders;
import org.reportbank.recommenders.TeamModels;
import org.reportbank.recommenders.TrainedModel;
import org.reportbank.recommenders.TrainingData;
import org.reportbank.ui.presenters.RecommenderTexts;

/**
 * What Train, Evaluate and Suggest do, and what retraining while annotating does, as plain
 * sequences of the recommenders API (no SWT): run in a job holding the corpus write rule, each
 * takes the settings as the view shows them and saves them first, so what ran is what is stored.
 * A recommender's refusal (too few spans) comes back as a {@link RecommenderException} whose
 * message the person can act on.
 */
public final class RecommenderRuns {

	/** What Train made. */
	public record Trained(List<TrainedModel> models, TrainingData data) {
	}

	/** What Suggest did, and which recommenders took part. */
	public record Suggested(Recommendations.Summary summary, TeamModels.Active active) {
	}

	/** What retraining for the open report brought: its new pre-annotation layer, and how many reports were learned from. */
	public record Retrained(Layer preAnnotation, int reports) {
	}

	private RecommenderRuns() {
	}

	/** The recommenders switched on in the settings, in their usual order. */
	public static List<Recommender> switchedOn(RecommenderSettings settings) {
		return Recommenders.all().stream().filter(r -> settings.of(r.name()).enabled()).toList();
	}

	public static Trained train(CorpusStore store, RecommenderSettings settings, IProgressMonitor monitor)
			throws StoreException, RecommenderException {
		SubMonitor progress = SubMonitor.convert(monitor, "Training the recommenders", 10);
		settings.save(store);
		List<Recommender> on = requireSwitchedOn(settings);
		TrainingData data = collect(store, settings, progress.split(3));
		try {
			return new Trained(TeamModels.train(store, data, on, progress.split(7)), data);
		} catch (RecommenderException e) {
			throw explained(e);
		}
	}

	/** Cross-validates every recommender switched on; each result is kept as its last evaluation. */
	public static List<EvaluationResult> evaluate(CorpusStore store, RecommenderSettings settings, IProgressMonitor monitor)
			throws StoreException, RecommenderException {
		SubMonitor progress = SubMonitor.convert(monitor, "Evaluating the recommenders", 10);
		settings.save(store);
		List<Recommender> on = requireSwitchedOn(settings);
		TrainingData data = collect(store, settings, progress.split(2));
		SubMonitor each = SubMonitor.convert(progress.split(8), on.size());
		List<EvaluationResult> results = new ArrayList<>();
		for (Recommender recommender : on) {
			each.setTaskName("Evaluating " + RecommenderTexts.title(recommender.name()));
			try {
				results.add(TeamModels.evaluate(store, recommender, data, Evaluation.DEFAULT_FOLDS, each.split(1)));
			} catch (RecommenderException e) {
				throw explained(e);
			}
		}
		return results;
	}

	/** The active models suggest into the reports ({@code reportIds} empty: the whole corpus). */
	public static Suggested suggest(CorpusStore store, RecommenderSettings settings, List<String> reportIds,
			IProgressMonitor monitor) throws StoreException, RecommenderException {
		settings.save(store);
		TeamModels.Active active = TeamModels.active(store, settings);
		if (active.models().isEmpty()) {
			throw new RecommenderException(RecommenderTexts.noActiveModel(active));
		}
		Recommendations.Summary summary = Recommendations.recommend(store, reportIds, active.models(), monitor);
		store.refresh();
		return new Suggested(summary, active);
	}

	/**
	 * Retraining while annotating: the active recommenders (switched on, trained, not under their
	 * threshold) learn from the settings' source again, suggest into the one report, and its new
	 * pre-annotation layer is read back for the editor to take in.
	 */
	public static Retrained retrainFor(CorpusStore store, RecommenderSettings settings, String reportId,
			IProgressMonitor monitor) throws StoreException, RecommenderException {
		SubMonitor progress = SubMonitor.convert(monitor, "Retraining the recommenders", 10);
		TeamModels.Active active = TeamModels.active(store, settings);
		if (active.models().isEmpty()) {
			throw new RecommenderException(RecommenderTexts.noActiveModel(active));
		}
		List<Recommender> retrained = new ArrayList<>();
		for (TrainedModel model : active.models()) {
			retrained.add(Recommenders.named(model.recommender()));
		}
		TrainingData data = collect(store, settings, progress.split(2));
		try {
			TeamModels.train(store, data, retrained, progress.split(5));
		} catch (RecommenderException e) {
			throw explained(e);
		}
		suggest(store, settings, List.of(reportId), progress.split(3));
		Optional<Layer> layer = store.loadLayer(reportId, LayerIds.PREANNOTATION);
		if (layer.isEmpty()) {
			throw new StoreException("the report " + reportId + " has no suggestions after recommending");
		}
		return new Retrained(layer.get(), data.reports().size());
	}

	/** Whether a recommender switched on has a stored model: only then is there something to retrain while annotating. */
	public static boolean anyTrained(CorpusStore store, RecommenderSettings settings) {
		for (Recommender recommender : switchedOn(settings)) {
			try {
				if (ModelStore.exists(store, recommender.name())) {
					return true;
				}
			} catch (StoreException e) {
				return false; // no models folder to read: nothing trained here
			}
		}
		return false;
	}

	private static List<Recommender> requireSwitchedOn(RecommenderSettings settings) throws RecommenderException {
		List<Recommender> on = switchedOn(settings);
		if (on.isEmpty()) {
			throw new RecommenderException("every recommender is switched off: switch one on to train or evaluate it");
		}
		return on;
	}

	private static TrainingData collect(CorpusStore store, RecommenderSettings settings, IProgressMonitor monitor)
			throws StoreException, RecommenderException {
		try {
			return TrainingData.collect(store, settings.layerSource(), settings.labels(), monitor);
		} catch (RecommenderException e) {
			throw explained(e);
		}
	}

	private static RecommenderException explained(RecommenderException e) {
		return new RecommenderException(RecommenderTexts.problem(e), e);
	}
}
