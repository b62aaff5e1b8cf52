package org.reportbank.nlp.hanlp.internal.checks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.reportbank.core.text.Sentences;
import org.reportbank.nlp.hanlp.internal.metrics.MetricMention;
import org.reportbank.model.MetricKind;

/**
 * Recomputes stated rates from the counts around them: 75人通过 of 79人参加 is 94.9%, not the
 * 98.7% printed. Counts are taken from the rate's sentence (before the rate) and the sentence
 * before it, in the same unit; only a pair the sentence itself plainly computes the rate from can
 * make it inconsistent. The base of a rate may be a subset (败诉5件 of 已结34件, not of 40
 * filed), so any pair that gives the printed value makes the rate consistent; printed values may
 * be rounded or truncated to their decimals. Changes (同比下降26%) are not shares and are skipped.
 */
public final class RateChecker {

	/** A rate is computed from the few counts right before it; more would only add chance matches. */
	private static final int MAX_COUNTS = 6;
	private static final List<String> PART_CUES = List.of("其中", "通过", "成功", "合格", "及格", "败诉", "胜诉", "办结", "审结", "已结",
			"完成", "整改", "化解", "满意", "达标");
	private static final java.util.Set<String> AMBIGUOUS_UNITS = java.util.Set.of("个", "级", "类", "种", "镇", "乡", "村");

	public List<RateCheck> check(String text, List<MetricMention> metrics) {
		List<Sentences.Sentence> sentences = Sentences.of(text);
		List<RateCheck> checks = new ArrayList<>();
		int s = 0; // metrics come in text order, so the sentence index and window only move forward
		int firstInWindow = 0;
		for (int r = 0; r < metrics.size(); r++) {
			MetricMention rate = metrics.get(r);
			while (s < sentences.size() && sentences.get(s).end() <= rate.begin()) {
				s++;
			}
			if (rate.kind() != MetricKind.RATE || !"%".equals(rate.normalizedUnit()) || rate.comparison() != null
					|| s >= sentences.size()) {
				continue;
			}
			int windowBegin = sentences.get(Math.max(0, s - 1)).begin();
			while (metrics.get(firstInWindow).begin() < windowBegin) {
				firstInWindow++;
			}
			checks.add(check(text, r, firstInWindow, metrics, sentences.get(s)));
		}
		return checks;
	}

	private RateCheck check(String text, int r, int firstInWindow, List<MetricMention> metrics, Sentences.Sentence sentence) {
		MetricMention rate = metrics.get(r);
		List<Integer> counts = new ArrayList<>();
		for (int i = r - 1; i >= firstInWindow && counts.size() < MAX_COUNTS; i--) {
			MetricMention m = metrics.get(i);
			if (m.kind() == MetricKind.COUNT && m.comparison() == null) {
				counts.add(0, i);
			}
		}
		BigDecimal stated = rate.value();
		int[] pair = statedPair(text, rate, metrics, counts, sentence);
		if (pair != null) {
			// the sentence computes the rate itself: its part over any of its wholes (a subset base
			// such as 已结34件 counts), and nothing from the sentence before can excuse it
			return judgePart(r, metrics, pair, sentence);
		}
		for (int a = counts.size() - 1; a >= 0; a--) {
			for (int b = 0; b < counts.size(); b++) {
				MetricMention numerator = metrics.get(counts.get(a));
				MetricMention denominator = metrics.get(counts.get(b));
				if (a != b && comparable(numerator, denominator) && matchesPrinted(percent(numerator, denominator), stated)) {
					return consistent(r, stated, counts.get(a), counts.get(b), metrics, sentence);
				}
			}
		}
		return new RateCheck(r, RateCheck.Verdict.UNVERIFIABLE, null, -1, -1, sentence.begin(), sentence.end(),
				stated.toPlainString() + "%: no counts it is plainly computed from in this sentence");
	}

	private RateCheck judgePart(int r, List<MetricMention> metrics, int[] pair, Sentences.Sentence sentence) {
		BigDecimal stated = metrics.get(r).value();
		MetricMention numerator = metrics.get(pair[0]);
		for (int whole : pairWholes(pair)) {
			if (matchesPrinted(percent(numerator, metrics.get(whole)), stated)) {
				return consistent(r, stated, pair[0], whole, metrics, sentence);
			}
		}
		MetricMention denominator = metrics.get(pair[1]);
		BigDecimal recomputed = percent(numerator, denominator).setScale(Math.max(1, stated.scale()), RoundingMode.HALF_UP);
		return new RateCheck(r, RateCheck.Verdict.INCONSISTENT, recomputed, pair[0], pair[1], sentence.begin(),
				sentence.end(), stated.toPlainString() + "% is stated, but " + numerator.value().toPlainString() + " / "
						+ denominator.value().toPlainString() + " is " + recomputed.toPlainString() + "%");
	}

