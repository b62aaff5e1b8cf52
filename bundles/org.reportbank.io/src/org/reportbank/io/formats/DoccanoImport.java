package org.reportbank.io.formats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * Reads a doccano sequence-labeling export (JSONL, one document a line) back, with its spans in
 * Reportbank's UTF-16 offsets. Both export forms are accepted:
 * <pre>
 * {"id": 1, "text": "…", "label": [[0, 5, "ORG"]], "meta": {…}}
 * {"id": 1, "text": "…", "entities": [{"id": 7, "start_offset": 0, "end_offset": 5, "label": "ORG"}], "relations": []}
 * </pre>
 * doccano's offsets count code points (Python str characters); they are checked (whole numbers,
 * {@code 0 <= start < end <= length of the text}, a label) and converted. The whole file is checked
 * before anything is returned: a bad line is reported as {@code FILE:LINE: problem}. Blank lines are
 * skipped; "id", "meta" and other fields are optional ("id" is returned as a string, or null).
 */
public final class DoccanoImport {

	/** A span in UTF-16 offsets into the record's text, end exclusive. */
	public record LabeledSpan(int begin, int end, String label) {
	}

	/** One line of the export: its id (null when none), its text and its spans in UTF-16 offsets. */
	public record DoccanoRecord(String id, String text, List<LabeledSpan> spans) {
	}

