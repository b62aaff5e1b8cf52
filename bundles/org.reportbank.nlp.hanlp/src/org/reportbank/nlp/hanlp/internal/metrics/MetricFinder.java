package org.reportbank.nlp.hanlp.internal.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reportbank.core.metrics.MetricUnits;
import org.reportbank.model.MetricKind;

/**
 * Finds quantities with their units: 68件, 960余人次, 4%, 23.07亿元, 0.5个工作日, 五次, 两千余件,
 * 近百件, 百分之九十. A number counts only with a unit right after it, which already rules out
 * list markers, phone numbers and codes; years, dates, ordinals, document numbers, plan periods
 * and names (“三统一”, 1+3, 十九大, titles in 《》) are excluded on top.
 */
public final class MetricFinder {

	/** The Chinese numerals a count is written with; 百 also begins 百分之. */
	private static final String NUMERALS = "零〇一二两三四五六七八九十百千万亿";
	private static final Pattern NUMBER = Pattern
			.compile("百分之([零〇一二两三四五六七八九十百点]+)|([0-9０-９]{1,3}(?:,[0-9]{3})+|[0-9０-９]+)([.．][0-9０-９]+)?|(["
					+ NUMERALS + "]+)");
	private static final String[] PREFIX_QUALIFIERS = { "超过", "大约", "将近", "不少于", "不低于", "多达", "高达", "达到", "近", "约", "逾", "超" };
	private static final String[] SUFFIX_QUALIFIERS = { "以上", "左右", "以内", "之多" };
	private static final Pattern COMPARISON = Pattern.compile(
			"(同比|环比|较去年同期|较去年|较上年|比去年|比上年|较\\d{4}年)(下降|增长|上升|减少|增加|提高|降低|提升|回落)了?$");
	private static final Pattern INDICATOR_FILLER_START = Pattern.compile(
			"^([①-⑳]|全年|全区|全市|全县|当年|今年|本年度|年内|其中|截至目前|截至年底|目前|已|共计|总计|共|累计|先后|依法|进一步|积极|组织|开展了?)+");
	private static final Pattern INDICATOR_FILLER_END = Pattern.compile(
			"(共计|总计|累计|共|达到|达|为|计|约|了|近|超过|逾|有|分别|合计|同比下降|同比增长|同比上升|同比减少|同比增加)+$");
	private static final Pattern DATES = Pattern.compile("(19|20)[0-9]{2}年度?|[0-9]{1,2}月([0-9]{1,2}日)?|[0-9]{1,2}日");
	/** Words after 24小时 that make it part of a service's name, not a duration: 24小时自助服务区, 24小时不打烊. */
	private static final Pattern SERVICE_NAME = Pattern.compile("自助|服务|值守|值班|热线|不打烊|在线|营业|政务|便民|智能|全天候|预约|无人|警务|图书");
	private static final Pattern DIGITS = Pattern.compile("[0-9]+");
	private static final Pattern FOUR_CHINESE_DIGITS = Pattern.compile("[零〇一二三四五六七八九]{4}");
	private static final String CLAUSE_BREAKS = "，。；：、！？,;:!?（）()“”\n";

	public List<MetricMention> find(String text) {
		Exclusions excluded = Exclusions.of(text);
		List<MetricMention> found = new ArrayList<>();
		Matcher m = NUMBER.matcher(text);
		// as m.find() would, but the pattern is only tried where a number can begin: trying its
		// alternatives at every character cost more than the rest of the finder
		for (int at = numberStart(text, 0); at >= 0;) {
			m.region(at, text.length());
			if (!m.lookingAt()) {
				at = numberStart(text, at + 1);
				continue;
			}
			MetricMention mention = mentionAt(text, m, excluded);
			if (mention != null) {
				found.addAll(listedBefore(text, mention, excluded));
				found.add(mention);
			}
			at = numberStart(text, m.end());
		}
		return found;
	}

