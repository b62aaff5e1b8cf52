package org.reportbank.recommenders;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.reportbank.recommenders.EvaluationResult.CurvePoint;
import org.reportbank.recommenders.internal.BundleVersion;
import org.reportbank.recommenders.internal.Folds;

/**
 * Report-level k-fold cross-validation of a recommender: the reports are split into folds
 * ({@link Folds}: never a report in both training and test of a round; leave-one-out when there
 * are fewer reports than folds); each round trains on the other folds and predicts the held-out
 * reports' texts, and a prediction counts when its begin, end and label equal a span of the
 * source there. The learning curve trains each round on the first 10 %, 20 %, ... 100 % of its
 * training reports (at least one) and tests on the same held-out fold.
 */
public final class Evaluation {

	public static final int DEFAULT_FOLDS = 5;
	public static final int CURVE_POINTS = 10;

	private Evaluation() {
	}

	/** Cross-validates with {@link #DEFAULT_FOLDS} folds. */
	public static EvaluationResult crossValidate(Recommender recommender, TrainingData data, IProgressMonitor monitor)
			throws RecommenderException {
		return crossValidate(recommender, data, DEFAULT_FOLDS, monitor);
	}

	/**
	 * A round whose training part holds too little to train on ({@link NotEnoughTrainingDataException})
	 * predicts nothing and is counted in {@link EvaluationResult#untrainedRounds()}.
	 */
	public static EvaluationResult crossValidate(Recommender recommender, TrainingData data, int folds,
			IProgressMonitor monitor) throws RecommenderException {
		if (data.reports().size() < 2) {
			throw new RecommenderException("cross-validation needs at least 2 reports; " + data.source().describe() + " cover "
					+ data.reports().size());
		}
		List<List<TrainingReport>> split = Folds.split(data.reports(), folds);
		int k = split.size();
		SubMonitor progress = SubMonitor.convert(monitor, "Cross-validating " + recommender.name() + " in " + k + " folds",
				k * CURVE_POINTS);
		Map<String, Score> perLabel = new LinkedHashMap<>();
		data.labels().forEach(label -> perLabel.put(label, Score.NONE));
		Score[] curve = new Score[CURVE_POINTS];
		int[] curveReports = new int[CURVE_POINTS];
		Arrays.fill(curve, Score.NONE);
		int untrained = 0;
		for (int fold = 0; fold < k; fold++) {
			List<TrainingReport> test = split.get(fold);
			List<TrainingReport> training = new ArrayList<>();
			for (int other = 0; other < k; other++) {
				if (other != fold) {
					training.addAll(split.get(other));
				}
			}
			for (int point = 1; point <= CURVE_POINTS; point++) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				int size = Math.max(1, (int) Math.ceil(training.size() * point / (double) CURVE_POINTS));
				List<TrainingReport> part = training.subList(0, Math.min(size, training.size()));
				TrainedModel model;
				try {
					model = recommender.train(data.subset(part), progress.split(1));
				} catch (NotEnoughTrainingDataException e) {
					model = null;
					untrained++;
				}
				Map<String, Score> scores = score(model, test, data.labels());
				Score total = scores.values().stream().reduce(Score.NONE, Score::plus);
				curve[point - 1] = curve[point - 1].plus(total);
				curveReports[point - 1] += part.size();
				if (point == CURVE_POINTS) {
					scores.forEach((label, score) -> perLabel.merge(label, score, Score::plus));
				}
			}
		}
		List<CurvePoint> points = new ArrayList<>();
		for (int i = 0; i < CURVE_POINTS; i++) {
			points.add(new CurvePoint((i + 1) * 100 / CURVE_POINTS, curveReports[i], curve[i]));
		}
		Score overall = perLabel.values().stream().reduce(Score.NONE, Score::plus);
		List<List<String>> foldReports = split.stream().map(f -> f.stream().map(TrainingReport::id).toList()).toList();
		return new EvaluationResult(recommender.name(), data.source().key(), data.labels(), k, k < folds, foldReports,
				perLabel, overall, points, untrained, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
				BundleVersion.of(Evaluation.class));
	}

	/** Exact-match counts per label of a model (none: nothing predicted) on the test reports. */
	public static Map<String, Score> score(TrainedModel model, List<TrainingReport> test, List<String> labels) {
		Map<String, Score> scores = new LinkedHashMap<>();
		labels.forEach(label -> scores.put(label, Score.NONE));
		for (TrainingReport report : test) {
			Set<LabeledSpan> expected = new HashSet<>(report.spans());
			Set<LabeledSpan> predicted = new HashSet<>();
			if (model != null) {
				for (Prediction prediction : model.predict(report.text())) {
					if (labels.contains(prediction.label())) {
						predicted.add(prediction.span());
					}
				}
			}
			for (LabeledSpan span : predicted) {
				scores.merge(span.label(), expected.contains(span) ? new Score(1, 0, 0) : new Score(0, 1, 0), Score::plus);
			}
			for (LabeledSpan span : expected) {
				if (!predicted.contains(span)) {
					scores.merge(span.label(), new Score(0, 0, 1), Score::plus);
				}
			}
		}
		return scores;
	}
}
