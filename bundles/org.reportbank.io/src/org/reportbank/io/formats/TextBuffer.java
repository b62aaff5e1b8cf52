package org.reportbank.io.formats;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;

/**
 * The text of one report in a format, built in a char array that grows as needed and written to
 * the split's file in one call. Unlike a StringBuilder it never changes its coding (a builder
 * turns from Latin-1 into UTF-16 at the first Chinese character, copying all it holds) and needs no
 * copy into a String to be written. Reused from report to report; one per sink.
 */
final class TextBuffer {

	private static final int INITIAL = 1 << 14;
	/** Above this (in chars) the array is dropped after a report, so one huge report does not pin it. */
	private static final int KEPT = 1 << 22;

	private char[] chars = new char[INITIAL];
	private int count;

	void clear() {
		count = 0;
		if (chars.length > KEPT) {
			chars = new char[INITIAL];
		}
	}

	int length() {
		return count;
	}

	void writeTo(Writer out) throws IOException {
		out.write(chars, 0, count);
	}

	private void room(int more) {
		if (count + more > chars.length) {
			chars = Arrays.copyOf(chars, Math.max(chars.length * 2, count + more));
		}
	}

	TextBuffer append(char c) {
		room(1);
		chars[count++] = c;
		return this;
	}

	TextBuffer append(String s) {
		return append(s, 0, s.length());
	}

	/** s[begin, end). */
	TextBuffer append(String s, int begin, int end) {
		room(end - begin);
		s.getChars(begin, end, chars, count);
		count += end - begin;
		return this;
	}

	TextBuffer appendCodePoint(int codePoint) {
		room(2);
		count += Character.toChars(codePoint, chars, count);
		return this;
	}

	/** The decimal digits of a non-negative int without making a String (offsets, counters). */
	TextBuffer append(int value) {
		if (value < 0) {
			return append(Integer.toString(value));
		}
		int digits = 1;
		for (int v = value; v >= 10; v /= 10) {
			digits++;
		}
		room(digits);
		int at = count + digits;
		int v = value;
		do {
			chars[--at] = (char) ('0' + v % 10);
			v /= 10;
		} while (v != 0);
		count += digits;
		return this;
	}
}
