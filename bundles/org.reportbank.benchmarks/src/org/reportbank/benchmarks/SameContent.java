package org.reportbank.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonWriter;

/**
 * The same-content baseline of a format: a plain Gson {@link JsonWriter} writing, as JSON, exactly
 * the information that format wrote for each report, to as many files as the format writes.
 * <p>
 * The content is what the format really wrote: its output of the same run is read back report by
 * report, in step with the synthetic corpus, and parsed into plain values. That reading is not
 * counted ({@link #write} returns its nanoseconds, which the benchmark subtracts); generating the
 * report and writing the JSON are, as for the format and the common baseline. What each format's
 * JSON holds:
 * <ul>
 * <li>jsonl, doccano: the report's line, parsed and written again (the same JSON object, the same bytes);</li>
 * <li>conll: {@code {"sentences": [[[form, pos, chunk, ner], ...], ...]}}, one line per report;</li>
 * <li>chars, chars-bmes: {@code {"sentences": [[[char, tag], ...], ...]}}, one line per report;</li>
 * <li>brat: two files per report, {@code ID.txt.json} {@code {"text": ...}} and {@code ID.ann.json}
 * {@code {"annotations": [["T1", "ORG", [[0, 4]], "区司法局"], ["A1", "Status", "T1", "accepted"],
 * ["#1", "AnnotatorNotes", "T1", "unit=件 kind=count"], ...]}}, every field of every line; the two
 * .conf files brat gets once per export are left out.</li>
 * </ul>
 */
abstract class SameContent implements AutoCloseable {

	/** The same-content baseline of the format named, reading its output in {@code formatOutput}; null for a format it does not know. */
	static SameContent of(String format, Path formatOutput, Path folder) {
		return switch (format) {
		case "jsonl" -> new JsonLines(formatOutput, ".jsonl", folder);
		case "doccano" -> new JsonLines(formatOutput, ".doccano.jsonl", folder);
		case "conll" -> new Conll(formatOutput, folder);
		case "chars" -> new Chars(formatOutput, ".char.bio", folder);
		case "chars-bmes" -> new Chars(formatOutput, ".char.bmes", folder);
		case "brat" -> new Brat(formatOutput, folder);
		default -> null;
		};
	}

	final Path input;
	final Path folder;
	private final Map<String, BufferedReader> readers = new HashMap<>();
	private final Map<String, Writer> writers = new HashMap<>();

	SameContent(Path input, Path folder) {
		this.input = input;
		this.folder = folder;
	}

	/**
	 * Reads what the format wrote for the report (not timed), then writes it as JSON (timed).
	 * Returns the nanoseconds the reading took, for the caller to leave out.
	 */
	long write(SyntheticReports.Item item) throws IOException {
		long started = System.nanoTime();
		Object content = read(item);
		long read = System.nanoTime() - started;
		writeJson(item, content);
		return read;
	}

	/** The format's record(s) for one report, as plain values. */
	abstract Object read(SyntheticReports.Item item) throws IOException;

	/** Writes the record(s) with a JsonWriter; one JSON line per report in the split's file unless overridden. */
	void writeJson(SyntheticReports.Item item, Object content) throws IOException {
		Writer out = writers.get(item.split());
		if (out == null) { // as the common baseline: a buffered UTF-8 file per split
			out = Files.newBufferedWriter(folder.resolve(item.split() + ".json"), StandardCharsets.UTF_8);
			writers.put(item.split(), out);
		}
		JsonWriter json = new JsonWriter(out);
		value(json, content);
		json.flush();
		out.write('\n');
	}

	/** The format's file of a split, opened on first use. */
	BufferedReader reader(String split, String suffix) throws IOException {
		BufferedReader in = readers.get(split);
		if (in == null) {
			in = Files.newBufferedReader(input.resolve(split + suffix), StandardCharsets.UTF_8);
			readers.put(split, in);
		}
		return in;
	}

	@Override
	public void close() throws IOException {
		for (Writer w : writers.values()) {
			w.close();
		}
		for (BufferedReader r : readers.values()) {
			r.close();
		}
	}

