package org.reportbank.recommenders.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.reportbank.recommenders.Evaluation;
import org.reportbank.recommenders.EvaluationResult;
import org.reportbank.recommenders.EvaluationResult.CurvePoint;
import org.reportbank.recommenders.LabeledSpan;
import org.reportbank.recommenders.LayerSource;
import org.reportbank.recommenders.PerceptronRecommender;
import org.reportbank.recommenders.Prediction;
import org.reportbank.recommenders.Recommender;
import org.reportbank.recommenders.Score;
import org.reportbank.recommenders.StringMatcher;
import org.reportbank.recommenders.TrainedModel;
import org.reportbank.recommenders.TrainingData;
import org.reportbank.recommenders.TrainingReport;
import org.reportbank.recommenders.internal.LongestMatch;
import org.reportbank.recommenders.internal.LongestMatch.Match;

/**
 * A custom label scheme, organizations split four ways (fixtures/org-subtypes/README.md), marked
 * by hand on the three sample reports and on two reports written for the test and never looked
 * at while the recommenders were built. On a sample report held out of training the perceptron
 * must find more of the subtypes than the string matcher, which knows only names it saw; its
 * learning curve must rise. The figures are printed for docs/quality.md.
 */
class OrgSubtypeQualityTest {

	private static final List<String> LABELS = List.of("ORG_GOV", "ORG_PARTY", "ORG_JUDICIAL", "ORG_TOWN");
	private static final Path ROOT = Path.of(System.getProperty("reportbank.root", "../.."));
	private static final Path FIXTURES = ROOT.resolve("bundles/org.reportbank.recommenders.tests/fixtures/org-subtypes");

	@Test
	void onTheHeldOutSampleThePerceptronBeatsTheStringMatcher() throws Exception {
		TrainingData training = data(sample("000_2d72018e1f56853b"), sample("002_2da23d56d58a0cbd"));
		List<TrainingReport> heldOut = List.of(sample("004_da950378957249dd"));

		Score string = total(new StringMatcher(), training, heldOut);
		Score perceptron = total(new PerceptronRecommender(), training, heldOut);

		print("held-out sample 004 (trained on 000, 002)", string, perceptron);
		assertTrue(perceptron.f1() > string.f1(), "perceptron F1 " + perceptron.f1() + " vs string matcher " + string.f1());
	}

	@Test
	void onReportsWrittenForTheTestBothAreMeasured() throws Exception {
		TrainingData training = data(sample("000_2d72018e1f56853b"), sample("002_2da23d56d58a0cbd"), sample("004_da950378957249dd"));
		List<TrainingReport> unseen = List.of(fixture("heldout-1"), fixture("heldout-2"));

		Score string = total(new StringMatcher(), training, unseen);
		Score perceptron = total(new PerceptronRecommender(), training, unseen);

		print("two reports of other provinces (trained on the three samples)", string, perceptron);
		assertEquals(180, unseen.stream().mapToInt(r -> r.spans().size()).sum(), "the spans marked in the two reports");
		assertTrue(perceptron.truePositives() + perceptron.falseNegatives() == 180, perceptron.toString());
	}

	@Test
	void thePerceptronsLearningCurveRises() throws Exception {
		List<TrainingReport> parts = new ArrayList<>();
		for (String name : List.of("000_2d72018e1f56853b", "002_2da23d56d58a0cbd", "004_da950378957249dd")) {
			parts.addAll(parts(sample(name), 6));
		}
		TrainingData data = new TrainingData(LayerSource.gold(), LABELS, parts);

		EvaluationResult result = Evaluation.crossValidate(new PerceptronRecommender(), data, 5, new NullProgressMonitor());

		StringBuilder curve = new StringBuilder("perceptron learning curve over " + parts.size() + " report parts, 5 folds:");
		for (CurvePoint point : result.learningCurve()) {
			curve.append(String.format(" %d%%=%.3f", point.percent(), point.score().f1()));
		}
		System.out.println(curve);
		double first = result.learningCurve().get(0).score().f1();
		double last = result.learningCurve().get(result.learningCurve().size() - 1).score().f1();
		assertTrue(last > first + 0.1, curve.toString());
	}