	public List<DoccanoRecord> read(Path file) throws IOException, DoccanoFormatException {
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return read(in, file.toString());
		}
	}

	/** Reads the lines of {@code in}; {@code name} names it in error messages. */
	public List<DoccanoRecord> read(Reader in, String name) throws IOException, DoccanoFormatException {
		BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
		List<DoccanoRecord> records = new ArrayList<>();
		String line;
		int number = 0;
		while ((line = lines.readLine()) != null) {
			number++;
			if (number == 1 && line.startsWith("\uFEFF")) {
				line = line.substring(1);
			}
			if (line.isBlank()) {
				continue;
			}
			records.add(parse(line, name, number));
		}
		return records;
	}

	/** One line of a doccano export. */
	public static DoccanoRecord parse(String line, String name, int number) throws DoccanoFormatException {
		JsonElement parsed;
		try {
			parsed = JsonParser.parseString(line);
		} catch (JsonParseException e) {
			throw new DoccanoFormatException(name, number, "not JSON (" + rootMessage(e) + ")");
		}
		if (!parsed.isJsonObject()) {
			throw new DoccanoFormatException(name, number, "not a JSON object");
		}
		JsonObject object = parsed.getAsJsonObject();
		String text = textOf(object, name, number);
		String id = idOf(object, name, number);
		CodePointOffsets offsets = CodePointOffsets.of(text);
		List<LabeledSpan> spans = new ArrayList<>();
		boolean hasLabel = object.has("label") && !object.get("label").isJsonNull();
		boolean hasEntities = object.has("entities") && !object.get("entities").isJsonNull();
		if (hasLabel) {
			JsonArray labels = array(object.get("label"), "\"label\"", name, number);
			for (int i = 0; i < labels.size(); i++) {
				String where = "\"label\"[" + i + "]";
				JsonElement entry = labels.get(i);
				if (!entry.isJsonArray() || entry.getAsJsonArray().size() != 3) {
					throw new DoccanoFormatException(name, number, where + " is " + shortly(entry)
							+ ", not [start, end, \"LABEL\"] (is this a text classification export?)");
				}
				JsonArray triple = entry.getAsJsonArray();
				spans.add(span(offsets, whole(triple.get(0), where + " start", name, number),
						whole(triple.get(1), where + " end", name, number), label(triple.get(2), where, name, number), where, name,
						number));
			}
		}
		if (hasEntities) {
			JsonArray entities = array(object.get("entities"), "\"entities\"", name, number);
			for (int i = 0; i < entities.size(); i++) {
				String where = "\"entities\"[" + i + "]";
				JsonElement entry = entities.get(i);
				if (!entry.isJsonObject()) {
					throw new DoccanoFormatException(name, number,
							where + " is " + shortly(entry) + ", not {\"start_offset\", \"end_offset\", \"label\"}");
				}
				JsonObject entity = entry.getAsJsonObject();
				for (String key : List.of("start_offset", "end_offset", "label")) {
					if (!entity.has(key) || entity.get(key).isJsonNull()) {
						throw new DoccanoFormatException(name, number, where + " has no \"" + key + "\"");
					}
				}
				spans.add(span(offsets, whole(entity.get("start_offset"), where + " start_offset", name, number),
						whole(entity.get("end_offset"), where + " end_offset", name, number),
						label(entity.get("label"), where, name, number), where, name, number));
			}
		}
		spans.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin()) : Integer.compare(a.end(), b.end()));
		return new DoccanoRecord(id, text, List.copyOf(spans));
	}

	private static String textOf(JsonObject object, String name, int number) throws DoccanoFormatException {
		// "text" in current doccano; some 1.x versions wrote the text as "data"
		JsonElement text = object.has("text") ? object.get("text") : object.get("data");
		if (text == null || text.isJsonNull()) {
			throw new DoccanoFormatException(name, number, "no \"text\"");
		}
		if (!text.isJsonPrimitive() || !text.getAsJsonPrimitive().isString()) {
			throw new DoccanoFormatException(name, number, "\"text\" is not a string");
		}
		return text.getAsString();
	}

	private static String idOf(JsonObject object, String name, int number) throws DoccanoFormatException {
		JsonElement id = object.get("id");
		if (id == null || id.isJsonNull()) {
			return null;
		}
		if (!id.isJsonPrimitive()) {
			throw new DoccanoFormatException(name, number, "\"id\" is neither a string nor a number");
		}
		JsonPrimitive p = id.getAsJsonPrimitive();
		return p.isNumber() ? p.getAsBigDecimal().toPlainString() : p.getAsString();
	}

	private static JsonArray array(JsonElement element, String what, String name, int number) throws DoccanoFormatException {
		if (!element.isJsonArray()) {
			throw new DoccanoFormatException(name, number, what + " is not a list");
		}
		return element.getAsJsonArray();
	}

	private static int whole(JsonElement element, String what, String name, int number) throws DoccanoFormatException {
		if (element == null || !element.isJsonPrimitive() || !element.getAsJsonPrimitive().isNumber()) {
			throw new DoccanoFormatException(name, number, what + " is " + shortly(element) + ", not a number");
		}
		try {
			return element.getAsJsonPrimitive().getAsBigDecimal().intValueExact();
		} catch (ArithmeticException | NumberFormatException e) {
			throw new DoccanoFormatException(name, number, what + " is " + shortly(element) + ", not a whole number");
		}
	}

	private static String label(JsonElement element, String where, String name, int number) throws DoccanoFormatException {
		if (element == null || !element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()
				|| element.getAsString().isBlank()) {
			throw new DoccanoFormatException(name, number, where + " label is " + shortly(element) + ", not a label name");
		}
		return element.getAsString();
	}

	private static LabeledSpan span(CodePointOffsets offsets, int start, int end, String label, String where, String name,
			int number) throws DoccanoFormatException {
		if (start < 0 || end > offsets.codePointLength() || start >= end) {
			throw new DoccanoFormatException(name, number, where + " [" + start + ", " + end + ") is not a span of the text ("
					+ offsets.codePointLength() + " characters; offsets count code points, 0 <= start < end <= length)");
		}
		return new LabeledSpan(offsets.toUtf16(start), offsets.toUtf16(end), label);
	}

	private static String shortly(JsonElement element) {
		if (element == null) {
			return "missing";
		}
		String s = element.toString();
		return s.length() > 40 ? s.substring(0, 40) + "…" : s;
	}

	private static String rootMessage(Throwable e) {
		Throwable t = e;
		while (t.getCause() != null) {
			t = t.getCause();
		}
		return t.getMessage();
	}
}
