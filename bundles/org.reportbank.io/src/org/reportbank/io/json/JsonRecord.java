package org.reportbank.io.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reportbank.core.text.Untrusted;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * An object of an untrusted JSON line with its path from the line's root ({@code sections[3]}),
 * read field by field through typed accessors. Each accessor checks the type, the range and the
 * characters of the value ({@link StrictJson}) and names the field by its path in the message,
 * e.g. {@code "sections[3].begin" is a string ("12"), expected a whole number}. A field that is
 * missing or JSON null reads as absent; fields nobody asks for are ignored.
 */
public final class JsonRecord {

	private final JsonObject json;
	private final String path;

	private JsonRecord(JsonObject json, String path) {
		this.json = json;
		this.path = path;
	}

	/** The line's top-level object. */
	public static JsonRecord parse(String line) throws JsonProblem {
		return new JsonRecord(StrictJson.parseObject(line), "");
	}

	/** The field's path as messages show it, quoted: {@code "sections[3].begin"}. */
	public String what(String field) {
		return "\"" + pathOf(field) + "\"";
	}

	/** This object's own path, quoted: {@code "sections[3]"}. */
	public String what() {
		return "\"" + path + "\"";
	}

	private String pathOf(String field) {
		return path.isEmpty() ? field : path + "." + field;
	}

	/** A problem with the field, worded {@code "PATH" PROBLEM}. */
	public JsonProblem problem(String field, String problem) {
		return new JsonProblem(what(field) + " " + problem);
	}

	/** A problem with this object as a whole, worded {@code "PATH" PROBLEM}. */
	public JsonProblem problem(String problem) {
		return new JsonProblem(what() + " " + problem);
	}

	/** The field's value, or null when it is missing or JSON null. */
	private JsonElement value(String field) {
		JsonElement value = json.get(field);
		return value == null || value.isJsonNull() ? null : value;
	}

	public boolean has(String field) {
		return value(field) != null;
	}

	private JsonElement required(String field) throws JsonProblem {
		JsonElement value = value(field);
		if (value == null) {
			throw problem(field, "is missing");
		}
		return value;
	}

	/** A string, or null when absent. */
	public String string(String field) throws JsonProblem {
		JsonElement value = value(field);
		return value == null ? null : StrictJson.string(value, what(field));
	}

	public String requiredString(String field) throws JsonProblem {
		return StrictJson.string(required(field), what(field));
	}

	/** A whole number from {@code min} to {@code max}, or null when absent; {@code range} names the bounds in a message. */
	public Integer whole(String field, int min, int max, String range) throws JsonProblem {
		JsonElement value = value(field);
		return value == null ? null : StrictJson.whole(value, what(field), min, max, range);
	}

	/** A whole number from {@code min} to {@code max}; {@code range} names the bounds in a message. */
	public int requiredWhole(String field, int min, int max, String range) throws JsonProblem {
		return StrictJson.whole(required(field), what(field), min, max, range);
	}

	public int requiredWhole(String field, int min, int max) throws JsonProblem {
		return StrictJson.whole(required(field), what(field), min, max);
	}

	/** An exact decimal of bounded size ({@link StrictJson#decimal}), or null when absent. */
	public BigDecimal decimal(String field) throws JsonProblem {
		JsonElement value = value(field);
		return value == null ? null : StrictJson.decimal(value, what(field));
	}

	/** A number from {@code min} to {@code max}, or {@code fallback} when absent. */
	public double fraction(String field, double min, double max, double fallback) throws JsonProblem {
		JsonElement value = value(field);
		return value == null ? fallback : StrictJson.fraction(value, what(field), min, max);
	}

	/** true or false, or {@code fallback} when absent. */
	public boolean bool(String field, boolean fallback) throws JsonProblem {
		JsonElement value = value(field);
		return value == null ? fallback : StrictJson.bool(value, what(field));
	}

	/** The object in the field, or null when absent. */
	public JsonRecord object(String field) throws JsonProblem {
		JsonElement value = value(field);
		return value == null ? null : new JsonRecord(StrictJson.object(value, what(field)), pathOf(field));
	}

	/** The objects of the array in the field, each with its path ({@code sections[3]}); empty when absent. */
	public List<JsonRecord> objects(String field) throws JsonProblem {
		JsonArray array = array(field);
		List<JsonRecord> objects = new ArrayList<>(array.size());
		for (int i = 0; i < array.size(); i++) {
			String element = pathOf(field) + "[" + i + "]";
			objects.add(new JsonRecord(StrictJson.object(array.get(i), "\"" + element + "\""), element));
		}
		return objects;
	}

	/**
	 * The strings of the array in the field, none null and none twice (the model keeps such lists
	 * without repeats, so a repeat would be dropped without a word); empty when absent.
	 */
	public List<String> distinctStrings(String field) throws JsonProblem {
		JsonArray array = array(field);
		List<String> strings = new ArrayList<>(array.size());
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < array.size(); i++) {
			String element = "\"" + pathOf(field) + "[" + i + "]\"";
			String s = StrictJson.string(array.get(i), element);
			if (!seen.add(s)) {
				throw new JsonProblem(element + " repeats " + Untrusted.quote(s));
			}
			strings.add(s);
		}
		return strings;
	}

	/**
	 * The members of the object in the field as names and string values (null allowed), in file
	 * order; the names are checked like values, since they are stored too. Empty when absent.
	 */
	public Map<String, String> stringMap(String field) throws JsonProblem {
		Map<String, String> entries = new LinkedHashMap<>();
		JsonElement value = value(field);
		if (value == null) {
			return entries;
		}
		for (Map.Entry<String, JsonElement> member : StrictJson.object(value, what(field)).entrySet()) {
			String name = StrictJson.storable(member.getKey(), "a name in " + what(field));
			JsonElement v = member.getValue();
			String what = what(field) + " entry " + Untrusted.quote(name);
			entries.put(name, v.isJsonNull() ? null : StrictJson.string(v, what));
		}
		return entries;
	}

	private JsonArray array(String field) throws JsonProblem {
		JsonElement value = value(field);
		return value == null ? new JsonArray() : StrictJson.array(value, what(field));
	}
}
