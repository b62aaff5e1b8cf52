package org.reportbank.nlp.hanlp.internal.checks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.reportbank.core.text.Sentences;
import org.reportbank.nlp.hanlp.internal.metrics.MetricMention;
import org.reportbank.model.MetricKind;

/**
 * Recomputes stated rates from the counts they are computed from: 75人通过 of 79人参加 is 94.9%,
 * not the 98.7% printed. A rate is judged only by the counts its own words name:
 * <ul>
 * <li>its part is a count of its own stretch of the sentence (after any rate before it) whose
 * clause carries the rate's noun (败诉 for 败诉率, 应诉 for 出庭应诉率, 通过 or 合格 for 及格率), or,
 * for a share (维持8件，占75%), the count right before it;</li>
 * <li>its whole is a count earlier in the sentence in the same unit (any that gives the printed
 * value will do: the base may be a subset, 败诉5件 of 已结34件), or, when the rate names its whole
 * (占受理案件总数的45%), a count of that noun in the sentence or the sentence before, in the same
 * paragraph.</li>
 * </ul>
 * Two rates of one sentence are judged apart; a part of an approximate or ambiguous count
 * (余, 个) never accuses. Without such a part, counts around the rate may still confirm it, never
 * accuse it. Printed values may be rounded or truncated; changes (同比下降26%) are not shares.
 */
public final class RateChecker {

	/** Confirming pairs are sought among the few counts right before a rate; more would only add chance matches. */
	private static final int MAX_COUNTS = 6;
	/** Units that count different things in one sentence (42个问题, 3个乡镇): no accusation from them. */
	private static final Set<String> AMBIGUOUS_UNITS = Set.of("个", "级", "类", "种", "镇", "乡", "村");
	/** Nouns of rates that texts state with other words: 及格率 of those who 通过. */
	private static final Map<String, List<String>> SAME_NOUN = Map.of("及格", List.of("通过", "合格"), "合格", List.of("通过", "及格"),
			"通过", List.of("合格", "及格"), "结案", List.of("办结", "审结", "结案"), "办结", List.of("结案", "办结"));
	/** Words between a rate's noun and its value that say nothing of it: 败诉率为4%, 达到100%. */
	private static final Pattern LINKING_WORDS = Pattern
			.compile("(?:为|达到|达|是|约为|约|仅为|仅|保持在|保持|控制在|稳定在|均为|均达到|均达|分别为|提升至|提高到|提高至|上升至|下降至)$");
	// what else is read in a rate's words, compiled once: they are read for every rate of every report
	private static final Pattern SHARE_OF = Pattern.compile("^比");
	private static final Pattern WHOLE_ENDING = Pattern.compile("(?:总数|总量|总额|总件数|总人数|总和|全部)?(?:的)?(?:比例|比重|比率)?(?:的)?$");
	private static final Pattern RATE_WORD = Pattern.compile("(?:率|比例|比重|度)$");
	private static final String CLAUSE_ENDS = "，。；：,;:\n、！？!?";

	public List<RateCheck> check(String text, List<MetricMention> metrics) {
		List<Sentences.Sentence> sentences = Sentences.of(text);
		List<RateCheck> checks = new ArrayList<>();
		int s = 0; // metrics come in text order, so the sentence index only moves forward
		int ownFrom = -1; // where the current rate's own stretch begins: after the sentence's previous rate
		for (int r = 0; r < metrics.size(); r++) {
			MetricMention rate = metrics.get(r);
			int sentenceBefore = s;
			while (s < sentences.size() && sentences.get(s).end() <= rate.begin()) {
				s++;
			}
			if (s >= sentences.size()) {
				break;
			}
			Sentences.Sentence sentence = sentences.get(s);
			if (s != sentenceBefore || ownFrom < sentence.begin()) {
				ownFrom = sentence.begin();
			}
			if (rate.kind() != MetricKind.RATE || !"%".equals(rate.normalizedUnit())) {
				continue;
			}
			if (rate.comparison() == null) {
				Sentences.Sentence previous = s > 0 && sameParagraph(text, sentences.get(s - 1), sentence) ? sentences.get(s - 1) : null;
				checks.add(check(text, r, metrics, sentence, previous, ownFrom));
			}
			ownFrom = rate.end();
		}
		return checks;
	}

