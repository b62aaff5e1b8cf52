package org.reportbank.nlp.hanlp.internal.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and periods: 2023年, 2023年度, 2018年1月26日, 7月3日, 1-6月, 10月16-20日, 2021-2025年,
 * (2015-2020), 2024-03-28, 二〇一八年一月二十六日. A year needs 年 or a range partner, so the years of
 * document numbers (〔2017〕4号) and plain counts are never taken; a month needs its digits right
 * before 月, so durations (6个月) are not dates either.
 */
final class DateFinder {

	static final String LABEL = "DATE";

	private static final String D = "[0-9０-９]";
	private static final String YEAR = "(?:19|20|１９|２０)" + D + "{2}";
	private static final String DASH = "\\s*[-－—–~～至到]\\s*";
	private static final String MONTH = "(?:1[0-2]|0?[1-9]|１[０-２]|０?[１-９])";
	private static final String DAY = "(?:3[01]|[12][0-9]|0?[1-9]|３[０１]|[１２][０-９]|０?[１-９])";
	private static final String MONTH_DAY = MONTH + "(?:" + DASH + MONTH + ")?月(?:份|" + DAY + "(?:" + DASH + DAY + ")?[日号])?";
	private static final String CN_DIGIT = "[〇零○Ｏ一二三四五六七八九]";
	private static final String CN_NUM = "[一二三四五六七八九十]{1,3}";

	/** Tried only where a number starts (see {@link #find}), so the text is not scanned position by position. */
	private static final Pattern DATE = Pattern.compile(
			// 2024-03-28, 2021/03/29 (publication dates in page headers)
			YEAR + "[-/.]" + MONTH + "[-/.]" + DAY + "(?![0-9０-９])"
			// 2021-2025年, (2015-2020), 2021—2025年度
					+ "|" + YEAR + "\\s*年?" + DASH + YEAR + "\\s*(?:年度|年|(?=[)）]))"
					// 2023年, 2023年度, 2023年7月3日, 2023年1-6月
					+ "|" + YEAR + "\\s*年(?:度|" + MONTH_DAY + ")?"
					// 二〇一八年一月二十六日
					+ "|" + CN_DIGIT + "{4}年(?:度|" + CN_NUM + "月(?:" + CN_NUM + "日)?)?"
					// 7月3日, 1-6月, 10月16-20日
					+ "|" + MONTH_DAY
					// 一月二十六日 (a Chinese month alone is too often a count, so only with its day)
					+ "|" + CN_NUM + "月" + CN_NUM + "日");
	private static final String CN_DIGITS = "〇零○Ｏ一二三四五六七八九十";
	private static final double CONFIDENCE = 0.9;

	List<EntityMention> find(String text) {
		List<EntityMention> found = new ArrayList<>();
		Matcher m = DATE.matcher(text);
		int n = text.length();
		int i = 0;
		while (i < n) {
			char c = text.charAt(i);
			boolean digit = isDigit(c);
			boolean cnDigit = !digit && CN_DIGITS.indexOf(c) >= 0;
			char before = i > 0 ? text.charAt(i - 1) : ' ';
			// a date starts where a number starts: not inside 12023, 3.5 or 二十一
			if ((digit && !isDigit(before) && before != '.' && before != '．') || (cnDigit && CN_DIGITS.indexOf(before) < 0)) {
				m.region(i, n);
				if (m.lookingAt()) {
					int end = m.end();
					if (!(end < n && isDigit(text.charAt(end)) && text.charAt(end - 1) == '月')) { // 3月1 without 日 is a cut
						found.add(new EntityMention(i, end, LABEL, CONFIDENCE, null));
						i = end;
						continue;
					}
				}
			}
			i++;
		}
		return found;
	}

	private static boolean isDigit(char c) {
		return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
	}
}
