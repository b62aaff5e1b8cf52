package org.reportbank.core.text;

/**
 * A value from an untrusted file, fit to be quoted in a message: short (a whole report text must
 * never reach a terminal or a log) and with control and unstorable characters spelled out, so a
 * hostile value cannot rewrite the line it is shown in.
 */
public final class Untrusted {

	static final int MAX_SHOWN = 40;

	private Untrusted() {
	}

	/** The value in double quotes, cut after {@value #MAX_SHOWN} characters; "null" when absent. */
	public static String quote(String value) {
		if (value == null) {
			return "null";
		}
		StringBuilder shown = new StringBuilder("\"");
		int n = Math.min(value.length(), MAX_SHOWN);
		for (int i = 0; i < n; i++) {
			char c = value.charAt(i);
			boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
			if (pair) {
				shown.append(c).append(value.charAt(++i));
			} else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF' || c == '\u2028'
					|| c == '\u2029') {
				shown.append(String.format("\\u%04X", (int) c));
			} else if (c == '"' || c == '\\') {
				shown.append('\\').append(c);
			} else {
				shown.append(c);
			}
		}
		if (value.length() > n) {
			shown.append('…');
		}
		return shown.append('"').toString();
	}
}
