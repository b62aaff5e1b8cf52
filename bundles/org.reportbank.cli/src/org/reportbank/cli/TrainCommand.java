package org.reportbank.cli;

import java.util.List;

import org.reportbank.core.store.CorpusStore;
import org.reportbank.recommenders.NotEnoughTrainingDataException;
import org.reportbank.recommenders.Recommender;
import org.reportbank.recommenders.RecommenderException;
import org.reportbank.recommenders.RecommenderSettings;
import org.reportbank.recommenders.TeamModels;
import org.reportbank.recommenders.TrainedModel;
import org.reportbank.recommenders.TrainingData;

final class TrainCommand implements Command {

	@Override
	public String name() {
		return "train";
	}

	@Override
	public String summary() {
		return "train recommenders on the team's annotations (string matcher, perceptron)";
	}

	@Override
	public String usage() {
		return """
				Usage: reportbank train --corpus DIR --layer gold|accepted|NAME [--labels L,...]
				                        [--recommender string|perceptron|all] [--gazetteer FILE]

				Learns suggestions from one layer source: every report in which the source
				has a layer is read with its spans of the chosen labels. The string matcher
				suggests every labeled string wherever else it occurs; the perceptron (HanLP's
				structured perceptron) learns from the words around a name and can suggest
				names it never saw. Each model is stored with where it came from (recommender,
				source, labels, reports, date, version) in DIR/.reportbank/models/, a folder
				of this machine's own, and replaces the earlier one; the source and labels are
				kept for the workbench's retraining. Nothing else in the corpus is written.
				Fewer than 5 spans to learn from is refused with the counts.
				Then: reportbank recommend --corpus DIR

				Options:
				""" + RecommenderOptions.HELP + ExitCodes.DESCRIPTION;
	}

	@Override
	public int run(List<String> args, Context context) throws Exception {
		Arguments arguments = new Arguments(args, RecommenderOptions.VALUE_OPTIONS, java.util.Set.of());
		RecommenderOptions options = new RecommenderOptions(arguments);
		CorpusStore store = context.open(arguments.requiredPath("corpus"));
		try {
			TrainingData data = options.collect(store, context);
			List<Recommender> recommenders = options.recommenders(data.labels());
			List<TrainedModel> models = TeamModels.train(store, data, recommenders, context.monitor());
			RecommenderSettings.load(store).withSource(options.source.key(), options.labels).save(store);
			for (TrainedModel model : models) {
				context.out().println(model.recommender() + ": trained on " + data.reports().size() + " reports, "
						+ data.spanCount() + " spans of " + String.join(", ", data.labels()) + " from " + data.source().describe()
						+ " -> " + store.modelFile(model.recommender()));
				model.trainingNotes().forEach(note -> context.out().println("  " + note));
			}
			context.out().println("Then: reportbank recommend --corpus " + store.directory());
			return ExitCodes.OK;
		} catch (NotEnoughTrainingDataException e) {
			context.err().println("reportbank train: " + e.getMessage());
			return ExitCodes.FAILED;
		} catch (RecommenderException e) {
			context.err().println("reportbank train: " + e.getMessage() + "; no model was changed");
			return ExitCodes.FAILED;
		}
	}
}
