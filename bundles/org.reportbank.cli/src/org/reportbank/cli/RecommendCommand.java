package org.reportbank.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.reportbank.core.store.CorpusStore;
import org.reportbank.recommenders.Recommendations;
import org.reportbank.recommenders.RecommenderException;
import org.reportbank.recommenders.RecommenderSettings;
import org.reportbank.recommenders.TeamModels;
import org.reportbank.recommenders.TrainedModel;

final class RecommendCommand implements Command {

	@Override
	public String name() {
		return "recommend";
	}

	@Override
	public String summary() {
		return "suggest with the trained recommenders into the pre-annotation layer";
	}

	@Override
	public String usage() {
		return """
				Usage: reportbank recommend --corpus DIR [--reports ID,ID...]

				Predicts with every trained recommender that is switched on (and whose last
				evaluation is not under its threshold; see the workbench's Recommenders view)
				in every report, or the ones named, and writes the predictions as suggestions
				into the pre-annotation layer: origin model, the model's confidence, the
				recommender as tool. As with annotate, suggestions a person decided on stay,
				a place and label already suggested or rejected is not suggested again, and
				annotators' layers are never written. All reports are committed together;
				cancelled, the reports done until then are committed.

				Options:
				  --corpus DIR        the corpus folder
				  --reports ID,...    only these reports
				""" + ExitCodes.DESCRIPTION;
	}

	@Override
	public int run(List<String> args, Context context) throws Exception {
		Arguments arguments = new Arguments(args, Set.of("corpus", "reports"), Set.of());
		List<String> ids = arguments.has("reports") ? Arrays.asList(arguments.value("reports").split(",")) : List.of();
		CorpusStore store = context.open(arguments.requiredPath("corpus"));
		try {
			TeamModels.Active active = TeamModels.active(store, RecommenderSettings.load(store));
			active.leftOut().forEach(reason -> context.err().println("reportbank recommend: not used: " + reason));
			if (active.models().isEmpty()) {
				context.err().println("reportbank recommend: no model to suggest with; train one first: reportbank train --corpus "
						+ store.directory() + " --layer accepted");
				return ExitCodes.FAILED;
			}
			Recommendations.Summary summary = Recommendations.recommend(store, ids, active.models(), context.monitor());
			context.out().println(summary.reports() + " reports, " + summary.suggestions() + " model suggestions from "
					+ String.join(", ", active.models().stream().map(TrainedModel::recommender).toList())
					+ (summary.cancelled() ? " (cancelled: the reports not reached are unchanged)" : ""));
			return summary.cancelled() ? ExitCodes.CANCELLED : ExitCodes.OK;
		} catch (RecommenderException e) {
			context.err().println("reportbank recommend: " + e.getMessage() + "; nothing was changed");
			return ExitCodes.FAILED;
		}
	}
}
