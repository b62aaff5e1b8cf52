package org.reportbank.core.text;

/**
 * The characters an XML 1.0 file can hold. Every string the store writes ends up in an XMI file,
 * so a NUL, a U+FFFE or half of a surrogate pair in an imported text or key would make a file
 * that cannot be read back; readers refuse such input up front, naming where it is.
 */
public final class XmlChars {

	private XmlChars() {
	}

	/** The index of the first character XML 1.0 cannot hold, or -1 when every one can. */
	public static int firstInvalid(String s) {
		if (s == null) {
			return -1;
		}
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
					i++;
					continue;
				}
				return i;
			}
			if (!allowed(c)) {
				return i;
			}
		}
		return -1;
	}

	/** XML 1.0's Char production for one UTF-16 unit outside a surrogate pair. */
	private static boolean allowed(char c) {
		if (c < 0x20) {
			return c == '\t' || c == '\n' || c == '\r';
		}
		return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
	}

	/** Why the string cannot be stored, e.g. {@code "U+0000 at character 17"}, or null when it can. */
	public static String problem(String s) {
		int at = firstInvalid(s);
		return at < 0 ? null : String.format("U+%04X at character %d", (int) s.charAt(at), at);
	}
}
