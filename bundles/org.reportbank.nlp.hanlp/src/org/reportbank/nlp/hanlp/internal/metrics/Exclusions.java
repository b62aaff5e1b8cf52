package org.reportbank.nlp.hanlp.internal.metrics;

import java.util.BitSet;

import org.reportbank.nlp.hanlp.internal.text.WordList;

/**
 * Places in a text where numbers are names, not quantities: titles in 《》, short quoted names
 * (“三统一”, “一村一顾问”), document numbers 〔2017〕, and numbers glued to + or Latin letters
 * (1+3, 5G, 7×24; 12345热线 is left to the unit test: it has no unit), session numbers
 * (六届七次全会) and idioms (四面八方).
 */
final class Exclusions {

	/** Quotes longer than this are speech or slogans with real numbers inside; shorter ones are names. */
	private static final int MAX_NAME_IN_QUOTES = 10;

	/** Set political phrases and idioms whose numerals count nothing. */
	private static final WordList SET_PHRASES = WordList.of("千家万户", "四个意识", "四个自信", "两个维护", "两个确立", "三个代表", "四个全面",
			"五位一体", "两学一做", "三会一课", "两个责任", "两个坚持", "三大攻坚战", "三大纠纷", "两代表一委员", "七五普法", "八五普法", "六五普法",
			"三项制度改革", "四面八方", "五湖四海", "三令五申", "七上八下", "十全十美", "千方百计", "三番五次", "四平八稳", "五花八门", "千头万绪",
			"千辛万苦", "一五一十", "三心二意", "九牛一毛", "四通八达", "十拿九稳", "万无一失", "一传十、十传百");

	private final BitSet covered;
	private final String text;

	private Exclusions(String text, BitSet covered) {
		this.text = text;
		this.covered = covered;
	}

	static Exclusions of(String text) {
		BitSet covered = new BitSet(text.length());
		mark(text, covered, '《', '》', Integer.MAX_VALUE);
		mark(text, covered, '〔', '〕', Integer.MAX_VALUE);
		mark(text, covered, '[', ']', 8);
		mark(text, covered, '“', '”', MAX_NAME_IN_QUOTES);
		mark(text, covered, '"', '"', MAX_NAME_IN_QUOTES);
		SET_PHRASES.forEachOccurrence(text, covered::set);
		return new Exclusions(text, covered);
	}

	/** Marks the insides of open…close pairs (not nested, on one line) no longer than {@code maxLength}. */
	private static void mark(String text, BitSet covered, char open, char close, int maxLength) {
		int from = 0;
		while (true) {
			int o = text.indexOf(open, from);
			if (o < 0) {
				return;
			}
			int c = closing(text, o, open, close);
			if (c < 0) {
				from = o + 1;
				continue;
			}
			if (c - o - 1 <= maxLength) {
				covered.set(o + 1, c);
			}
			from = c + 1;
		}
	}

	/** The matching close on the same line, allowing nesting of the same pair (《…〈…〉…》 too). */
	private static int closing(String text, int open, char openChar, char closeChar) {
		int depth = 0;
		for (int i = open; i < text.length(); i++) {
			char ch = text.charAt(i);
			if (ch == '\n') {
				return -1;
			}
			if (ch == openChar && (openChar != closeChar || i == open)) {
				depth++;
			} else if (ch == closeChar) {
				depth--;
				if (depth == 0) {
					return i;
				}
			}
		}
		return -1;
	}

	boolean covers(int offset) {
		return covered.get(offset);
	}

	/** 第三批 (ordinal), 1+3 / 1+5+N (model names), G20 / 5G (codes), 十九大 / 三中全会 (congresses). */
	boolean isOrdinalOrCode(int begin, int end) {
		char before = begin > 0 ? text.charAt(begin - 1) : ' ';
		char after = end < text.length() ? text.charAt(end) : ' ';
		if (before == '第' || before == '+' || after == '+' || before == '×' || after == '×' || isLatin(before) || isLatin(after)) {
			return true;
		}
		return text.startsWith("大", end) || text.startsWith("届", end) || text.startsWith("中全会", end) || isSession(begin, end);
	}

	/** 六届七次全会, 十四届人大二次会议: the number of a session, named after its term (届), not a count of meetings. */
	private boolean isSession(int begin, int end) {
		if (!text.startsWith("次", end)) {
			return false;
		}
		boolean meeting = text.startsWith("全会", end + 1) || text.startsWith("全体会议", end + 1) || text.startsWith("会议", end + 1);
		return meeting && text.substring(Math.max(0, begin - 5), begin).contains("届"); // 召开两次全会 still counts meetings
	}

	private static boolean isLatin(char c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
	}
}