	private static boolean sameParagraph(String text, Sentences.Sentence previous, Sentences.Sentence sentence) {
		return text.substring(previous.begin(), sentence.begin()).indexOf('\n') < 0;
	}

	private RateCheck check(String text, int r, List<MetricMention> metrics, Sentences.Sentence sentence,
			Sentences.Sentence previous, int ownFrom) {
		MetricMention rate = metrics.get(r);
		RateWords words = RateWords.of(text, rate, sentence.begin());
		int part = part(text, r, metrics, ownFrom, words);
		if (part >= 0) {
			List<Integer> wholes = wholes(text, part, metrics, sentence, previous, words);
			for (int whole : wholes) {
				if (matchesPrinted(percent(metrics.get(part), metrics.get(whole)), rate.value())) {
					return consistent(r, part, whole, metrics, sentence);
				}
			}
			if (!wholes.isEmpty() && accusable(metrics.get(part)) && accusable(metrics.get(wholes.get(0)))) {
				return inconsistent(r, part, wholes.get(0), metrics, sentence);
			}
		}
		return confirmedOrUnverifiable(r, metrics, sentence, previous);
	}

	/**
	 * The count the rate is a share of, in the rate's own stretch: for a share (占75%) the count right
	 * before it; else the nearest count whose clause carries the rate's noun. -1 when there is none.
	 */
	private static int part(String text, int r, List<MetricMention> metrics, int ownFrom, RateWords words) {
		for (int i = r - 1; i >= 0 && metrics.get(i).begin() >= ownFrom; i--) {
			MetricMention m = metrics.get(i);
			if (!isCount(m)) {
				continue;
			}
			if (words.share() || words.noun() != null && carries(clauseAround(text, m), words.noun())) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The counts the part may be a share of, nearest first among equals of the sentence's order:
	 * the counts before the part in the sentence in its unit, or, when the rate names its whole, the
	 * counts of that noun in the sentence or the sentence before.
	 */
	private static List<Integer> wholes(String text, int part, List<MetricMention> metrics, Sentences.Sentence sentence,
			Sentences.Sentence previous, RateWords words) {
		int from = previous != null && words.namedWhole() != null ? previous.begin() : sentence.begin();
		List<Integer> wholes = new ArrayList<>();
		for (int i = 0; i < part; i++) {
			MetricMention m = metrics.get(i);
			if (m.begin() < from || !isCount(m) || !comparable(metrics.get(part), m)) {
				continue;
			}
			if (words.namedWhole() == null || carries(clauseAround(text, m), words.namedWhole())) {
				wholes.add(i);
			}
		}
		return wholes;
	}

	/** Whether a clause carries a noun: the noun itself, a word texts use for it, or (for a longer noun) its first and last two characters. */
	private static boolean carries(String clause, String noun) {
		if (clause.contains(noun)) {
			return true;
		}
		for (String same : SAME_NOUN.getOrDefault(noun, List.of())) {
			if (clause.contains(same)) {
				return true;
			}
		}
		return noun.length() >= 4 && clause.contains(noun.substring(0, 2)) && clause.contains(noun.substring(noun.length() - 2));
	}

	private static boolean isCount(MetricMention m) {
		return m.kind() == MetricKind.COUNT && m.comparison() == null && !m.isRange();
	}

	/** A count exact enough to call a rate wrong: no 余 or 近, and a unit that counts one kind of thing. */
	private static boolean accusable(MetricMention count) {
		return !count.approximate() && count.qualifier() == null && !AMBIGUOUS_UNITS.contains(count.unit());
	}

	/** Counts near the rate may confirm it (any pair giving the printed value); they never accuse it. */
	private static RateCheck confirmedOrUnverifiable(int r, List<MetricMention> metrics, Sentences.Sentence sentence,
			Sentences.Sentence previous) {
		int from = previous != null ? previous.begin() : sentence.begin();
		List<Integer> counts = new ArrayList<>();
		for (int i = r - 1; i >= 0 && metrics.get(i).begin() >= from && counts.size() < MAX_COUNTS; i--) {
			if (isCount(metrics.get(i))) {
				counts.add(0, i);
			}
		}
		BigDecimal stated = metrics.get(r).value();
		for (int a = counts.size() - 1; a >= 0; a--) {
			for (int b = 0; b < counts.size(); b++) {
				MetricMention numerator = metrics.get(counts.get(a));
				MetricMention denominator = metrics.get(counts.get(b));
				if (a != b && comparable(numerator, denominator) && matchesPrinted(percent(numerator, denominator), stated)) {
					return consistent(r, counts.get(a), counts.get(b), metrics, sentence);
				}
			}
		}
		return new RateCheck(r, RateCheck.Verdict.UNVERIFIABLE, null, -1, -1, sentence.begin(), sentence.end(),
				stated.toPlainString() + "%: no counts it is plainly computed from in this sentence");
	}

	private static RateCheck inconsistent(int r, int part, int whole, List<MetricMention> metrics, Sentences.Sentence sentence) {
		BigDecimal stated = metrics.get(r).value();
		MetricMention numerator = metrics.get(part);
		MetricMention denominator = metrics.get(whole);
		BigDecimal recomputed = percent(numerator, denominator).setScale(Math.max(1, stated.scale()), RoundingMode.HALF_UP);
		return new RateCheck(r, RateCheck.Verdict.INCONSISTENT, recomputed, part, whole, sentence.begin(), sentence.end(),
				stated.toPlainString() + "% is stated, but " + numerator.value().toPlainString() + " / "
						+ denominator.value().toPlainString() + " is " + recomputed.toPlainString() + "%");
	}

	private static RateCheck consistent(int r, int numeratorIndex, int denominatorIndex, List<MetricMention> metrics,
			Sentences.Sentence sentence) {
		BigDecimal stated = metrics.get(r).value();
		MetricMention numerator = metrics.get(numeratorIndex);
		MetricMention denominator = metrics.get(denominatorIndex);
		BigDecimal exact = percent(numerator, denominator).setScale(stated.scale() + 2, RoundingMode.HALF_UP);
		return new RateCheck(r, RateCheck.Verdict.CONSISTENT, exact, numeratorIndex, denominatorIndex, sentence.begin(),
				sentence.end(), stated.toPlainString() + "% fits " + numerator.value().toPlainString() + " / "
						+ denominator.value().toPlainString() + " = " + exact.toPlainString() + "%");
	}

	private static String clauseAround(String text, MetricMention count) {
		int begin = count.begin();
		while (begin > 0 && CLAUSE_ENDS.indexOf(text.charAt(begin - 1)) < 0) {
			begin--;
		}
		int end = count.end();
		while (end < text.length() && CLAUSE_ENDS.indexOf(text.charAt(end)) < 0) {
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

	/**
	 * What the words before a rate say it is a share of: the noun of a named rate (败诉 of 败诉率, 应诉
	 * of 出庭应诉率, 成功 of 调解成功比例), or, for a share (占75%, 占比, 占受理案件总数的45%), that it
	 * is one, with the whole it names (受理案件) if it names one.
	 */
	record RateWords(String noun, boolean share, String namedWhole) {

		static RateWords of(String text, MetricMention rate, int sentenceBegin) {
			int begin = rate.begin();
			while (begin > sentenceBegin && CLAUSE_ENDS.indexOf(text.charAt(begin - 1)) < 0) {
				begin--;
			}
			String before = LINKING_WORDS.matcher(text.substring(begin, rate.begin()).strip()).replaceAll("");
			int share = before.lastIndexOf('占');
			if (share >= 0) {
				String whole = WHOLE_ENDING.matcher(SHARE_OF.matcher(before.substring(share + 1)).replaceFirst("")).replaceAll("");
				return new RateWords(null, true, whole.length() >= 2 ? whole : null);
			}
			String named = RATE_WORD.matcher(before).replaceAll("");
			if (named.length() == before.length() || named.isEmpty()) {
				return new RateWords(null, false, null); // no rate word: a bare 98% says nothing of what it counts
			}
			String noun = named.length() > 2 ? named.substring(named.length() - 2) : named;
			return new RateWords(noun, false, null);
		}
	}
}
