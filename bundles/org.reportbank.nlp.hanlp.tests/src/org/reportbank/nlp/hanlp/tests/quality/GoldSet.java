package org.reportbank.nlp.hanlp.tests.quality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The hand-made gold sentences of {@code resources/gold/sentences.jsonl}: one JSON object a line,
 * {@code {"text": …, "metrics": [{"text", "value", "unit"}, …], "orgs": [ … ]}}. Every metric
 * {@code text} and every org must occur in the sentence; a line that breaks that is an error of
 * the gold set, reported with its line number.
 */
public final class GoldSet {

	/** Where the gold set lives, relative to the repository root. */
	public static final String RESOURCE = "bundles/org.reportbank.nlp.hanlp.tests/resources/gold/sentences.jsonl";

	/** A quantity as the guidelines define it: the covered text, its value and its unit as written. */
	public record GoldMetric(String text, BigDecimal value, String unit) {
	}

	/** One sentence with everything it should yield; {@code line} is its 1-based line in the file. */
	public record GoldSentence(int line, String text, List<GoldMetric> metrics, List<String> orgs) {
	}

	/**
	 * The held-out sets of people and place-named bodies, relative to the repository root: the first
	 * was looked at while the finders were changed, the second was written after and measured blind.
	 */
	public static final List<String> PEOPLE_RESOURCES = List.of("bundles/org.reportbank.nlp.hanlp.tests/resources/gold/people.jsonl",
			"bundles/org.reportbank.nlp.hanlp.tests/resources/gold/people-2.jsonl");

	/** One sentence of the people set: every person's name (PER, without title) and every org. */
	public record PeopleSentence(int line, String text, List<String> people, List<String> orgs) {
	}

	private GoldSet() {
	}

	/** Loads one people set of this repository ({@code {"text", "people": [...], "orgs": [...]}} a line). */
	public static List<PeopleSentence> loadPeople(String resource) throws IOException {
		Path file = repositoryRoot().resolve(resource);
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return read(reader, file.toString(), GoldSet::peopleSentence);
		}
	}

	/** The repository root: the {@code reportbank.root} system property, else {@code ../..}. */
	public static Path repositoryRoot() {
		return Path.of(System.getProperty("reportbank.root", "../.."));
	}

	/** The gold file of this repository. */
	public static Path defaultPath() {
		return repositoryRoot().resolve(RESOURCE);
	}

	/** Loads the gold set of this repository. */
	public static List<GoldSentence> load() throws IOException {
		return load(defaultPath());
	}

	public static List<GoldSentence> load(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return read(reader, file.toString(), GoldSet::sentence);
		}
	}

	/** Reads JSONL gold from a string (for tests). */
	public static List<GoldSentence> parse(String jsonl) {
		try {
			return read(new StringReader(jsonl), "<string>", GoldSet::sentence);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static <T> List<T> read(Reader reader, String source, BiFunction<Integer, JsonObject, T> sentence) throws IOException {
		List<T> sentences = new ArrayList<>();
		BufferedReader lines = new BufferedReader(reader);
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
			try {
				sentences.add(sentence.apply(number, JsonParser.parseString(line).getAsJsonObject()));
			} catch (JsonParseException | IllegalStateException | IllegalArgumentException | NullPointerException e) {
				throw new IllegalArgumentException(source + ":" + number + ": " + e.getMessage(), e);
			}
		}
		return List.copyOf(sentences);
	}

	private static GoldSentence sentence(int line, JsonObject object) {
		String text = required(object, "text");
		List<GoldMetric> metrics = new ArrayList<>();
		for (JsonElement element : array(object, "metrics")) {
			JsonObject m = element.getAsJsonObject();
			String covered = required(m, "text");
			String unit = required(m, "unit");
			BigDecimal value;
			try {
				value = new BigDecimal(required(m, "value"));
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException("metric " + covered + ": value is not a decimal: " + m.get("value"));
			}
			if (!text.contains(covered)) {
				throw new IllegalArgumentException("metric text " + covered + " does not occur in the sentence");
			}
			metrics.add(new GoldMetric(covered, value, unit));
		}
		return new GoldSentence(line, text, List.copyOf(metrics), texts(object, "orgs", text));
	}

	private static PeopleSentence peopleSentence(int line, JsonObject object) {
		String text = required(object, "text");
		return new PeopleSentence(line, text, texts(object, "people", text), texts(object, "orgs", text));
	}

	/** The texts of an array member, each of which must occur in the sentence. */
	private static List<String> texts(JsonObject object, String member, String text) {
		List<String> texts = new ArrayList<>();
		for (JsonElement element : array(object, member)) {
			String covered = element.getAsString();
			if (covered.isEmpty() || !text.contains(covered)) {
				throw new IllegalArgumentException(member + " " + covered + " does not occur in the sentence");
			}
			texts.add(covered);
		}
		return List.copyOf(texts);
	}

	private static String required(JsonObject object, String member) {
		JsonElement element = object.get(member);
		if (element == null || element.isJsonNull()) {
			throw new IllegalArgumentException("missing \"" + member + "\"");
		}
		return element.getAsString();
	}

	private static JsonArray array(JsonObject object, String member) {
		JsonElement element = object.get(member);
		return element == null || element.isJsonNull() ? new JsonArray() : element.getAsJsonArray();
	}
}
