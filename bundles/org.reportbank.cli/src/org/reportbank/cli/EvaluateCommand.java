package org.reportbank.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.reportbank.core.store.CorpusStore;
import org.reportbank.recommenders.Evaluation;
import org.reportbank.recommenders.EvaluationResult;
import org.reportbank.recommenders.Recommender;
import org.reportbank.recommenders.RecommenderException;
import org.reportbank.recommenders.Score;
import org.reportbank.recommenders.TeamModels;
import org.reportbank.recommenders.TrainingData;

final class EvaluateCommand implements Command {

	@Override
	public String name() {
		return "evaluate";
	}

	@Override
	public String summary() {
		return "cross-validate the recommenders by report: P/R/F1 per label and a learning curve";
	}

	@Override
	public String usage() {
		return """
				Usage: reportbank evaluate --corpus DIR --layer gold|accepted|NAME [--labels L,...]
				                           [--recommender string|perceptron|all] [--folds K]
				                           [--gazetteer FILE] [--format text|json]

				How good a model the annotations already make: the reports the source covers
				are split into K folds (default 5) by report, never the same report in
				training and test; each fold is predicted by a model trained on the others,
				and a prediction counts when its begin, end and label equal a span of the
				source. Precision, recall and F1 per label and overall (counts added over the
				folds), and a learning curve: F1 when trained on 10 %, 20 %, ... 100 % of each
				fold's training reports. With fewer reports than folds, each report is a fold.
				The result is kept as the recommender's last evaluation (the workbench's
				Recommenders view shows it, and a threshold may switch a recommender off).

				Options:
				""" + RecommenderOptions.HELP + """
				  --folds K             folds of the cross-validation (at least 2; default 5)
				  --format text|json    text (default) or one JSON object
				""" + ExitCodes.DESCRIPTION;
	}

	@Override
	public int run(List<String> args, Context context) throws Exception {
		Set<String> valueOptions = new HashSet<>(RecommenderOptions.VALUE_OPTIONS);
		valueOptions.addAll(Set.of("folds", "format"));
		Arguments arguments = new Arguments(args, valueOptions, Set.of());
		RecommenderOptions options = new RecommenderOptions(arguments);
		int folds = Evaluation.DEFAULT_FOLDS;
		if (arguments.has("folds")) {
			try {
				folds = Integer.parseInt(arguments.value("folds"));
			} catch (NumberFormatException e) {
				folds = 0;
			}
			if (folds < 2) {
				throw new Arguments.UsageException("--folds takes a whole number of at least 2, not " + arguments.value("folds"));
			}
		}
		String format = arguments.has("format") ? arguments.value("format") : "text";
		if (!format.equals("text") && !format.equals("json")) {
			throw new Arguments.UsageException("--format is text or json, not " + format);
		}
		CorpusStore store = context.open(arguments.requiredPath("corpus"));
		try {
			TrainingData data = options.collect(store, context);
			List<EvaluationResult> results = new ArrayList<>();
			for (Recommender recommender : options.recommenders(data.labels())) {
				results.add(TeamModels.evaluate(store, recommender, data, folds, context.monitor()));
			}
			if (format.equals("json")) {
				printJson(context.out(), results);
			} else {
				results.forEach(result -> printText(context.out(), result));
			}
			return ExitCodes.OK;
		} catch (RecommenderException e) {
			context.err().println("reportbank evaluate: " + e.getMessage());
			return ExitCodes.FAILED;
		}
	}

	private static void printJson(PrintStream out, List<EvaluationResult> results) {
		StringBuilder json = new StringBuilder("{\"evaluations\": [\n");
		for (int i = 0; i < results.size(); i++) {
			json.append(results.get(i).toJson()).append(i + 1 < results.size() ? ",\n" : "\n");
		}
		out.println(json.append("]}"));
	}

	private static void printText(PrintStream out, EvaluationResult result) {
		out.printf("%s on %s, %d folds%s by report%n", result.recommender(), result.source(), result.folds(),
				result.leaveOneOut() ? " (one report each)" : "");
		out.printf("  %-14s %9s %9s %9s %6s %6s %6s%n", "label", "precision", "recall", "F1", "tp", "fp", "fn");
		for (String label : result.labels()) {
			row(out, label, result.perLabel().get(label));
		}
		row(out, "overall", result.overall());
		StringBuilder curve = new StringBuilder("  learning curve (F1 by share of training reports):");
		result.learningCurve().forEach(p -> curve.append(String.format(" %d%%=%.2f", p.percent(), p.score().f1())));
		out.println(curve);
		if (result.untrainedRounds() > 0) {
			out.println("  " + result.untrainedRounds() + " rounds had too little to train on and predicted nothing");
		}
	}

	private static void row(PrintStream out, String name, Score score) {
		out.printf("  %-14s %9.3f %9.3f %9.3f %6d %6d %6d%n", name, score.precision(), score.recall(), score.f1(),
				score.truePositives(), score.falsePositives(), score.falseNegatives());
	}
}