	/** The first place from {@code from} on where {@link #NUMBER} can match, or -1. */
	private static int numberStart(String text, int from) {
		for (int i = from; i < text.length(); i++) {
			if (canBeginNumber(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	/** A character {@link #NUMBER} can begin with: a digit (ASCII or full-width) or a numeral. */
	private static boolean canBeginNumber(char c) {
		return (c >= '0' && c <= '9') || (c >= '０' && c <= '９') || NUMERALS.indexOf(c) >= 0;
	}

	/** The bare numbers of a list "802、784、866项" that end in this metric, each with its unit. */
	private List<MetricMention> listedBefore(String text, MetricMention last, Exclusions excluded) {
		List<MetricMention> listed = new ArrayList<>();
		int end = last.begin();
		while (true) {
			int start = end - 1;
			if (start < 1 || text.charAt(start) != '、') {
				break;
			}
			int digitsStart = start;
			while (digitsStart > 0 && (Character.isDigit(text.charAt(digitsStart - 1)) || text.charAt(digitsStart - 1) == '.')) {
				digitsStart--;
			}
			if (digitsStart == start || excluded.covers(digitsStart)
					|| (digitsStart > 0 && Character.isLetter(text.charAt(digitsStart - 1))
							&& !Character.isIdeographic(text.charAt(digitsStart - 1)))) {
				break;
			}
			BigDecimal value = new BigDecimal(text.substring(digitsStart, start));
			BigDecimal factor = last.value().signum() == 0 ? BigDecimal.ONE : last.normalizedValue().divide(last.value());
			listed.add(0, new MetricMention(digitsStart, start, value, last.unit(), last.kind(), false, null,
					value.multiply(factor), last.normalizedUnit(), last.indicator(), last.comparison(), 0.8, null, null));
			end = digitsStart;
		}
		return listed;
	}

	private MetricMention mentionAt(String text, Matcher m, Exclusions excluded) {
		int begin = m.start();
		if (excluded.covers(begin) || excluded.isOrdinalOrCode(begin, m.end())) {
			return null;
		}
		BigDecimal value;
		boolean chinese = m.group(2) == null;
		int at = m.end();
		String multiplierWord = null;
		if (m.group(1) != null) { // 百分之九十
			value = ChineseNumber.parse(m.group(1));
			return value == null ? null
					: build(text, begin, at, value, "%", MetricKind.RATE, "%", BigDecimal.ONE, false, null, 0.9);
		}
		if (chinese) {
			String numeral = m.group(4);
			if (numeral.equals("一") || numeral.equals("万") || numeral.equals("亿") || numeral.equals("千")) {
				return null; // 一 alone is 一定, 一批, 一体 far more often than a count of one
			}
			value = ChineseNumber.parse(numeral);
		} else {
			value = new BigDecimal(asciiDigits(m.group(2).replace(",", "") + (m.group(3) == null ? "" : m.group(3))));
			for (String word : new String[] { "万亿", "万", "亿", "千" }) {
				if (text.startsWith(word, at)) {
					multiplierWord = word;
					at += word.length();
					break;
				}
			}
		}
		if (value == null) {
			return null;
		}
		boolean approximate = false;
		String qualifier = null;
		if (at < text.length() && (text.charAt(at) == '余' || text.charAt(at) == '多')) {
			approximate = true;
			qualifier = String.valueOf(text.charAt(at));
			at++;
		}
		MetricUnits.Unit unit = MetricUnits.at(text, at);
		if (unit == null || (multiplierWord != null && unit.kind() == MetricKind.RATE)) {
			return null;
		}
		if (isDateOrYear(text, m, unit, chinese)) {
			return null;
		}
		int end = at + unit.written().length();
		if (continuesAsWord(text, end, unit)) {
			return null;
		}
		for (String suffix : SUFFIX_QUALIFIERS) {
			if (text.startsWith(suffix, end)) {
				approximate = true;
				qualifier = qualifier == null ? suffix : qualifier;
				end += suffix.length();
				break;
			}
		}
		// a qualifier before the number (近, 约, 超过 …) is recorded but stays outside the span
		for (String prefix : PREFIX_QUALIFIERS) {
			if (begin >= prefix.length() && text.startsWith(prefix, begin - prefix.length())) {
				approximate = !prefix.equals("高达") && !prefix.equals("多达") && !prefix.equals("达到");
				qualifier = prefix;
				break;
			}
		}
		// ％ and % are one unit; the full-width form is only how a page typed it
		String unitText = unit.written().equals("％") ? "%" : unit.written();
		String written = (multiplierWord == null ? "" : multiplierWord) + unitText;
		BigDecimal factor = multiplierWord == null ? BigDecimal.ONE : MetricUnits.multiplier(multiplierWord);
		double confidence = chinese ? 0.85 : unit.ambiguous() ? 0.8 : 0.95;
		return build(text, begin, end, value, written, unit.kind(), unit.base(), factor, approximate, qualifier, confidence);
	}

	/** Full-width digits (６８件) as pages sometimes have them when the text did not come through import. */
	private static String asciiDigits(String number) {
		StringBuilder out = new StringBuilder(number.length());
		for (int i = 0; i < number.length(); i++) {
			char c = number.charAt(i);
			out.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '．' ? '.' : c);
		}
		return out.toString();
	}

	private MetricMention build(String text, int begin, int end, BigDecimal value, String unit, MetricKind kind, String base,
			BigDecimal factor, boolean approximate, String qualifier, double confidence) {
		BigDecimal normalized = value.multiply(factor);
		if (normalized.scale() < 0) {
			normalized = normalized.setScale(0);
		}
		String comparison = comparisonBefore(text, begin);
		MetricMention mention = new MetricMention(begin, end, value, unit, kind, approximate, qualifier, normalized, base,
				indicatorBefore(text, begin), comparison, confidence, null, null);
		int low = rangeLowBefore(text, begin);
		if (low >= 0) {
			BigDecimal lowValue = numberAt(text, low, begin - 1);
			if (lowValue != null && lowValue.compareTo(value) < 0) {
				return mention.asRangeFrom(low, lowValue, indicatorBefore(text, low));
			}
		}
		return mention;
	}

	/** The characters that join the two ends of a range: 1-2部, 3至5个, 三到五天. */
	private static final String RANGE_MARKS = "-—–~～至到";
	private static final String CHINESE_DIGITS = "零〇一二两三四五六七八九十百千";

	/**
	 * Where the low end of a range begins when the number at {@code begin} is its high end (1-2部,
	 * 3至5个工作日, 三至五个), or -1: a number of the same script right before a range mark, not
	 * itself glued to more digits or letters (a code, a phone number).
	 */
	private static int rangeLowBefore(String text, int begin) {
		int mark = begin - 1;
		if (mark < 1 || RANGE_MARKS.indexOf(text.charAt(mark)) < 0) {
			return -1;
		}
		boolean chinese = CHINESE_DIGITS.indexOf(text.charAt(begin)) >= 0;
		int start = mark;
		while (start > 0 && (chinese ? CHINESE_DIGITS.indexOf(text.charAt(start - 1)) >= 0
				: Character.isDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
			start--;
		}
		if (start == mark || start > 0 && (isLatinOrDigit(text.charAt(start - 1)) || RANGE_MARKS.indexOf(text.charAt(start - 1)) >= 0
				|| text.charAt(start - 1) == '第')) {
			return -1;
		}
		return start;
	}

	private static boolean isLatinOrDigit(char c) {
		return c < 128 && Character.isLetterOrDigit(c);
	}

	private static BigDecimal numberAt(String text, int begin, int end) {
		String number = text.substring(begin, end);
		if (CHINESE_DIGITS.indexOf(number.charAt(0)) >= 0) {
			return ChineseNumber.parse(number);
		}
		try {
			return new BigDecimal(number);
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** 2023年, 7月, 3日 after a month, 2023年度: years and dates, not durations. */
	private static boolean isDateOrYear(String text, Matcher m, MetricUnits.Unit unit, boolean chinese) {
		String written = unit.written();
		if (written.equals("年")) {
			String number = m.group(2) != null ? m.group(2) : m.group(4);
			// 2023年 and 二〇二三年 are years; 5年 and 六年 are durations
			boolean fourDigits = number != null && number.length() == 4 && (!chinese || FOUR_CHINESE_DIGITS.matcher(number).matches());
			return fourDigits || followedByRange(text, m.start());
		}
		if (written.equals("日")) {
			int before = m.start() - 1;
			if (chinese || (before >= 0 && text.charAt(before) == '月')) {
				return true;
			}
			// the end of a range of days: 10月16日至20日, 16-20日
			boolean rangeEnd = before >= 0 && "-—–至~".indexOf(text.charAt(before)) >= 0;
			return rangeEnd && text.substring(Math.max(0, before - 8), before).contains("月");
		}
		return false;
	}

	private static boolean followedByRange(String text, int begin) {
		return begin > 0 && "-—–至~".indexOf(text.charAt(begin - 1)) >= 0;
	}

	/**
	 * A unit character that is really the start of a longer word: 3人民法院? 5部门 is fine but 2
	 * 次会议 is too; the cases that matter are 年度 (a year), 日起 / 日前 (dates) and 个人 (personal).
	 */
	private static boolean continuesAsWord(String text, int end, MetricUnits.Unit unit) {
		if (end >= text.length()) {
			return false;
		}
		char next = text.charAt(end);
		return switch (unit.written()) {
		case "年" -> next == '度' || next == '底' || next == '初' || next == '末' || next == '来' || next == '前';
		case "日" -> next == '起' || next == '前' || next == '至' || next == '上' || next == '下';
		case "小时" -> SERVICE_NAME.matcher(text).region(end, text.length()).lookingAt(); // 24小时自助服务区 names a service
		default -> false;
		};
	}

	private static String comparisonBefore(String text, int begin) {
		int from = Math.max(0, begin - 12);
		Matcher c = COMPARISON.matcher(text.substring(from, begin));
		return c.find() ? c.group() : null;
	}

	/** What is counted: the words of the clause before the number, without the counting verbs around them. */
	private static String indicatorBefore(String text, int begin) {
		int start = begin;
		while (start > 0 && CLAUSE_BREAKS.indexOf(text.charAt(start - 1)) < 0 && begin - start < 24) {
			start--;
		}
		String clause = DATES.matcher(text.substring(start, begin)).replaceAll("");
		clause = INDICATOR_FILLER_END.matcher(clause).replaceAll("");
		clause = INDICATOR_FILLER_START.matcher(clause).replaceAll("");
		clause = DIGITS.matcher(clause).replaceAll("").strip();
		if (clause.length() > 12) {
			clause = clause.substring(clause.length() - 12);
		}
		return clause.isEmpty() ? null : clause;
	}
}
