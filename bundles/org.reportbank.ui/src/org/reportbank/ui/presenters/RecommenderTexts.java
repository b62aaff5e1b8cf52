package org.reportbank.ui.presenters;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.reportbank.model.Annotator;
import org.reportbank.model.Corpus;
import org.reportbank.recommenders.EvaluationResult;
import org.reportbank.recommenders.LayerSource;
import org.reportbank.recommenders.NotEnoughTrainingDataException;
import org.reportbank.recommenders.Recommendations;
import org.reportbank.recommenders.RecommenderSettings;
import org.reportbank.recommenders.Score;
import org.reportbank.recommenders.TeamModels;
import org.reportbank.recommenders.TrainedModel;
import org.reportbank.recommenders.TrainingData;

/**
 * What the Recommenders view says: the layer sources to learn from, a row per recommender, the
 * learning curve's points and the sentences after training, evaluating and suggesting. No SWT, so
 * it is tested without a display.
 */
public final class RecommenderTexts {

	/** A layer source as the person chooses it: its settings key and its words. */
	public record Source(String key, String text) {
	}

	/**
	 * A recommender's row: its switch and threshold, the last evaluation's precision, recall and F1
	 * as shown ("–" before any evaluation), when that was, and whether its F1 is under the threshold
	 * (then it does not suggest).
	 */
	public record Row(String name, String title, boolean enabled, double threshold, String precision, String recall,
			String f1, String evaluated, boolean underThreshold) {
	}

	/** A point of the learning curve: percent of the training reports (0–100) and the F1 reached (0–1). */
	public record Point(double percent, double f1) {
	}

	private static final String NONE = "–";
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private RecommenderTexts() {
	}

	/** Gold, every annotator's accepted spans, then each annotator of the corpus and the person using it, by name. */
	public static List<Source> sources(Corpus corpus, String self) {
		List<Source> sources = new ArrayList<>();
		sources.add(new Source(LayerSource.gold().key(), "Gold (curated)"));
		sources.add(new Source(LayerSource.accepted().key(), "Accepted spans of every annotator"));
		Set<String> names = new LinkedHashSet<>();
		if (self != null) {
			names.add(self);
		}
		if (corpus != null) {
			for (Annotator annotator : corpus.getAnnotators()) {
				String name = annotator.getName() != null ? annotator.getName() : annotator.getId();
				if (name != null) {
					names.add(name);
				}
			}
		}
		for (String name : names.stream().sorted().toList()) {
			try {
				sources.add(new Source(LayerSource.annotator(name).key(), "Annotator " + name));
			} catch (IllegalArgumentException e) {
				// a name that cannot be a layer's is no source to learn from
			}
		}
		return sources;
	}

	/** Where a settings key stands among the sources (an annotator not listed is added), for the combo. */
	public static int indexOf(List<Source> sources, String key) {
		String normalized = LayerSource.parse(key).key();
		for (int i = 0; i < sources.size(); i++) {
			if (sources.get(i).key().equals(normalized)) {
				return i;
			}
		}
		return -1;
	}

	/** The recommender's name for people. */
	public static String title(String recommender) {
		return switch (recommender) {
		case "string" -> "String matcher";
		case "perceptron" -> "Perceptron (HanLP)";
		default -> recommender;
		};
	}

	public static Row row(String name, RecommenderSettings.Switch setting, Optional<EvaluationResult> last) {
		if (last.isEmpty()) {
			return new Row(name, title(name), setting.enabled(), setting.threshold(), NONE, NONE, NONE, "not evaluated",
					false);
		}
		Score overall = last.get().overall();
		return new Row(name, title(name), setting.enabled(), setting.threshold(), score(overall.precision()),
				score(overall.recall()), score(overall.f1()), when(last.get().evaluated()),
				setting.threshold() > 0 && overall.f1() < setting.threshold());
	}

	/** 0.5 as "0.50". */
	public static String score(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	/** An ISO instant as local "yyyy-MM-dd HH:mm"; anything else as it is. */
	public static String when(String instant) {
		if (instant == null) {
			return NONE;
		}
		try {
			return WHEN.format(Instant.parse(instant).atZone(ZoneId.systemDefault()));
		} catch (DateTimeParseException e) {
			return instant;
		}
	}

	/** The learning curve: F1 against the share of training reports, starting at the origin (nothing learned, nothing found). */
	public static List<Point> curve(EvaluationResult result) {
		List<Point> points = new ArrayList<>();
		points.add(new Point(0, 0));
		for (EvaluationResult.CurvePoint point : result.learningCurve()) {
			points.add(new Point(point.percent(), point.score().f1()));
		}
		return points;
	}

	/** The chart's title: "Learning curve of Perceptron (HanLP): 3 folds over 4 reports". */
	public static String curveTitle(EvaluationResult result) {
		int reports = result.foldReports().stream().mapToInt(List::size).sum();
		return "Learning curve of " + title(result.recommender()) + ": " + result.folds() + " folds over " + reports
				+ " report" + (reports == 1 ? "" : "s");
	}

	/** What the chart shows before an evaluation. */
	public static String noCurve(String recommender) {
		return title(recommender) + " has not been evaluated: press Evaluate to see how it learns";
	}

	/** "Trained String matcher and Perceptron (HanLP) on 3 reports with 57 spans of 9 labels". */
	public static String trained(List<TrainedModel> models, TrainingData data) {
		int spans = data.spanCount();
		return "Trained " + String.join(" and ", models.stream().map(m -> title(m.recommender())).toList()) + " on "
				+ data.reports().size() + " report" + (data.reports().size() == 1 ? "" : "s") + " with " + spans + " span"
				+ (spans == 1 ? "" : "s") + " of " + data.labels().size() + " label" + (data.labels().size() == 1 ? "" : "s");
	}

	/** "Evaluated: String matcher F1 0.62, Perceptron (HanLP) F1 0.48". */
	public static String evaluated(List<EvaluationResult> results) {
		return "Evaluated: " + String.join(", ",
				results.stream().map(r -> title(r.recommender()) + " F1 " + score(r.overall().f1())).toList());
	}

	/** "Suggested in 3 reports: 120 model suggestions", and the recommenders left out with why. */
	public static String suggested(Recommendations.Summary summary, TeamModels.Active active) {
		String said = "Suggested in " + summary.reports() + " report" + (summary.reports() == 1 ? "" : "s") + ": "
				+ summary.suggestions() + " model suggestion" + (summary.suggestions() == 1 ? "" : "s")
				+ (summary.cancelled() ? " (cancelled)" : "");
		return active.leftOut().isEmpty() ? said : said + "; left out: " + String.join("; ", active.leftOut());
	}

	/** What the status line says after retraining while annotating. */
	public static String retrained(int reports, int newSuggestions) {
		return "Recommenders retrained on " + reports + " report" + (reports == 1 ? "" : "s") + ": " + newSuggestions
				+ " new suggestion" + (newSuggestions == 1 ? "" : "s");
	}

	/** Why nothing suggests: every recommender switched off, untrained or under its threshold. */
	public static String noActiveModel(TeamModels.Active active) {
		return "No recommender may suggest: " + String.join("; ", active.leftOut());
	}

	/** A failure as the person reads it; too little training data says what to do about it. */
	public static String problem(Exception failure) {
		if (failure instanceof NotEnoughTrainingDataException few) {
			String said = few.getMessage();
			return Character.toUpperCase(said.charAt(0)) + said.substring(1)
					+ " Annotate a few more spans, or learn from another layer source.";
		}
		return failure.getMessage();
	}
}
