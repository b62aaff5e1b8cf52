package org.reportbank.core.internal.text;

import java.util.Arrays;

/**
 * Normalizes one line of a report: full-width letters and digits to ASCII, half-width punctuation
 * inside Chinese text to full-width, and blanks that sit beside Chinese text removed. Punctuation
 * between Latin letters or digits (1,234 or 09:18) is left as it is.
 */
final class LineNormalizer {

	private final ChangeLog log;

	LineNormalizer(ChangeLog log) {
		this.log = log;
	}

	String normalize(String line) {
		String s = fullWidthAlnumToAscii(line);
		s = parenthesesToFullWidth(s);
		s = punctuationToFullWidth(s);
		s = dropBlanksBesideCjk(s);
		return s;
	}

	private String fullWidthAlnumToAscii(String s) {
		StringBuilder out = null;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			boolean fullWidthAlnum = (c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
			if (fullWidthAlnum) {
				if (out == null) {
					out = new StringBuilder(s);
				}
				out.setCharAt(i, (char) (c - 0xFEE0));
			}
		}
		if (out == null) {
			return s;
		}
		log.record("fullwidth-alphanumerics", s + " → " + out);
		return out.toString();
	}

	/** A pair ( ) becomes （ ） when it holds or touches Chinese text: (一) (2015-2020年) (1)加强. */
	private String parenthesesToFullWidth(String s) {
		if (s.indexOf('(') < 0 && s.indexOf(')') < 0) {
			return s;
		}
		char[] chars = s.toCharArray();
		int[] closes = matchingCloses(chars);
		int[] hanBefore = hanCountsBefore(chars);
		boolean changed = false;
		for (int open = 0; open < chars.length; open++) {
			int close = closes[open];
			if (close < 0) {
				continue;
			}
			boolean chinese = hanBefore[close] > hanBefore[open + 1] || (close + 1 < chars.length && Chars.isCjk(chars[close + 1]))
					|| (open > 0 && Chars.isCjk(chars[open - 1]));
			if (chinese && (chars[open] == '(' || chars[close] == ')')) {
				chars[open] = '（';
				chars[close] = '）';
				changed = true;
			}
		}
		if (!changed) {
			return s;
		}
		String result = new String(chars);
		log.record("fullwidth-punctuation", example(s, result));
		return result;
	}

	/**
	 * For each opening parenthesis (half- or full-width) the index of the one closing it, or -1;
	 * -1 for every other character. One pass with a stack: searching forward from each opening
	 * one took quadratic time on a line of a million "(".
	 */
	private static int[] matchingCloses(char[] chars) {
		int[] closes = new int[chars.length];
		Arrays.fill(closes, -1);
		int[] open = new int[chars.length];
		int depth = 0;
		for (int i = 0; i < chars.length; i++) {
			char c = chars[i];
			if (c == '(' || c == '（') {
				open[depth++] = i;
			} else if ((c == ')' || c == '）') && depth > 0) {
				closes[open[--depth]] = i;
			}
		}
		return closes;
	}

	/** hanBefore[i] is the number of Han characters in chars[0, i), so any range is counted at once. */
	private static int[] hanCountsBefore(char[] chars) {
		int[] hanBefore = new int[chars.length + 1];
		for (int i = 0; i < chars.length; i++) {
			hanBefore[i + 1] = hanBefore[i] + (Chars.isHan(chars[i]) ? 1 : 0);
		}
		return hanBefore;
	}

	private String punctuationToFullWidth(String s) {
		StringBuilder out = null;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			char full = switch (c) {
			case ',' -> '，';
			case ':' -> '：';
			case ';' -> '；';
			case '?' -> '？';
			case '!' -> '！';
			default -> 0;
			};
			if (full == 0 || !besideChinese(s, i)) {
				continue;
			}
			if (out == null) {
				out = new StringBuilder(s);
			}
			out.setCharAt(i, full);
		}
		if (out == null) {
			return s;
		}
		String result = out.toString();
		log.record("fullwidth-punctuation", example(s, result));
		return result;
	}

	/** The nearest non-blank character on either side is Chinese, and it is not 1,000 or 09:18. */
	private static boolean besideChinese(String s, int i) {
		int before = neighbour(s, i, -1);
		int after = neighbour(s, i, +1);
		if (before >= 0 && after >= 0 && isAsciiAlnum(before) && isAsciiAlnum(after)) {
			return false;
		}
		return (before >= 0 && Chars.isCjk(before)) || (after >= 0 && Chars.isCjk(after));
	}

	private static int neighbour(String s, int i, int step) {
		for (int j = i + step; j >= 0 && j < s.length(); j += step) {
			char c = s.charAt(j);
			if (!Chars.isBlank(c)) {
				return c;
			}
		}
		return -1;
	}

	private static boolean isAsciiAlnum(int c) {
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	/** Each run of blanks is judged once by what stands on either side of it, so a long run costs its length. */
	private String dropBlanksBesideCjk(String s) {
		StringBuilder out = null;
		int i = 0;
		while (i < s.length()) {
			if (!Chars.isBlank(s.charAt(i))) {
				if (out != null) {
					out.append(s.charAt(i));
				}
				i++;
				continue;
			}
			int runEnd = i;
			while (runEnd < s.length() && Chars.isBlank(s.charAt(runEnd))) {
				runEnd++;
			}
			boolean drop = touchesCjkBefore(s, i - 1) || touchesCjkAfter(s, runEnd);
			if (drop && out == null) {
				out = new StringBuilder(s.length()).append(s, 0, i);
			}
			if (out != null && !drop) {
				out.append(s, i, runEnd);
			}
			i = runEnd;
		}
		if (out == null) {
			return s;
		}
		String result = out.toString();
		log.record("blanks-in-chinese-text", example(s, result));
		return result;
	}

	/** The character before a run of blanks is Chinese, or the numbering "3." that opens a Chinese heading. */
	private static boolean touchesCjkBefore(String s, int j) {
		if (j < 0) {
			return false;
		}
		char c = s.charAt(j);
		return Chars.isCjk(c) || ((c == '.' || c == '．') && j >= 1 && j <= 3 && Character.isDigit(s.charAt(0)));
	}

	private static boolean touchesCjkAfter(String s, int j) {
		return j < s.length() && Chars.isCjk(s.charAt(j));
	}

	private static String example(String before, String after) {
		int first = 0;
		while (first < before.length() && first < after.length() && before.charAt(first) == after.charAt(first)) {
			first++;
		}
		int from = Math.max(0, first - 4);
		return before.substring(from, Math.min(before.length(), first + 6)) + " → "
				+ after.substring(from, Math.min(after.length(), first + 6));
	}
}