	/**
	 * Uncertain-first review needs confidences that tell right suggestions from wrong ones. On the
	 * two reports written for the test (trained on the three samples), the chance that a right
	 * suggestion is more confident than a wrong one (the area under the ROC curve) must be well
	 * above a coin's, and the confidences must spread out rather than sit at 1.00. The calibration
	 * error (how far the stated confidence lies from the share that is right, over five bins) is
	 * printed for docs/quality.md.
	 */
	@Test
	void thePerceptronsConfidenceTellsRightFromWrong() throws Exception {
		TrainingData training = data(sample("000_2d72018e1f56853b"), sample("002_2da23d56d58a0cbd"), sample("004_da950378957249dd"));
		TrainedModel model = new PerceptronRecommender().train(training, new NullProgressMonitor());
		List<Double> right = new ArrayList<>();
		List<Double> wrong = new ArrayList<>();
		for (TrainingReport unseen : List.of(fixture("heldout-1"), fixture("heldout-2"))) {
			Set<LabeledSpan> gold = new HashSet<>(unseen.spans());
			for (Prediction prediction : model.predict(unseen.text())) {
				(gold.contains(prediction.span()) ? right : wrong).add(prediction.confidence());
			}
		}
		double pairsOrdered = 0;
		for (double r : right) {
			for (double w : wrong) {
				pairsOrdered += r > w ? 1 : r == w ? 0.5 : 0;
			}
		}
		double auc = pairsOrdered / (right.size() * (double) wrong.size());
		int predictions = right.size() + wrong.size();
		long belowSure = right.stream().filter(c -> c < 0.99).count() + wrong.stream().filter(c -> c < 0.99).count();
		System.out.printf(
				"perceptron confidence on the two reports of other provinces: %d right (mean %.3f), %d wrong (mean %.3f), AUC %.3f, ECE %.3f, %d of %d below 0.99%n",
				right.size(), mean(right), wrong.size(), mean(wrong), auc, calibrationError(right, wrong), belowSure, predictions);
		assertTrue(right.size() > 0 && wrong.size() > 0, right.size() + " right, " + wrong.size() + " wrong");
		assertTrue(auc > 0.6, "AUC " + auc);
		assertTrue(belowSure * 4 > predictions, belowSure + " of " + predictions + " below 0.99");
	}

	private static double mean(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
	}

	/** The expected calibration error over five equal bins of confidence. */
	private static double calibrationError(List<Double> right, List<Double> wrong) {
		int bins = 5;
		double[] confidence = new double[bins];
		int[] count = new int[bins];
		int[] correct = new int[bins];
		for (int k = 0; k < 2; k++) {
			for (double c : k == 0 ? right : wrong) {
				int bin = Math.min(bins - 1, (int) (c * bins));
				confidence[bin] += c;
				count[bin]++;
				correct[bin] += k == 0 ? 1 : 0;
			}
		}
		double total = right.size() + wrong.size();
		double error = 0;
		for (int bin = 0; bin < bins; bin++) {
			if (count[bin] > 0) {
				error += Math.abs(confidence[bin] - correct[bin]) / total;
			}
		}
		return error;
	}

	private static Score total(Recommender recommender, TrainingData training, List<TrainingReport> test) throws Exception {
		TrainedModel model = recommender.train(training, new NullProgressMonitor());
		return Evaluation.score(model, test, LABELS).values().stream().reduce(Score.NONE, Score::plus);
	}

	private static void print(String what, Score string, Score perceptron) {
		System.out.printf("%s: string P %.3f R %.3f F1 %.3f; perceptron P %.3f R %.3f F1 %.3f%n", what, string.precision(),
				string.recall(), string.f1(), perceptron.precision(), perceptron.recall(), perceptron.f1());
	}

	private static TrainingData data(TrainingReport... reports) {
		return new TrainingData(LayerSource.gold(), LABELS, List.of(reports));
	}

	private static TrainingReport sample(String name) throws IOException {
		return marked(name, Files.readString(ROOT.resolve("seeds").resolve(name + ".txt"), StandardCharsets.UTF_8));
	}

	private static TrainingReport fixture(String name) throws IOException {
		return marked(name, Files.readString(FIXTURES.resolve(name + ".txt"), StandardCharsets.UTF_8));
	}

	/** The report with every occurrence of its listed names marked, the longest first where two overlap. */
	private static TrainingReport marked(String name, String text) throws IOException {
		Map<String, String> labels = new HashMap<>();
		for (String line : Files.readAllLines(FIXTURES.resolve(name + ".tsv"), StandardCharsets.UTF_8)) {
			if (!line.isBlank()) {
				String[] fields = line.split("\t");
				labels.put(fields[0], fields[1]);
			}
		}
		List<Match> occurrences = new ArrayList<>();
		Map<Match, String> labelOf = new HashMap<>();
		labels.forEach((string, label) -> {
			for (int at = text.indexOf(string); at >= 0; at = text.indexOf(string, at + 1)) {
				Match match = new Match(at, at + string.length());
				occurrences.add(match);
				labelOf.put(match, label);
			}
		});
		List<LabeledSpan> spans = LongestMatch.select(occurrences).stream()
				.map(m -> new LabeledSpan(m.begin(), m.end(), labelOf.get(m))).toList();
		return new TrainingReport(name, text, spans);
	}

	/** The report cut at line ends into about {@code count} parts of equal length, each with its spans. */
	private static List<TrainingReport> parts(TrainingReport report, int count) {
		List<TrainingReport> parts = new ArrayList<>();
		String text = report.text();
		int from = 0;
		for (int i = 1; i <= count && from < text.length(); i++) {
			int target = i == count ? text.length() : text.length() * i / count;
			int end = i == count ? text.length() : text.indexOf('\n', target);
			end = end < 0 || i == count ? text.length() : end + 1;
			int begin = from;
			int stop = end;
			List<LabeledSpan> spans = report.spans().stream().filter(s -> s.begin() >= begin && s.end() <= stop)
					.map(s -> new LabeledSpan(s.begin() - begin, s.end() - begin, s.label())).toList();
			parts.add(new TrainingReport(report.id() + "#" + i, text.substring(begin, stop), spans));
			from = end;
		}
		return parts;
	}
}
