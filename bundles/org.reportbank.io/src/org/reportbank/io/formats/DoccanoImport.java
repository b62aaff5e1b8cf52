package org.reportbank.io.formats;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.reportbank.io.json.JsonLines;
import org.reportbank.io.json.JsonProblem;
import org.reportbank.io.json.StrictJson;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Reads a doccano sequence-labeling export (JSONL, one document a line) back, with its spans in
 * Reportbank's UTF-16 offsets. Both export forms are accepted:
 * <pre>
 * {"id": 1, "text": "…", "label": [[0, 5, "ORG"]], "meta": {…}}
 * {"id": 1, "text": "…", "entities": [{"id": 7, "start_offset": 0, "end_offset": 5, "label": "ORG"}], "relations": []}
 * </pre>
 * doccano's offsets count code points (Python str characters); they are checked (whole numbers,
 * {@code 0 <= start < end <= length of the text}, a label) and converted; a bad line is reported as
 * {@code FILE:LINE: problem}. Records are read one at a time ({@link #records}), so an import holds
 * one record however large the file; {@link #read} collects them all, for small files. Blank lines are
 * skipped; "id", "meta" and other fields are optional ("id" is returned as a string, or null).
 * <p>
 * The file is someone else's, so it is read as strict JSON, nested at most
 * {@value StrictJson#MAX_NESTING} deep ({@link StrictJson}); the text and the labels, which are
 * stored, must hold only characters XML can hold; the id, a number or a string, must be a whole
 * number or a storable string of at most {@value #MAX_ID_CHARS} characters. Messages show values
 * from the file short and escaped, never the text.
 */
public final class DoccanoImport {

	/** Longest record id taken: doccano's own are numbers; a longer string is not an id. */
	static final int MAX_ID_CHARS = 200;

	/** A span in UTF-16 offsets into the record's text, end exclusive. */
	public record LabeledSpan(int begin, int end, String label) {
	}

	/** One line of the export: its id (null when none), its text and its spans in UTF-16 offsets. */
	public record DoccanoRecord(String id, String text, List<LabeledSpan> spans) {
	}

	public List<DoccanoRecord> read(Path file) throws IOException, DoccanoFormatException {
		return read(file, label -> null);
	}

	/**
	 * Reads the whole file into a list, refusing as {@code FILE:LINE: problem} a span whose label
	 * {@code labelProblem} finds a problem with (it returns null for a label that is fine). An import
	 * reads {@link #records} instead, one at a time.
	 */
	public List<DoccanoRecord> read(Path file, UnaryOperator<String> labelProblem) throws IOException, DoccanoFormatException {
		try (JsonLines lines = JsonLines.open(file)) {
			return all(records(lines, file.toString(), labelProblem));
		}
	}

	/** Reads the lines of {@code in}; {@code name} names it in error messages. */
	public List<DoccanoRecord> read(Reader in, String name) throws IOException, DoccanoFormatException {
		return all(records(new JsonLines(in), name, label -> null));
	}

	private static List<DoccanoRecord> all(Records records) throws IOException, DoccanoFormatException {
		List<DoccanoRecord> all = new ArrayList<>();
		for (DoccanoRecord record = records.next(); record != null; record = records.next()) {
			all.add(record);
		}
		return all;
	}

	/**
	 * The records of {@code lines}, read and checked one at a time; {@code name} names the file in
	 * messages, and a span whose label {@code labelProblem} finds a problem with is refused.
	 */
	Records records(JsonLines lines, String name, UnaryOperator<String> labelProblem) {
		return new Records(lines, name, labelProblem);
	}

	/** A doccano export being read record by record: only the record last returned is held. */
	static final class Records {
		private final JsonLines lines;
		private final String name;
		private final UnaryOperator<String> labelProblem;

		private Records(JsonLines lines, String name, UnaryOperator<String> labelProblem) {
			this.lines = lines;
			this.name = name;
			this.labelProblem = labelProblem;
		}

		/** The next record, or null at the end of the file. */
		public DoccanoRecord next() throws IOException, DoccanoFormatException {
			String line;
			try {
				line = lines.next();
			} catch (CharacterCodingException e) {
				throw new DoccanoFormatException(name, lines.line(), "not UTF-8 text");
			}
			if (line == null) {
				return null;
			}
			DoccanoRecord record = parse(line, name, lines.line());
			for (LabeledSpan span : record.spans()) {
				String problem = labelProblem.apply(span.label());
				if (problem != null) {
					throw new DoccanoFormatException(name, lines.line(), problem);
				}
			}
			return record;
		}

		/** The line of the record last returned. */
		public int line() {
			return lines.line();
		}
	}

	/** One line of a doccano export. */
	public static DoccanoRecord parse(String line, String name, int number) throws DoccanoFormatException {
		try {
			return record(StrictJson.parseObject(line));
		} catch (JsonProblem e) {
			throw new DoccanoFormatException(name, number, e.getMessage());
		}
	}

	private static DoccanoRecord record(JsonObject object) throws JsonProblem {
		String text = textOf(object);
		String id = idOf(object);
		CodePointOffsets offsets = CodePointOffsets.of(text);
		List<LabeledSpan> spans = new ArrayList<>();
		if (has(object, "label")) {
			JsonArray labels = StrictJson.array(object.get("label"), "\"label\"");
			for (int i = 0; i < labels.size(); i++) {
				String where = "\"label\"[" + i + "]";
				JsonElement entry = labels.get(i);
				if (!entry.isJsonArray() || entry.getAsJsonArray().size() != 3) {
					throw new JsonProblem(where + " is " + StrictJson.shown(entry)
							+ ", not [start, end, \"LABEL\"] (is this a text classification export?)");
				}
				JsonArray triple = entry.getAsJsonArray();
				spans.add(span(offsets, offset(triple.get(0), where + " start"), offset(triple.get(1), where + " end"),
						label(triple.get(2), where), where));
			}
		}
		if (has(object, "entities")) {
			JsonArray entities = StrictJson.array(object.get("entities"), "\"entities\"");
			for (int i = 0; i < entities.size(); i++) {
				String where = "\"entities\"[" + i + "]";
				JsonElement entry = entities.get(i);
				if (!entry.isJsonObject()) {
					throw new JsonProblem(where + " is " + StrictJson.shown(entry) + ", not {\"start_offset\", \"end_offset\", \"label\"}");
				}
				JsonObject entity = entry.getAsJsonObject();
				for (String key : List.of("start_offset", "end_offset", "label")) {
					if (!has(entity, key)) {
						throw new JsonProblem(where + " has no \"" + key + "\"");
					}
				}
				spans.add(span(offsets, offset(entity.get("start_offset"), where + " start_offset"),
						offset(entity.get("end_offset"), where + " end_offset"), label(entity.get("label"), where), where));
			}
		}
		spans.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin()) : Integer.compare(a.end(), b.end()));
		return new DoccanoRecord(id, text, List.copyOf(spans));
	}

	private static boolean has(JsonObject object, String field) {
		return object.has(field) && !object.get(field).isJsonNull();
	}

	/** The text, which must be storable: it becomes a report, or is compared with one. */
	private static String textOf(JsonObject object) throws JsonProblem {
		// "text" in current doccano; some 1.x versions wrote the text as "data"
		String field = object.has("text") ? "text" : "data";
		if (!has(object, field)) {
			throw new JsonProblem("no \"text\"");
		}
		return StrictJson.string(object.get(field), "\"" + field + "\"");
	}

	/**
	 * doccano's record id, a number or a string, as a string (null when there is none). It may be
	 * taken for a report id, which is checked where it is; here it is only kept storable and short.
	 */
	private static String idOf(JsonObject object) throws JsonProblem {
		if (!has(object, "id")) {
			return null;
		}
		JsonElement id = object.get("id");
		String what = "\"id\"";
		if (id.isJsonPrimitive() && id.getAsJsonPrimitive().isNumber()) {
			BigDecimal number = StrictJson.decimal(id, what);
			if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
				throw new JsonProblem(what + " is " + StrictJson.shown(id) + ", not a whole number");
			}
			return number.toBigIntegerExact().toString();
		}
		if (!id.isJsonPrimitive() || !id.getAsJsonPrimitive().isString()) {
			throw new JsonProblem(what + " is " + StrictJson.describe(id) + ", expected a string or a number");
		}
		String value = StrictJson.string(id, what);
		if (value.length() > MAX_ID_CHARS) {
			throw new JsonProblem(what + " is a string of " + value.length() + " characters; at most " + MAX_ID_CHARS + " are taken");
		}
		return value;
	}

	/** An offset in code points: a whole number in int range; whether it lies in the text is {@link #span}'s to say. */
	private static int offset(JsonElement element, String what) throws JsonProblem {
		return StrictJson.whole(element, what, 0, Integer.MAX_VALUE);
	}

	private static String label(JsonElement element, String where) throws JsonProblem {
		String what = where + " label";
		if (element == null || !element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()
				|| element.getAsString().isBlank()) {
			throw new JsonProblem(what + " is " + StrictJson.shown(element) + ", not a label name");
		}
		return StrictJson.string(element, what);
	}

	private static LabeledSpan span(CodePointOffsets offsets, int start, int end, String label, String where) throws JsonProblem {
		if (end > offsets.codePointLength() || start >= end) {
			throw new JsonProblem(where + " [" + start + ", " + end + ") is not a span of the text (" + offsets.codePointLength()
					+ " characters; offsets count code points, 0 <= start < end <= length)");
		}
		return new LabeledSpan(offsets.toUtf16(start), offsets.toUtf16(end), label);
	}
}
