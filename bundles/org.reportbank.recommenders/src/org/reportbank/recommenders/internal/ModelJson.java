package org.reportbank.recommenders.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import org.reportbank.core.text.Untrusted;
import org.reportbank.recommenders.RecommenderException;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Reads a stored model file strictly (it lies in a folder others may have written): one JSON
 * object, nothing after it, every field checked for its type, and a message naming the file and
 * the field when something is off.
 */
public final class ModelJson {

	private static final Gson STRICT = new GsonBuilder().setStrictness(Strictness.STRICT).create();

	private final String where;
	private final JsonObject json;

	private ModelJson(String where, JsonObject json) {
		this.where = where;
		this.json = json;
	}

	/** The one object of the file {@code where}. */
	public static ModelJson parse(Reader in, String where) throws RecommenderException {
		try {
			JsonReader reader = new JsonReader(in);
			reader.setStrictness(Strictness.STRICT);
			JsonObject object = STRICT.fromJson(reader, JsonObject.class);
			if (object == null || reader.peek() != JsonToken.END_DOCUMENT) {
				throw new RecommenderException(where + ": not one JSON object");
			}
			return new ModelJson(where, object);
		} catch (IOException | JsonParseException | IllegalStateException e) {
			throw new RecommenderException(where + ": not a model file: " + e.getMessage(), e);
		}
	}

	/** Wraps an object already read (a part of the file), for its fields to be read the same way. */
	public static ModelJson of(JsonObject json, String where) {
		return new ModelJson(where, json);
	}

	public JsonObject json() {
		return json;
	}

	public RecommenderException problem(String field, String problem) {
		return new RecommenderException(where + ": \"" + field + "\" " + problem);
	}

	private JsonElement required(String field) throws RecommenderException {
		JsonElement value = json.get(field);
		if (value == null || value.isJsonNull()) {
			throw problem(field, "is missing");
		}
		return value;
	}

	public String string(String field) throws RecommenderException {
		JsonElement value = required(field);
		if (!(value instanceof JsonPrimitive p) || !p.isString()) {
			throw problem(field, "is not a string");
		}
		return value.getAsString();
	}

	public int integer(String field) throws RecommenderException {
		JsonElement value = required(field);
		if (!(value instanceof JsonPrimitive p) || !p.isNumber()) {
			throw problem(field, "is not a number");
		}
		try {
			return p.getAsBigDecimal().intValueExact();
		} catch (ArithmeticException | NumberFormatException e) {
			throw problem(field, "is not a whole number: " + Untrusted.quote(p.getAsString()));
		}
	}

	public boolean bool(String field) throws RecommenderException {
		JsonElement value = required(field);
		if (!(value instanceof JsonPrimitive p) || !p.isBoolean()) {
			throw problem(field, "is not true or false");
		}
		return p.getAsBoolean();
	}

	/** A finite number. */
	public double number(String field) throws RecommenderException {
		JsonElement value = required(field);
		if (!(value instanceof JsonPrimitive p) || !p.isNumber() || !Double.isFinite(p.getAsDouble())) {
			throw problem(field, "is not a number");
		}
		return p.getAsDouble();
	}

	public ModelJson object(String field) throws RecommenderException {
		JsonElement value = required(field);
		if (!value.isJsonObject()) {
			throw problem(field, "is not an object");
		}
		return new ModelJson(where + ": " + field, value.getAsJsonObject());
	}

	public JsonArray array(String field) throws RecommenderException {
		JsonElement value = required(field);
		if (!value.isJsonArray()) {
			throw problem(field, "is not an array");
		}
		return value.getAsJsonArray();
	}

	public List<String> strings(String field) throws RecommenderException {
		List<String> values = new ArrayList<>();
		for (JsonElement element : array(field)) {
			if (!(element instanceof JsonPrimitive p) || !p.isString()) {
				throw problem(field, "holds something that is not a string");
			}
			values.add(element.getAsString());
		}
		return values;
	}

	/** The objects of an array field, each readable the same way. */
	public List<ModelJson> objects(String field) throws RecommenderException {
		List<ModelJson> values = new ArrayList<>();
		JsonArray array = array(field);
		for (int i = 0; i < array.size(); i++) {
			if (!array.get(i).isJsonObject()) {
				throw problem(field + "[" + i + "]", "is not an object");
			}
			values.add(new ModelJson(where + ": " + field + "[" + i + "]", array.get(i).getAsJsonObject()));
		}
		return values;
	}
}
