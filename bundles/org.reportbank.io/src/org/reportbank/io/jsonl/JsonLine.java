package org.reportbank.io.jsonl;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;

/**
 * One line of JSON, built in a char array that grows as needed and written to the stream in one
 * call. What Gson's JsonWriter writes for the same calls (compact, not HTML-safe: the same
 * escapes, so the same bytes), without its per-token bookkeeping, its separate write for every
 * quote and piece of a string, and its lock per write on the stream below.
 * <p>
 * Commas need no stack: {@code first} says whether the container being written has no member
 * yet; when a container ends, the one around it has at least that member.
 * <p>
 * Reused from line to line; not for more than one thread.
 */
final class JsonLine {

	private static final int INITIAL = 1 << 16;
	/** Above this (in chars) the array is dropped after a line, so one huge report does not pin it. */
	private static final int KEPT = 1 << 22;
	private static final char[] HEX = "0123456789abcdef".toCharArray();

	private char[] chars = new char[INITIAL];
	private int count;
	private boolean first = true;

	void clear() {
		count = 0;
		first = true;
		if (chars.length > KEPT) {
			chars = new char[INITIAL];
		}
	}

	/** Ends the line and writes it. */
	void writeLineTo(Writer out) throws IOException {
		append('\n');
		out.write(chars, 0, count);
	}

	JsonLine beginObject() {
		append('{');
		first = true;
		return this;
	}

	JsonLine endObject() {
		append('}');
		first = false;
		return this;
	}

	JsonLine beginArray() {
		append('[');
		first = true;
		return this;
	}

	JsonLine endArray() {
		append(']');
		first = false;
		return this;
	}

	/** The comma before a member or array element, unless it is the container's first. */
	private void separate() {
		if (first) {
			first = false;
		} else {
			append(',');
		}
	}

	/** A member's name: a constant of the format (plain ASCII, nothing to escape). */
	JsonLine name(String name) {
		separate();
		room(name.length() + 3);
		chars[count++] = '"';
		name.getChars(0, name.length(), chars, count);
		count += name.length();
		chars[count++] = '"';
		chars[count++] = ':';
		return this;
	}

	/** A member's name from the data (a metadata key), escaped. */
	JsonLine key(String key) {
		separate();
		quoted(key);
		append(':');
		return this;
	}

	/** A string member; nothing when the value is null. */
	JsonLine string(String name, String value) {
		if (value != null) {
			name(name);
			quoted(value);
		}
		return this;
	}

	/** A number member. */
	JsonLine number(String name, long value) {
		name(name);
		digits(value);
		return this;
	}

	/** An integer member; nothing when null. */
	JsonLine number(String name, Integer value) {
		if (value != null) {
			number(name, value.longValue());
		}
		return this;
	}

	/** A floating point member, as {@link Double#toString}; JSON has no NaN or infinity, so those are refused. */
	JsonLine number(String name, double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			throw new IllegalArgumentException("JSON has no number " + value + " (field " + name + ")");
		}
		name(name);
		append(Double.toString(value));
		return this;
	}

	/** A member whose value is JSON text already (an exact decimal); nothing when null. */
	JsonLine raw(String name, String json) {
		if (json != null) {
			name(name);
			append(json);
		}
		return this;
	}

	JsonLine bool(String name, boolean value) {
		name(name);
		append(value ? "true" : "false");
		return this;
	}

	/** A string element of an array; {@code null} when null. */
	JsonLine element(String value) {
		separate();
		if (value == null) {
			append("null");
		} else {
			quoted(value);
		}
		return this;
	}

	/** The value after {@link #key}: the string or {@code null}. */
	JsonLine valueOrNull(String value) {
		if (value == null) {
			append("null");
		} else {
			quoted(value);
		}
		return this;
	}

	/** Before an object or array inside an array. */
	JsonLine elementStart() {
		separate();
		return this;
	}

	/**
	 * A JSON string: the quote, then the runs that need no escape copied whole, with Gson's escapes
	 * between them: {@code \" \\ \t \b \n \r \f}, {@code \\u00XX} for other control characters, and
	 * {@code \\u2028 \\u2029} (line and paragraph separators, which JavaScript does not allow in a string).
	 */
	void quoted(String s) {
		int length = s.length();
		room(length + 2);
		chars[count++] = '"';
		int run = 0;
		for (int i = 0; i < length; i++) {
			char c = s.charAt(i);
			if (c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029') {
				continue;
			}
			if (i > run) {
				room(i - run);
				s.getChars(run, i, chars, count);
				count += i - run;
			}
			escape(c);
			run = i + 1;
		}
		room(length - run + 1);
		s.getChars(run, length, chars, count);
		count += length - run;
		chars[count++] = '"';
	}

	private void escape(char c) {
		room(6);
		chars[count++] = '\\';
		switch (c) {
		case '"' -> chars[count++] = '"';
		case '\\' -> chars[count++] = '\\';
		case '\t' -> chars[count++] = 't';
		case '\b' -> chars[count++] = 'b';
		case '\n' -> chars[count++] = 'n';
		case '\r' -> chars[count++] = 'r';
		case '\f' -> chars[count++] = 'f';
		default -> {
			chars[count++] = 'u';
			chars[count++] = HEX[c >>> 12];
			chars[count++] = HEX[(c >>> 8) & 0xf];
			chars[count++] = HEX[(c >>> 4) & 0xf];
			chars[count++] = HEX[c & 0xf];
		}
		}
	}

	private void digits(long value) {
		if (value < 0 || value >= 1_000_000_000L) {
			append(Long.toString(value));
			return;
		}
		int v = (int) value;
		int n = 1;
		for (int rest = v; rest >= 10; rest /= 10) {
			n++;
		}
		room(n);
		int at = count + n;
		do {
			chars[--at] = (char) ('0' + v % 10);
			v /= 10;
		} while (v != 0);
		count += n;
	}

	private void append(char c) {
		room(1);
		chars[count++] = c;
	}

	private void append(String s) {
		room(s.length());
		s.getChars(0, s.length(), chars, count);
		count += s.length();
	}

	private void room(int more) {
		if (count + more > chars.length) {
			chars = Arrays.copyOf(chars, Math.max(chars.length * 2, count + more));
		}
	}
}
