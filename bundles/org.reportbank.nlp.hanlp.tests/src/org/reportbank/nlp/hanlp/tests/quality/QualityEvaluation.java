package org.reportbank.nlp.hanlp.tests.quality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiPredicate;

import org.reportbank.core.labels.DefaultLabels;
import org.reportbank.model.Entity;
import org.reportbank.model.Metric;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.Span;
import org.reportbank.nlp.hanlp.PreAnnotator;
import org.reportbank.nlp.hanlp.tests.quality.GoldSet.GoldMetric;
import org.reportbank.nlp.hanlp.tests.quality.GoldSet.GoldSentence;

/**
 * Runs the real pre-annotator over the gold sentences and scores its METRIC and ORG suggestions.
 * <ul>
 * <li>Metrics: a suggestion is right when the sentence's gold holds a metric with the same value
 * ({@link BigDecimal#compareTo}, so 68 = 68.0) and exactly the same unit; each gold metric can be
 * matched once (multiset per sentence). The strict figure also needs the covered text to be the
 * gold text (exact span).</li>
 * <li>ORGs: an ORG suggestion is right when its covered text equals a gold org of the sentence,
 * again as a multiset per sentence.</li>
 * </ul>
 * Precision is tp / (tp + fp), recall tp / (tp + fn), each 0 when its denominator is 0; F1 is their
 * harmonic mean (0 when both are 0).
 */
public final class QualityEvaluation {

	/** Counts of one figure. */
	public record Score(int truePositives, int falsePositives, int falseNegatives) {

		public double precision() {
			return ratio(truePositives, truePositives + falsePositives);
		}

		public double recall() {
			return ratio(truePositives, truePositives + falseNegatives);
		}

		public double f1() {
			double p = precision();
			double r = recall();
			return p + r == 0 ? 0 : 2 * p * r / (p + r);
		}

		Score plus(Score other) {
			return new Score(truePositives + other.truePositives, falsePositives + other.falsePositives,
					falseNegatives + other.falseNegatives);
		}

		private static double ratio(int numerator, int denominator) {
			return denominator == 0 ? 0 : (double) numerator / denominator;
		}
	}

	/** What the pre-annotator suggested for one sentence: metrics (text = covered text) and ORG texts. */
	public record Prediction(List<GoldMetric> metrics, List<String> orgs) {
	}

	/** One error: the gold line of the sentence, the sentence and what was wrong. */
	public record Error(int line, String sentence, String item) {
	}

	/** All figures and error lists of one run. */
	public record Result(int sentences, int goldMetrics, int goldOrgs, Score metrics, Score metricSpans, Score orgs,
			List<Error> metricFalsePositives, List<Error> metricFalseNegatives, List<Error> metricSpanDifferences,
			List<Error> orgFalsePositives, List<Error> orgFalseNegatives) {
	}

	private QualityEvaluation() {
	}

	/** Runs {@link PreAnnotator} on every gold sentence and scores what it suggests. */
	public static Result evaluate(List<GoldSentence> gold) {
		PreAnnotator annotator = new PreAnnotator();
		List<Prediction> predictions = new ArrayList<>();
		for (GoldSentence sentence : gold) {
			predictions.add(predict(annotator, "gold-" + sentence.line(), sentence.text()));
		}
		return score(gold, predictions);
	}

	/** The pre-annotator's metric and ORG suggestions for one sentence, in text order. */
	public static Prediction predict(PreAnnotator annotator, String id, String text) {
		List<Span> spans = suggestions(annotator, id, text);
		List<GoldMetric> metrics = new ArrayList<>();
		for (Span span : spans) {
			if (span instanceof Metric metric) {
				metrics.add(new GoldMetric(covered(text, span), metric.getValue(), metric.getUnit()));
			}
		}
		return new Prediction(metrics, entityTexts(text, spans, DefaultLabels.ORG));
	}

	/** What the pre-annotator suggests for a text, annotated as a report of its own, in text order. */
	public static List<Span> suggestions(PreAnnotator annotator, String id, String text) {
		Report report = ReportbankFactory.eINSTANCE.createReport();
		report.setId(id);
		report.setText(text);
		List<Span> spans = new ArrayList<>(annotator.annotate(report).getSpans());
		spans.sort(Comparator.comparingInt(Span::getBegin).thenComparingInt(Span::getEnd));
		return spans;
	}

	/** The covered texts of the entity suggestions with this label, in the spans' order. */
	public static List<String> entityTexts(String text, List<Span> spans, String label) {
		return spans.stream().filter(span -> span instanceof Entity && label.equals(span.getLabel())).map(span -> covered(text, span))
				.toList();
	}

