package org.reportbank.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** train, evaluate and recommend on the command line, on a corpus one annotator labeled organizations in. */
class RecommenderCommandsTest extends CliRun {

	private static final String[] SENTENCES = { "区司法局牵头开展普法宣传。", "区人民法院审理行政案件12件。", "区司法局组织执法培训。",
			"区人民法院和区司法局共同调解纠纷。", "区市场监管局查处案件8件。", "区市场监管局联合区司法局开展检查。", "区人民法院受理案件较多。",
			"区信访办接待群众来访。" };

	@TempDir
	Path dir;

	private String corpus;

	@BeforeEach
	void corpusWithOrganizationsLabeledBy李明() throws Exception {
		corpus = dir.resolve("corpus").toString();
		StringBuilder doccano = new StringBuilder();
		for (int i = 0; i < SENTENCES.length; i++) {
			String text = SENTENCES[i] + SENTENCES[(i + 1) % SENTENCES.length] + "第" + (i + 1) + "篇。";
			List<String> spans = new ArrayList<>();
			for (String name : List.of("区司法局", "区人民法院", "区市场监管局", "区信访办")) {
				for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
					spans.add("[" + at + ", " + (at + name.length()) + ", \"ORG\"]");
				}
			}
			doccano.append("{\"text\": \"").append(text).append("\", \"label\": [").append(String.join(", ", spans)).append("]}\n");
		}
		Path file = Files.writeString(dir.resolve("orgs.jsonl"), doccano.toString());
		assertEquals(0, run("import", "--doccano", file.toString(), "--annotator", "李明", "--corpus", corpus), err);
	}

	@Test
	void trainedModelsAreEvaluatedByReportAndSuggestUnderTheirNames() throws Exception {
		assertEquals(1, run("recommend", "--corpus", corpus), out);
		assertTrue(err.contains("train one first"), err);

		assertEquals(0, run("train", "--corpus", corpus, "--layer", "李明", "--labels", "ORG"), err);
		assertTrue(out.contains("string: trained on 8 reports") && out.contains("perceptron: trained on 8 reports"), out);
		assertTrue(Files.isRegularFile(Path.of(corpus, ".reportbank", "models", "perceptron.json")));

		assertEquals(0, run("evaluate", "--corpus", corpus, "--layer", "李明", "--labels", "ORG", "--folds", "4", "--format", "json"),
				err);
		JsonArray evaluations = JsonParser.parseString(out).getAsJsonObject().getAsJsonArray("evaluations");
		assertEquals(2, evaluations.size());
		for (JsonElement element : evaluations) {
			JsonObject evaluation = element.getAsJsonObject();
			assertEquals(4, evaluation.get("folds").getAsInt());
			assertEquals(10, evaluation.getAsJsonArray("learningCurve").size());
			assertTrue(evaluation.getAsJsonObject("perLabel").getAsJsonObject("ORG").get("tp").getAsInt() > 0, evaluation.toString());
		}
		assertEquals(0, run("evaluate", "--corpus", corpus, "--layer", "李明", "--recommender", "string"), err);
		assertTrue(out.startsWith("string on annotator:李明, 4 folds") || out.startsWith("string on annotator:李明, 5 folds"), out);
		assertTrue(out.contains("learning curve"), out);

		assertEquals(0, run("recommend", "--corpus", corpus), err);
		assertTrue(out.matches("(?s)8 reports, [1-9][0-9]* model suggestions from string, perceptron.*"), out);

		Path lossless = dir.resolve("corpus.jsonl");
		assertEquals(0, run("export", "--corpus", corpus, "--format", "jsonl", "--out", lossless.toString()), err);
		Map<String, Integer> tools = new TreeMap<>();
		for (String line : Files.readAllLines(lossless)) {
			collectModelTools(JsonParser.parseString(line), tools);
		}
		assertTrue(tools.containsKey("string"), "model suggestions in the JSONL name their recommender: " + tools);
		assertEquals(List.of(), tools.keySet().stream().filter(t -> !t.equals("string") && !t.equals("perceptron")).toList());
	}

	@Test
	void aLabelTheSetLacksAndALayerWithTooFewSpansAreRefusedByName() {
		assertEquals(1, run("train", "--corpus", corpus, "--layer", "李明", "--labels", "ORG,DEPARTMENT"));
		assertTrue(err.contains("DEPARTMENT"), err);
		assertEquals(1, run("train", "--corpus", corpus, "--layer", "王芳"));
		assertTrue(err.contains("too few spans") && err.contains("王芳") && err.contains("Nothing was trained"), err);
		assertFalse(Files.exists(Path.of(corpus, ".reportbank", "models", "string.json")));
		assertEquals(2, run("train", "--corpus", corpus, "--layer", "李明", "--recommender", "crf"));
		assertEquals(2, run("evaluate", "--corpus", corpus, "--layer", "李明", "--folds", "1"));
	}

	/** The tools of the spans whose origin is a model, anywhere in a JSONL line, with how often each occurs. */
	private static void collectModelTools(JsonElement element, Map<String, Integer> tools) {
		if (element.isJsonObject()) {
			JsonObject object = element.getAsJsonObject();
			if (object.has("origin") && object.get("origin").getAsString().equalsIgnoreCase("model") && object.has("tool")) {
				tools.merge(object.get("tool").getAsString(), 1, Integer::sum);
			}
			object.entrySet().forEach(e -> collectModelTools(e.getValue(), tools));
		} else if (element.isJsonArray()) {
			element.getAsJsonArray().forEach(e -> collectModelTools(e, tools));
		}
	}
}
