package org.reportbank.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.recommenders.Gazetteer;
import org.reportbank.recommenders.LayerSource;
import org.reportbank.recommenders.PerceptronRecommender;
import org.reportbank.recommenders.Recommender;
import org.reportbank.recommenders.RecommenderException;
import org.reportbank.recommenders.Recommenders;
import org.reportbank.recommenders.StringMatcher;
import org.reportbank.recommenders.TrainingData;

/** The options {@code train} and {@code evaluate} share: the layer source, the labels, the recommenders, a gazetteer. */
final class RecommenderOptions {

	static final Set<String> VALUE_OPTIONS = Set.of("corpus", "layer", "labels", "recommender", "gazetteer");

	static final String HELP = """
			  --corpus DIR          the corpus folder
			  --layer SOURCE        what to learn from: gold (the gold layers), accepted
			                        (every annotator's accepted spans) or an annotator's name
			  --labels L,...        only these labels (default: every label of the label set,
			                        custom ones included); a label the set lacks is refused
			  --recommender NAME    string, perceptron or all (default: all)
			  --gazetteer FILE      a TSV of text<TAB>label lines the string matcher also knows
			""";

	final LayerSource source;
	final List<String> labels;
	final Path gazetteer;
	private final String recommender;

	RecommenderOptions(Arguments arguments) throws Arguments.UsageException {
		try {
			source = LayerSource.parse(arguments.required("layer"));
		} catch (IllegalArgumentException e) {
			throw new Arguments.UsageException("--layer: " + e.getMessage());
		}
		labels = arguments.has("labels") ? Arrays.stream(arguments.value("labels").split(",")).map(String::trim)
				.filter(l -> !l.isEmpty()).toList() : List.of();
		recommender = arguments.has("recommender") ? arguments.value("recommender") : "all";
		gazetteer = arguments.has("gazetteer") ? Path.of(arguments.value("gazetteer")) : null;
		if (!recommender.equals("all") && Recommenders.all().stream().noneMatch(r -> r.name().equals(recommender))) {
			throw new Arguments.UsageException("--recommender is string, perceptron or all, not " + recommender);
		}
	}

	/** The data of the corpus the options choose, or a message saying there is too little. */
	TrainingData collect(CorpusStore store, Command.Context context) throws StoreException, RecommenderException {
		return TrainingData.collect(store, source, labels, context.monitor());
	}

	/** The recommenders chosen, the string matcher with the gazetteer when one is given. */
	List<Recommender> recommenders(List<String> chosenLabels) throws RecommenderException {
		List<Recommender> chosen = new ArrayList<>();
		if (recommender.equals("all") || recommender.equals(StringMatcher.NAME)) {
			chosen.add(gazetteer == null ? new StringMatcher() : new StringMatcher(Gazetteer.read(gazetteer, chosenLabels)));
		}
		if (recommender.equals("all") || recommender.equals(PerceptronRecommender.NAME)) {
			chosen.add(new PerceptronRecommender());
		}
		return chosen;
	}
}
