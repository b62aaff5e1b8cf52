package org.reportbank.core.tests;

import org.reportbank.core.internal.text.Chars;

/**
 * The line normalizer as it was before its parentheses and blank handling were made linear,
 * kept as the reference the new one must agree with (its change log left out).
 */
final class OldLineNormalizer {

	private OldLineNormalizer() {
	}

	static String normalize(String line) {
		String s = fullWidthAlnumToAscii(line);
		s = parenthesesToFullWidth(s);
		s = punctuationToFullWidth(s);
		s = dropBlanksBesideCjk(s);
		return s;
	}

	private static String fullWidthAlnumToAscii(String s) {
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
		return out.toString();
	}

	/** A pair ( ) becomes （ ） when it holds or touches Chinese text: (一) (2015-2020年) (1)加强. */
	private static String parenthesesToFullWidth(String s) {
		if (s.indexOf('(') < 0 && s.indexOf(')') < 0) {
			return s;
		}
		char[] chars = s.toCharArray();
		boolean changed = false;
		for (int open = 0; open < chars.length; open++) {
			if (chars[open] != '(' && chars[open] != '（') {
				continue;
			}
			int close = matchingClose(chars, open);
			if (close < 0) {
				continue;
			}
			boolean chinese = containsHan(chars, open + 1, close) || (close + 1 < chars.length && Chars.isCjk(chars[close + 1]))
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
		return result;
	}

	private static int matchingClose(char[] chars, int open) {
		int depth = 0;
		for (int i = open; i < chars.length; i++) {
			char c = chars[i];
			if (c == '(' || c == '（') {
				depth++;
			} else if (c == ')' || c == '）') {
				depth--;
				if (depth == 0) {
					return i;
				}
			}
		}
		return -1;
	}

	private static boolean containsHan(char[] chars, int from, int to) {
		for (int i = from; i < to; i++) {
			if (Chars.isHan(chars[i])) {
				return true;
			}
		}
		return false;
	}

	private static String punctuationToFullWidth(String s) {
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

	private static String dropBlanksBesideCjk(String s) {
		StringBuilder out = null;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			boolean drop = Chars.isBlank(c) && (beside(s, i, -1) || beside(s, i, +1));
			if (drop && out == null) {
				out = new StringBuilder(s.substring(0, i));
			}
			if (out != null && !drop) {
				out.append(c);
			}
		}
		if (out == null) {
			return s;
		}
		String result = out.toString();
		return result;
	}

	/** A run of blanks touches Chinese text (or the numbering "1." that opens a Chinese heading). */
	private static boolean beside(String s, int i, int step) {
		int j = i;
		while (j >= 0 && j < s.length() && Chars.isBlank(s.charAt(j))) {
			j += step;
		}
		if (j < 0 || j >= s.length()) {
			return false;
		}
		char c = s.charAt(j);
		if (Chars.isCjk(c)) {
			return true;
		}
		// "3. 严格" : the blank after a numbering dot at line start
		return step < 0 && (c == '.' || c == '．') && j >= 1 && j <= 3 && Character.isDigit(s.charAt(0));
	}
}