	private static String covered(String text, Span span) {
		int begin = Math.max(0, Math.min(span.getBegin(), text.length()));
		int end = Math.max(begin, Math.min(span.getEnd(), text.length()));
		return text.substring(begin, end);
	}

	/** Scores predictions (one per gold sentence, same order) against the gold. */
	public static Result score(List<GoldSentence> gold, List<Prediction> predictions) {
		if (gold.size() != predictions.size()) {
			throw new IllegalArgumentException(gold.size() + " gold sentences but " + predictions.size() + " predictions");
		}
		Score metrics = new Score(0, 0, 0);
		Score spans = new Score(0, 0, 0);
		TextTally orgs = new TextTally();
		List<Error> metricFp = new ArrayList<>();
		List<Error> metricFn = new ArrayList<>();
		List<Error> spanDiffs = new ArrayList<>();
		int goldMetrics = 0;
		int goldOrgs = 0;
		for (int i = 0; i < gold.size(); i++) {
			GoldSentence g = gold.get(i);
			Prediction p = predictions.get(i);
			goldMetrics += g.metrics().size();
			goldOrgs += g.orgs().size();

			Matching loose = Matching.of(g.metrics(), p.metrics(), QualityEvaluation::sameQuantity);
			metrics = metrics.plus(loose.score());
			loose.unmatchedFound(p.metrics()).forEach(m -> metricFp.add(new Error(g.line(), g.text(), describe(m))));
			loose.unmatchedGold(g.metrics()).forEach(m -> metricFn.add(new Error(g.line(), g.text(), describe(m))));

			Matching strict = Matching.of(g.metrics(), p.metrics(),
					(a, b) -> sameQuantity(a, b) && Objects.equals(a.text(), b.text()));
			spans = spans.plus(strict.score());
			// what matches by value and unit but not by span: the span differences
			List<GoldMetric> goldLeft = strict.unmatchedGold(g.metrics());
			List<GoldMetric> foundLeft = strict.unmatchedFound(p.metrics());
			Matching rest = Matching.of(goldLeft, foundLeft, QualityEvaluation::sameQuantity);
			for (int k = 0; k < goldLeft.size(); k++) {
				int f = rest.goldToFound[k];
				if (f >= 0) {
					spanDiffs.add(new Error(g.line(), g.text(),
							"gold `" + goldLeft.get(k).text() + "`, found `" + foundLeft.get(f).text() + "` ("
									+ plain(goldLeft.get(k).value()) + " " + goldLeft.get(k).unit() + ")"));
				}
			}

			orgs.add(g.line(), g.text(), g.orgs(), p.orgs());
		}
		return new Result(gold.size(), goldMetrics, goldOrgs, metrics, spans, orgs.score(), List.copyOf(metricFp),
				List.copyOf(metricFn), List.copyOf(spanDiffs), orgs.falsePositives(), orgs.falseNegatives());
	}

	/**
	 * Exact-text scoring of one label over sentences (multiset per sentence): the counts, and the
	 * texts found wrongly and missed.
	 */
	public static final class TextTally {
		private Score score = new Score(0, 0, 0);
		private final List<Error> falsePositives = new ArrayList<>();
		private final List<Error> falseNegatives = new ArrayList<>();

		/** Scores one sentence's found texts against its gold texts. */
		public void add(int line, String sentence, List<String> gold, List<String> found) {
			Matching m = Matching.of(gold, found, String::equals);
			m.unmatchedFound(found).forEach(s -> falsePositives.add(new Error(line, sentence, "`" + s + "`")));
			m.unmatchedGold(gold).forEach(s -> falseNegatives.add(new Error(line, sentence, "`" + s + "`")));
			score = score.plus(m.score());
		}

		/** Adds another tally's counts and errors to this one's. */
		public void add(TextTally other) {
			score = score.plus(other.score);
			falsePositives.addAll(other.falsePositives);
			falseNegatives.addAll(other.falseNegatives);
		}

		public Score score() {
			return score;
		}

		public List<Error> falsePositives() {
			return List.copyOf(falsePositives);
		}

		public List<Error> falseNegatives() {
			return List.copyOf(falseNegatives);
		}
	}

	static boolean sameQuantity(GoldMetric gold, GoldMetric found) {
		return gold.value() != null && found.value() != null && gold.value().compareTo(found.value()) == 0
				&& gold.unit() != null && gold.unit().equals(found.unit());
	}

	private static String describe(GoldMetric m) {
		return "`" + m.text() + "` = " + plain(m.value()) + " " + m.unit();
	}

