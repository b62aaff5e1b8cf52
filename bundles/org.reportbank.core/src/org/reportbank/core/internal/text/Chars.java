package org.reportbank.core.internal.text;

/** Character classes the normalizer and parsers agree on. */
public final class Chars {

	private Chars() {
	}

	public static boolean isHan(int c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

	/** How many Han characters the text holds. */
	public static int hanCount(String text) {
		int count = 0;
		for (int i = 0; i < text.length(); i++) {
			if (isHan(text.charAt(i))) {
				count++;
			}
		}
		return count;
	}

	/** Han characters and the full-width punctuation that goes with them. */
	public static boolean isCjk(int c) {
		return isHan(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20)
				|| (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) || c == '“' || c == '”' || c == '‘'
				|| c == '’' || c == '—' || c == '…' || c == '·';
	}

	/** Blanks as pages use them: ASCII space and tab, no-break space, ideographic space, BOM. */
	public static boolean isBlank(int c) {
		return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || c == '\uFEFF' || c == '\u200B' || c == '\f'
				|| c == '\u2002' || c == '\u2003';
	}

	public static String strip(String s) {
		int begin = 0;
		int end = s.length();
		while (begin < end && isBlank(s.charAt(begin))) {
			begin++;
		}
		while (end > begin && isBlank(s.charAt(end - 1))) {
			end--;
		}
		return s.substring(begin, end);
	}
}