	/** Writes plain values: lists and string arrays as arrays, maps as objects, strings, numbers, booleans, null. */
	@SuppressWarnings("unchecked")
	static void value(JsonWriter json, Object value) throws IOException {
		if (value == null) {
			json.nullValue();
		} else if (value instanceof String s) {
			json.value(s);
		} else if (value instanceof Integer i) {
			json.value(i.longValue());
		} else if (value instanceof String[] fields) {
			json.beginArray();
			for (String f : fields) {
				json.value(f);
			}
			json.endArray();
		} else if (value instanceof List<?> list) {
			json.beginArray();
			for (Object o : list) {
				value(json, o);
			}
			json.endArray();
		} else if (value instanceof Map<?, ?> map) {
			json.beginObject();
			for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
				json.name(e.getKey());
				value(json, e.getValue());
			}
			json.endObject();
		} else if (value instanceof Long l) {
			json.value(l.longValue());
		} else if (value instanceof BigDecimal d) {
			json.value(d); // a trusted number type: written as it is, no check of its text
		} else if (value instanceof Boolean b) {
			json.value(b.booleanValue());
		} else {
			throw new IllegalArgumentException("no JSON for " + value.getClass());
		}
	}

	/**
	 * A parsed JSON value as plain Java values (maps, lists, strings, Long or BigDecimal numbers,
	 * booleans, null), done while reading, so that writing it is only the JsonWriter's own calls:
	 * Gson's parsed numbers would have their text checked against a pattern on every write.
	 */
	static Object plain(JsonElement e) {
		if (e.isJsonNull()) {
			return null;
		}
		if (e.isJsonPrimitive()) {
			JsonPrimitive p = e.getAsJsonPrimitive();
			if (p.isString()) {
				return p.getAsString();
			}
			if (p.isBoolean()) {
				return p.getAsBoolean();
			}
			String number = p.getAsString();
			return number.indexOf('.') < 0 && number.indexOf('e') < 0 && number.indexOf('E') < 0 && number.length() < 19
					? (Object) Long.valueOf(number)
					: new BigDecimal(number);
		}
		if (e.isJsonArray()) {
			List<Object> list = new ArrayList<>(e.getAsJsonArray().size());
			for (JsonElement x : e.getAsJsonArray()) {
				list.add(plain(x));
			}
			return list;
		}
		Map<String, Object> map = new LinkedHashMap<>();
		for (Map.Entry<String, JsonElement> field : e.getAsJsonObject().entrySet()) {
			map.put(field.getKey(), plain(field.getValue()));
		}
		return map;
	}

	/** jsonl, doccano: one JSON object per line and report. */
	private static final class JsonLines extends SameContent {
		private final String suffix;

		JsonLines(Path input, String suffix, Path folder) {
			super(input, folder);
			this.suffix = suffix;
		}

		@Override
		Object read(SyntheticReports.Item item) throws IOException {
			String line = reader(item.split(), suffix).readLine();
			if (line == null) {
				throw new IOException("no line for report " + item.report().getId());
			}
			return plain(JsonParser.parseString(line));
		}
	}

	/** conll: a -DOCSTART- line and a blank line, then token lines, a blank line after each sentence. */
	private static final class Conll extends SameContent {
		private static final String DOCSTART = "-DOCSTART- -X- -X- O";
		private final Map<String, String> pending = new HashMap<>();

		Conll(Path input, Path folder) {
			super(input, folder);
		}

		@Override
		Object read(SyntheticReports.Item item) throws IOException {
			BufferedReader in = reader(item.split(), ".conll");
			String line = pending.containsKey(item.split()) ? pending.remove(item.split()) : in.readLine();
			if (!DOCSTART.equals(line)) {
				throw new IOException("no -DOCSTART- for report " + item.report().getId() + ": " + line);
			}
			List<List<String[]>> sentences = new ArrayList<>();
			List<String[]> sentence = new ArrayList<>();
			while ((line = in.readLine()) != null && !line.equals(DOCSTART)) {
				if (line.isEmpty()) {
					if (!sentence.isEmpty()) {
						sentences.add(sentence);
						sentence = new ArrayList<>();
					}
				} else {
					sentence.add(line.split(" ", 4));
				}
			}
			if (!sentence.isEmpty()) {
				sentences.add(sentence);
			}
			if (line != null) {
				pending.put(item.split(), line);
			}
			return Map.of("sentences", sentences);
		}
	}

	/** chars, chars-bmes: a line per non-blank code point, a blank line after each sentence, nothing between reports. */
	private static final class Chars extends SameContent {
		private final String suffix;

		Chars(Path input, String suffix, Path folder) {
			super(input, folder);
			this.suffix = suffix;
		}

		@Override
		Object read(SyntheticReports.Item item) throws IOException {
			String text = item.report().getText();
			int characters = 0; // the format writes every non-blank code point, so this many lines are the report's
			for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
				int cp = text.codePointAt(i);
				if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
					characters++;
				}
			}
			BufferedReader in = reader(item.split(), suffix);
			List<List<String[]>> sentences = new ArrayList<>();
			List<String[]> sentence = new ArrayList<>();
			while (characters > 0) {
				String line = in.readLine();
				if (line == null) {
					throw new IOException("the characters of report " + item.report().getId() + " end early");
				}
				if (line.isEmpty()) {
					sentences.add(sentence);
					sentence = new ArrayList<>();
					continue;
				}
				int cut = line.offsetByCodePoints(0, 1);
				sentence.add(new String[] { line.substring(0, cut), line.substring(cut + 1) });
				characters--;
			}
			if (!sentence.isEmpty()) {
				sentences.add(sentence);
				in.readLine(); // the blank line after the last sentence
			}
			return Map.of("sentences", sentences);
		}
	}

	/** brat: ID.txt and ID.ann per report, in a folder per split. */
	private static final class Brat extends SameContent {
		private final Map<String, Path> splits = new HashMap<>();

		Brat(Path input, Path folder) {
			super(input, folder);
		}

		private record Document(String text, List<List<Object>> annotations) {
		}

		@Override
		Object read(SyntheticReports.Item item) throws IOException {
			Path dir = input.resolve(item.split());
			String id = item.report().getId(); // synthetic ids are hex: the file name as they are
			String text = Files.readString(dir.resolve(id + ".txt"), StandardCharsets.UTF_8);
			List<List<Object>> annotations = new ArrayList<>();
			for (String line : Files.readAllLines(dir.resolve(id + ".ann"), StandardCharsets.UTF_8)) {
				String[] tab = line.split("\t", 3);
				String[] words = tab[1].split(" ", 3);
				List<Object> fields = new ArrayList<>(4);
				fields.add(tab[0]);
				switch (line.charAt(0)) {
				case 'T' -> { // T1 <tab> ORG 0 4;5 7 <tab> text
					int space = tab[1].indexOf(' ');
					fields.add(tab[1].substring(0, space));
					List<List<Object>> offsets = new ArrayList<>(1);
					for (String fragment : tab[1].substring(space + 1).split(";")) {
						String[] be = fragment.split(" ");
						offsets.add(List.of(Integer.parseInt(be[0]), Integer.parseInt(be[1])));
					}
					fields.add(offsets);
					fields.add(tab[2]);
				}
				case 'A' -> { // A1 <tab> Status T1 accepted
					fields.add(words[0]);
					fields.add(words[1]);
					fields.add(words[2]);
				}
				case '#' -> { // #1 <tab> AnnotatorNotes T1 <tab> note
					fields.add(words[0]);
					fields.add(words[1]);
					fields.add(tab[2]);
				}
				default -> throw new IOException("unknown brat line " + line);
				}
				annotations.add(fields);
			}
			return new Document(text, annotations);
		}

		@Override
		void writeJson(SyntheticReports.Item item, Object content) throws IOException {
			Document document = (Document) content;
			Path dir = splits.get(item.split());
			if (dir == null) {
				dir = Files.createDirectories(folder.resolve(item.split()));
				splits.put(item.split(), dir);
			}
			String id = item.report().getId();
			try (Writer out = Files.newBufferedWriter(dir.resolve(id + ".txt.json"), StandardCharsets.UTF_8)) {
				JsonWriter json = new JsonWriter(out);
				json.beginObject().name("text").value(document.text()).endObject();
				json.flush();
			}
			try (Writer out = Files.newBufferedWriter(dir.resolve(id + ".ann.json"), StandardCharsets.UTF_8)) {
				JsonWriter json = new JsonWriter(out);
				json.beginObject().name("annotations");
				value(json, document.annotations());
				json.endObject();
				json.flush();
			}
		}
	}
}