	private static String plain(BigDecimal value) {
		return value == null ? "null" : value.stripTrailingZeros().toPlainString();
	}

	/**
	 * A one-to-one matching of gold items to found items. The relations used here are equivalences,
	 * so taking for each gold item the first free equal found item gives a largest matching.
	 */
	private static final class Matching {
		final int[] goldToFound;
		final boolean[] foundUsed;
		int matched;

		private Matching(int gold, int found) {
			goldToFound = new int[gold];
			foundUsed = new boolean[found];
		}

		static <T> Matching of(List<T> gold, List<T> found, BiPredicate<T, T> same) {
			Matching m = new Matching(gold.size(), found.size());
			for (int g = 0; g < gold.size(); g++) {
				m.goldToFound[g] = -1;
				for (int f = 0; f < found.size(); f++) {
					if (!m.foundUsed[f] && same.test(gold.get(g), found.get(f))) {
						m.goldToFound[g] = f;
						m.foundUsed[f] = true;
						m.matched++;
						break;
					}
				}
			}
			return m;
		}

		Score score() {
			return new Score(matched, foundUsed.length - matched, goldToFound.length - matched);
		}

		<T> List<T> unmatchedGold(List<T> gold) {
			List<T> left = new ArrayList<>();
			for (int g = 0; g < gold.size(); g++) {
				if (goldToFound[g] < 0) {
					left.add(gold.get(g));
				}
			}
			return left;
		}

		<T> List<T> unmatchedFound(List<T> found) {
			List<T> left = new ArrayList<>();
			for (int f = 0; f < found.size(); f++) {
				if (!foundUsed[f]) {
					left.add(found.get(f));
				}
			}
			return left;
		}
	}

	/** The report as markdown: figures, counts and at most {@code limit} entries of each error list. */
	public static String markdown(Result r, int limit, List<String> targetLines) {
		StringBuilder md = new StringBuilder();
		md.append("# Pre-annotator quality on the gold sentences\n\n");
		md.append("Gold set: `").append(GoldSet.RESOURCE).append("`: ").append(r.sentences()).append(" sentences, ")
				.append(r.goldMetrics()).append(" metrics, ").append(r.goldOrgs()).append(" orgs. Method: `docs/quality.md`.\n\n");
		md.append("| figure | precision | recall | F1 | tp | fp | fn |\n");
		md.append("|---|---|---|---|---|---|---|\n");
		row(md, "METRIC (value + unit)", r.metrics());
		row(md, "METRIC (value + unit + exact span)", r.metricSpans());
		row(md, "ORG (exact text)", r.orgs());
		md.append('\n');
		if (!targetLines.isEmpty()) {
			md.append("## Targets\n\n");
			targetLines.forEach(t -> md.append("- ").append(t).append('\n'));
			md.append('\n');
		}
		errors(md, "METRIC false positives", r.metricFalsePositives(), limit);
		errors(md, "METRIC false negatives", r.metricFalseNegatives(), limit);
		errors(md, "METRIC right value and unit, different span", r.metricSpanDifferences(), limit);
		errors(md, "ORG false positives", r.orgFalsePositives(), limit);
		errors(md, "ORG false negatives", r.orgFalseNegatives(), limit);
		return md.toString();
	}

	/** The three figures on three lines, for stdout. */
	public static String summary(Result r) {
		return String.format(Locale.ROOT, "%s%n%s%n%s", line("METRIC value+unit", r.metrics()),
				line("METRIC exact span", r.metricSpans()), line("ORG exact text", r.orgs()));
	}

	static String line(String name, Score s) {
		return String.format(Locale.ROOT, "%-18s P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", name, s.precision(),
				s.recall(), s.f1(), s.truePositives(), s.falsePositives(), s.falseNegatives());
	}

	static void row(StringBuilder md, String name, Score s) {
		md.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d | %d | %d |%n", name, s.precision(),
				s.recall(), s.f1(), s.truePositives(), s.falsePositives(), s.falseNegatives()));
	}

	static void errors(StringBuilder md, String title, List<Error> errors, int limit) {
		md.append("## ").append(title).append(" (").append(errors.size()).append(")\n\n");
		if (errors.isEmpty()) {
			md.append("None.\n\n");
			return;
		}
		errors.stream().limit(limit).forEach(e -> md.append("- line ").append(e.line()).append(": ").append(e.item())
				.append(" — ").append(e.sentence().replace("\n", " ")).append('\n'));
		if (errors.size() > limit) {
			md.append("- … and ").append(errors.size() - limit).append(" more\n");
		}
		md.append('\n');
	}
}
