package org.reportbank.io.json;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reportbank.core.text.Untrusted;
import org.reportbank.core.text.XmlChars;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Parses one line of an untrusted file and checks its values, so every import reads JSON the same
 * way and refuses the same things with the same words.
 * <p>
 * Parsing is strict JSON (no comments, single quotes, NaN), iterative, and stops at
 * {@value #MAX_NESTING} levels: Gson 2.11, which the target platform holds, has no nesting limit,
 * and a line of 100,000 {@code [} must be an error, not a deep tree (whose {@code toString} or
 * {@code equals} would recurse). A name given twice in one object is refused rather than letting
 * the last one silently win. Numbers are kept as their text ({@link NumberText}) until a reader
 * asks for one, so their size is checked before they are converted.
 * <p>
 * The value checks take {@code what}, the value's name as the message should show it, and throw a
 * {@link JsonProblem} saying {@code WHAT is FOUND, expected EXPECTED}; a value from the file is
 * shown short and escaped ({@link Untrusted#quote}), never whole.
 */
public final class StrictJson {

	/** Deeper than any record of the formats read (JSONL records are 4 deep, doccano 3 plus its free "meta"). */
	public static final int MAX_NESTING = 64;
	/**
	 * Digits a decimal may have before its point, and after it. Far more than any amount in a report,
	 * and small enough that its plain form (what the JSONL writer writes) stays short: a value with
	 * an exponent such as {@code 1e999999999} would otherwise become a billion digits. The bound is
	 * on the value, so what the writer writes of an accepted value is accepted again.
	 */
	public static final int MAX_DECIMAL_DIGITS = 100;
	/** Longer number texts are refused before they are parsed; an accepted value's plain form is at most 202 characters. */
	static final int MAX_NUMBER_CHARS = 250;
	private static final int MAX_REASON_CHARS = 80;
	private static final Pattern COLUMN = Pattern.compile(" at line \\d+ column (\\d+)");

	private StrictJson() {
	}

	/** The line as a JSON object; a {@link JsonProblem} when it is not JSON or not an object. */
	public static JsonObject parseObject(String line) throws JsonProblem {
		JsonElement root = parse(line);
		if (!root.isJsonObject()) {
			throw new JsonProblem("not a JSON object");
		}
		return root.getAsJsonObject();
	}

	/** The line as one JSON value, built without recursion and at most {@value #MAX_NESTING} levels deep. */
	public static JsonElement parse(String line) throws JsonProblem {
		JsonReader reader = new JsonReader(new StringReader(line));
		reader.setStrictness(Strictness.STRICT);
		Deque<JsonElement> open = new ArrayDeque<>();
		JsonElement root = null;
		String name = null;
		try {
			do {
				JsonElement value;
				switch (reader.peek()) {
				case BEGIN_OBJECT -> {
					reader.beginObject();
					value = new JsonObject();
				}
				case BEGIN_ARRAY -> {
					reader.beginArray();
					value = new JsonArray();
				}
				case END_OBJECT -> {
					reader.endObject();
					open.pop();
					continue;
				}
				case END_ARRAY -> {
					reader.endArray();
					open.pop();
					continue;
				}
				case NAME -> {
					name = reader.nextName();
					if (((JsonObject) open.peek()).has(name)) {
						throw new JsonProblem("the name " + Untrusted.quote(name) + " appears twice in one object");
					}
					continue;
				}
				case STRING -> value = new JsonPrimitive(reader.nextString());
				case NUMBER -> value = new JsonPrimitive(new NumberText(reader.nextString()));
				case BOOLEAN -> value = new JsonPrimitive(reader.nextBoolean());
				case NULL -> {
					reader.nextNull();
					value = JsonNull.INSTANCE;
				}
				default -> throw new JsonProblem("not JSON (the line ends too early)");
				}
				JsonElement parent = open.peek();
				if (parent == null) {
					root = value;
				} else if (parent.isJsonObject()) {
					parent.getAsJsonObject().add(name, value);
				} else {
					parent.getAsJsonArray().add(value);
				}
				if (value.isJsonObject() || value.isJsonArray()) {
					if (open.size() == MAX_NESTING) {
						throw new JsonProblem("not read: objects and arrays nested more than " + MAX_NESTING + " levels deep");
					}
					open.push(value);
				}
			} while (!open.isEmpty());
			if (reader.peek() != JsonToken.END_DOCUMENT) {
				throw new JsonProblem("not JSON (more than one value on the line)");
			}
		} catch (IOException e) {
			throw new JsonProblem("not JSON (" + reason(e) + ")");
		}
		return root;
	}

	/**
	 * Gson's reason, without the path it appends: the path holds names from the file, and its
	 * "Troubleshooting" link and advice to be lenient are no help to whoever sent the file.
	 */
	private static String reason(IOException e) {
		String message = e.getMessage() == null ? "" : e.getMessage();
		Matcher at = COLUMN.matcher(message);
		boolean located = at.find();
		int end = located ? at.start() : message.indexOf('\n') >= 0 ? message.indexOf('\n') : message.length();
		String reason = message.substring(0, Math.min(end, MAX_REASON_CHARS));
		if (reason.isBlank() || reason.contains("Strictness")) {
			reason = "malformed JSON";
		}
		reason = Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
		return located ? reason + " at character " + at.group(1) : reason;
	}

	/** The value as a message shows it: its type and, for a string, number or boolean, the value cut short. */
	public static String describe(JsonElement value) {
		if (value == null || value.isJsonNull()) {
			return "null";
		}
		if (value.isJsonObject()) {
			return "an object";
		}
		if (value.isJsonArray()) {
			return "an array";
		}
		JsonPrimitive p = value.getAsJsonPrimitive();
		return (p.isString() ? "a string (" : p.isNumber() ? "a number (" : "a boolean (") + shown(p) + ")";
	}

	/**
	 * The value as the file has it, for a message: a string quoted, escaped and cut short, a number
	 * or boolean as written, an object or array by its type only (it may be huge).
	 */
	public static String shown(JsonElement value) {
		if (value == null || value.isJsonNull()) {
			return "null";
		}
		if (!value.isJsonPrimitive()) {
			return describe(value);
		}
		JsonPrimitive p = value.getAsJsonPrimitive();
		if (p.isString()) {
			return Untrusted.quote(p.getAsString());
		}
		String quoted = Untrusted.quote(p.getAsString()); // a number's text: cut short like a string, without the quotes
		return quoted.substring(1, quoted.length() - 1);
	}

	private static JsonProblem expected(JsonElement value, String what, String expected) {
		return new JsonProblem(what + " is " + describe(value) + ", expected " + expected);
	}

	/** A JSON string that XML can hold (it will be stored in an XMI file). */
	public static String string(JsonElement value, String what) throws JsonProblem {
		if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
			throw expected(value, what, "a string");
		}
		return storable(value.getAsString(), what);
	}

	/** The string itself when XML 1.0 can hold every character of it; else which character cannot be, and where. */
	public static String storable(String s, String what) throws JsonProblem {
		String problem = XmlChars.problem(s);
		if (problem != null) {
			throw new JsonProblem(what + " holds " + problem + "; XML files cannot hold that character");
		}
		return s;
	}

	public static boolean bool(JsonElement value, String what) throws JsonProblem {
		if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
			throw expected(value, what, "true or false");
		}
		return value.getAsBoolean();
	}

	public static JsonObject object(JsonElement value, String what) throws JsonProblem {
		if (value == null || !value.isJsonObject()) {
			throw expected(value, what, "an object {…}");
		}
		return value.getAsJsonObject();
	}

	public static JsonArray array(JsonElement value, String what) throws JsonProblem {
		if (value == null || !value.isJsonArray()) {
			throw expected(value, what, "an array […]");
		}
		return value.getAsJsonArray();
	}

	/** A JSON number whose text is short enough to parse, exactly. */
	private static BigDecimal number(JsonElement value, String what, String expected) throws JsonProblem {
		if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
			throw expected(value, what, expected);
		}
		String text = value.getAsString();
		if (text.length() > MAX_NUMBER_CHARS) {
			throw new JsonProblem(what + " is a number of " + text.length() + " characters, expected " + expected);
		}
		try {
			return new BigDecimal(text);
		} catch (NumberFormatException e) { // valid JSON, but an exponent beyond what BigDecimal holds
			throw new JsonProblem(what + " is " + shown(value) + ", expected " + expected);
		}
	}

	/**
	 * A whole JSON number from {@code min} to {@code max} ({@code 2021} and {@code 2021.0}, not
	 * {@code 2021.9}, {@code "2021"} or {@code 1e10} for an int); {@code range} says what the bounds
	 * are in the message, e.g. "the text (0 to 120)".
	 */
	public static int whole(JsonElement value, String what, int min, int max, String range) throws JsonProblem {
		BigDecimal number = number(value, what, "a whole number");
		String shown = shown(value);
		if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
			throw new JsonProblem(what + " is " + shown + ", not a whole number");
		}
		if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
			throw new JsonProblem(what + " is " + shown + ", outside " + range);
		}
		return number.intValueExact();
	}

	/** {@link #whole(JsonElement, String, int, int, String)} with the range given as its bounds. */
	public static int whole(JsonElement value, String what, int min, int max) throws JsonProblem {
		return whole(value, what, min, max, "the range " + min + " to " + max);
	}

	/** An exact decimal of at most {@value #MAX_DECIMAL_DIGITS} digits before the point and as many after it. */
	public static BigDecimal decimal(JsonElement value, String what) throws JsonProblem {
		String expected = "a decimal number";
		BigDecimal number = number(value, what, expected);
		if (number.precision() - number.scale() > MAX_DECIMAL_DIGITS || number.scale() > MAX_DECIMAL_DIGITS) {
			throw new JsonProblem(what + " is " + shown(value) + ", more than " + MAX_DECIMAL_DIGITS
					+ " digits before or after the decimal point");
		}
		return number;
	}

	/** A JSON number from {@code min} to {@code max}, as the double the text denotes (so it is written back the same). */
	public static double fraction(JsonElement value, String what, double min, double max) throws JsonProblem {
		BigDecimal number = number(value, what, "a number from " + min + " to " + max);
		if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
			throw new JsonProblem(what + " is " + shown(value) + ", outside " + min + " to " + max);
		}
		return Double.parseDouble(value.getAsString());
	}
}