	/** The wholes a stated part may be taken of: every count of the sentence before the part, in its unit. */
	private static int[] pairWholes(int[] pair) {
		int[] wholes = new int[pair.length - 1];
		System.arraycopy(pair, 1, wholes, 0, wholes.length);
		return wholes;
	}

	private static RateCheck consistent(int r, BigDecimal stated, int numeratorIndex, int denominatorIndex,
			List<MetricMention> metrics, Sentences.Sentence sentence) {
		MetricMention numerator = metrics.get(numeratorIndex);
		MetricMention denominator = metrics.get(denominatorIndex);
		BigDecimal exact = percent(numerator, denominator).setScale(stated.scale() + 2, RoundingMode.HALF_UP);
		return new RateCheck(r, RateCheck.Verdict.CONSISTENT, exact, numeratorIndex, denominatorIndex, sentence.begin(),
				sentence.end(), stated.toPlainString() + "% fits " + numerator.value().toPlainString() + " / "
						+ denominator.value().toPlainString() + " = " + exact.toPlainString() + "%");
	}

	/**
	 * The pair the sentence itself computes the rate from, if it plainly does: "79人参加…，75人通过，
	 * 及格率为98.7%": the count right before the rate is a part (its clause says 通过, 成功, 其中 … or
	 * the rate's own word) of the other counts of the sentence in the same, unambiguous unit. Returns
	 * the part, then the wholes (the first of the sentence first), or null. Only such a pair may call
	 * a rate wrong: a false alarm costs an annotator more than a missed one.
	 */
	private static int[] statedPair(String text, MetricMention rate, List<MetricMention> metrics, List<Integer> counts,
			Sentences.Sentence sentence) {
		List<Integer> inSentence = counts.stream().filter(i -> sentence.contains(metrics.get(i).begin())).toList();
		if (inSentence.size() < 2) {
			return null;
		}
		int numeratorIndex = inSentence.get(inSentence.size() - 1);
		MetricMention numerator = metrics.get(numeratorIndex);
		if (AMBIGUOUS_UNITS.contains(numerator.unit()) || !isPartCue(text, numerator, rate)) {
			return null;
		}
		List<Integer> pair = new ArrayList<>();
		pair.add(numeratorIndex);
		for (int denominatorIndex : inSentence) {
			if (denominatorIndex != numeratorIndex && comparable(numerator, metrics.get(denominatorIndex))) {
				pair.add(denominatorIndex);
			}
		}
		return pair.size() < 2 ? null : pair.stream().mapToInt(Integer::intValue).toArray();
	}

	/** The clause of the count says it is a part: 其中, 通过, 成功, 败诉 …, or shares the rate's word (整改 / 整改率). */
	private static boolean isPartCue(String text, MetricMention count, MetricMention rate) {
		String clause = clauseAround(text, count);
		for (String cue : PART_CUES) {
			if (clause.contains(cue)) {
				return true;
			}
		}
		String indicator = rate.indicator() == null ? "" : rate.indicator();
		int rateChar = indicator.lastIndexOf('率');
		return rateChar >= 2 && clause.contains(indicator.substring(rateChar - 2, rateChar));
	}

	private static String clauseAround(String text, MetricMention count) {
		int begin = count.begin();
		while (begin > 0 && "，。；：,;:\n".indexOf(text.charAt(begin - 1)) < 0) {
			begin--;
		}
		int end = count.end();
		while (end < text.length() && "，。；：,;:\n".indexOf(text.charAt(end)) < 0) {
			end++;
		}
		return text.substring(begin, end);
	}

	private static boolean comparable(MetricMention numerator, MetricMention denominator) {
		return numerator.normalizedUnit().equals(denominator.normalizedUnit()) && denominator.normalizedValue().signum() > 0
				&& numerator.normalizedValue().compareTo(denominator.normalizedValue()) <= 0;
	}

	private static BigDecimal percent(MetricMention numerator, MetricMention denominator) {
		return numerator.normalizedValue().multiply(BigDecimal.valueOf(100)).divide(denominator.normalizedValue(),
				MathContext.DECIMAL64);
	}

	/** The exact rate rounds or truncates to the printed one at its number of decimals. */
	static boolean matchesPrinted(BigDecimal exact, BigDecimal printed) {
		int scale = Math.max(0, printed.scale());
		return exact.setScale(scale, RoundingMode.HALF_UP).compareTo(printed) == 0
				|| exact.setScale(scale, RoundingMode.DOWN).compareTo(printed) == 0;
	}

}
