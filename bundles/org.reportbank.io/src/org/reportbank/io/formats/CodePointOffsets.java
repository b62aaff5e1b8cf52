package org.reportbank.io.formats;

import java.util.Arrays;

/**
 * Converts offsets into one text between UTF-16 code units (Java {@code String} indexes, the unit of
 * every Reportbank offset) and Unicode code points (what brat, doccano and Python count). A
 * character outside the Basic Multilingual Plane (CJK Extension B such as 𠀀, emoji such as 😀) is
 * two UTF-16 units but one code point.
 * <p>
 * Built once per text; each conversion is a binary search over the supplementary characters only, so
 * a text without any costs nothing. Offsets inside a surrogate pair or outside the text are refused
 * with {@link IllegalArgumentException}.
 */
public final class CodePointOffsets {

	private final int utf16Length;
	private final int codePointLength;
	/** UTF-16 index of each supplementary character, ascending. */
	private final int[] supplementaryAtUtf16;
	/** Code point index of each supplementary character, ascending. */
	private final int[] supplementaryAtCodePoint;

	private CodePointOffsets(String text) {
		utf16Length = text.length();
		int count = 0;
		int[] at = new int[8];
		for (int i = 0; i < utf16Length; i++) {
			if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < utf16Length && Character.isLowSurrogate(text.charAt(i + 1))) {
				if (count == at.length) {
					at = Arrays.copyOf(at, count * 2);
				}
				at[count++] = i;
				i++;
			}
		}
		supplementaryAtUtf16 = Arrays.copyOf(at, count);
		supplementaryAtCodePoint = new int[count];
		for (int k = 0; k < count; k++) {
			supplementaryAtCodePoint[k] = supplementaryAtUtf16[k] - k;
		}
		codePointLength = utf16Length - count;
	}

	public static CodePointOffsets of(String text) {
		return new CodePointOffsets(text);
	}

	/** Length of the text in UTF-16 code units. */
	public int utf16Length() {
		return utf16Length;
	}

	/** Length of the text in code points. */
	public int codePointLength() {
		return codePointLength;
	}

	/** The code point offset of a UTF-16 offset (0 to the text length, not inside a surrogate pair). */
	public int toCodePoint(int utf16) {
		if (utf16 < 0 || utf16 > utf16Length) {
			throw new IllegalArgumentException("UTF-16 offset " + utf16 + " outside the text (0 to " + utf16Length + ")");
		}
		// number of supplementary characters starting before utf16
		int before = insertionPoint(supplementaryAtUtf16, utf16);
		if (before > 0 && supplementaryAtUtf16[before - 1] + 1 == utf16) {
			throw new IllegalArgumentException("UTF-16 offset " + utf16 + " falls inside a surrogate pair");
		}
		return utf16 - before;
	}

	/** The UTF-16 offset of a code point offset (0 to the length in code points). */
	public int toUtf16(int codePoint) {
		if (codePoint < 0 || codePoint > codePointLength) {
			throw new IllegalArgumentException("code point offset " + codePoint + " outside the text (0 to " + codePointLength + ")");
		}
		return codePoint + insertionPoint(supplementaryAtCodePoint, codePoint);
	}

	/** Number of elements of the ascending array smaller than key. */
	private static int insertionPoint(int[] sorted, int key) {
		int found = Arrays.binarySearch(sorted, key);
		return found >= 0 ? found : -found - 1;
	}
}
