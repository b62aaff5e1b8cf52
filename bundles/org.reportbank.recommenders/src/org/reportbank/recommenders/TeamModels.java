package org.reportbank.recommenders;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.recommenders.internal.JsonFiles;

/**
 * What the command line and the workbench do with the recommenders of a corpus: train and store
 * models, evaluate and keep the last evaluation of each ({@code NAME-evaluation.json} beside the
 * models), and choose the models that suggest: those switched on, trained, and whose last
 * evaluation is not under their threshold.
 */
public final class TeamModels {

	/** The models that suggest, and each recommender left out with why. */
	public record Active(List<TrainedModel> models, List<String> leftOut) {
	}

	private static final String EVALUATION_SUFFIX = "-evaluation";

	private TeamModels() {
	}

	/** Trains each recommender on the data and stores its model, replacing the earlier one; in the recommenders' order. */
	public static List<TrainedModel> train(CorpusStore store, TrainingData data, List<Recommender> recommenders,
			IProgressMonitor monitor) throws StoreException, RecommenderException {
		SubMonitor progress = SubMonitor.convert(monitor, recommenders.size() * 2);
		List<TrainedModel> models = new ArrayList<>();
		for (Recommender recommender : recommenders) {
			progress.setTaskName("Training " + recommender.name());
			models.add(recommender.train(data, progress.split(1)));
		}
		for (TrainedModel model : models) { // stored only once all are trained: a cancelled run leaves the old models
			ModelStore.save(store, model);
			progress.worked(1);
		}
		return models;
	}

	/** Cross-validates the recommender and keeps the result as its last evaluation. */
	public static EvaluationResult evaluate(CorpusStore store, Recommender recommender, TrainingData data, int folds,
			IProgressMonitor monitor) throws StoreException, RecommenderException {
		EvaluationResult result = Evaluation.crossValidate(recommender, data, folds, monitor);
		JsonFiles.write(ModelStore.place(store, recommender.name() + EVALUATION_SUFFIX),
				com.google.gson.JsonParser.parseString(result.toJson()).getAsJsonObject());
		return result;
	}

	/** The recommender's last evaluation, if it was evaluated. */
	public static Optional<EvaluationResult> lastEvaluation(CorpusStore store, String recommender)
			throws StoreException, RecommenderException {
		var file = store.modelFile(recommender + EVALUATION_SUFFIX);
		if (!JsonFiles.exists(file)) {
			return Optional.empty();
		}
		return Optional.of(EvaluationResult.fromJson(JsonFiles.read(file, "")));
	}

	/** The stored models that suggest under the settings; a model that cannot be loaded is left out with its message. */
	public static Active active(CorpusStore store, RecommenderSettings settings) throws StoreException {
		List<TrainedModel> models = new ArrayList<>();
		List<String> leftOut = new ArrayList<>();
		for (Recommender recommender : Recommenders.all()) {
			String name = recommender.name();
			RecommenderSettings.Switch setting = settings.of(name);
			if (!setting.enabled()) {
				leftOut.add(name + ": switched off");
				continue;
			}
			if (!ModelStore.exists(store, name)) {
				leftOut.add(name + ": not trained yet");
				continue;
			}
			try {
				Optional<EvaluationResult> last = lastEvaluation(store, name);
				if (setting.threshold() > 0 && last.isPresent() && last.get().overall().f1() < setting.threshold()) {
					leftOut.add(String.format("%s: switched off, its F1 %.2f is under the threshold %.2f", name,
							last.get().overall().f1(), setting.threshold()));
					continue;
				}
				models.add(ModelStore.load(store, recommender));
			} catch (RecommenderException e) {
				leftOut.add(name + ": " + e.getMessage());
			}
		}
		return new Active(models, leftOut);
	}
}
