package org.reportbank.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.model.Label;
import org.reportbank.model.LabelCategory;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The label set managed on the command line: listed, added to with defaults, removed; every refusal changes nothing. */
class LabelsCommandTest extends CliRun {

	@TempDir
	Path dir;

	private Path corpus;

	/** A corpus with the default labels and one report whose 李明 layer has two METRIC spans. */
	@BeforeEach
	void corpusWithAMetricLayer() throws Exception {
		corpus = dir.resolve("corpus");
		Path doccano = Files.writeString(dir.resolve("d.jsonl"),
				"{\"text\": \"全年受理行政复议申请68件，败诉率4%。\", \"label\": [[10, 13, \"METRIC\"], [17, 19, \"METRIC\"]]}\n");
		assertEquals(0, run("import", "--doccano", doccano.toString(), "--annotator", "李明", "--corpus", corpus.toString()), err);
	}

	private String c() {
		return corpus.toString();
	}

	private Label label(String name) throws Exception {
		return CorpusStore.open(corpus).corpus().getLabelSet().getLabels().stream().filter(l -> l.getName().equals(name)).findFirst()
				.orElse(null);
	}

	private void assertRefused(Map<String, String> before, String... words) throws Exception {
		assertEquals(2, run(argsOf(words)), err);
		assertEquals(before, Snapshots.of(corpus), "nothing changed in the corpus after: " + err);
		assertFalse(err.contains("\tat "), err);
	}

	private String[] argsOf(String... args) {
		String[] all = new String[args.length + 3];
		all[0] = "labels";
		all[1] = "--corpus";
		all[2] = c();
		System.arraycopy(args, 0, all, 3, args.length);
		return all;
	}

	@Test
	void listsTheLabelsAsTextAndJson() {
		assertEquals(0, run("labels", "--corpus", c()), err);
		assertTrue(out.lines().anyMatch(l -> l.startsWith("ORG ") && l.contains("entity") && l.contains("#332288")
				&& l.contains("区司法局")), out);
		assertTrue(out.lines().anyMatch(l -> l.startsWith("PLAN ") && l.contains("claim") && l.contains(" 9 ")), out);

		assertEquals(0, run("labels", "--corpus", c(), "--format", "json"), err);
		JsonArray labels = JsonParser.parseString(out).getAsJsonObject().getAsJsonArray("labels");
		assertEquals(9, labels.size());
		JsonObject metric = labels.get(5).getAsJsonObject();
		assertEquals("METRIC", metric.get("name").getAsString());
		assertEquals("metric", metric.get("category").getAsString());
		assertEquals("6", metric.get("key").getAsString());
		assertEquals("#e69f00", metric.get("color").getAsString());
	}

	@Test
	void anAddedLabelTakesTheFirstFreeKeyAndAnUnusedPaletteColor() throws Exception {
		assertEquals(0, run("labels", "--corpus", c(), "--remove", "LOC"), err);
		assertEquals(0, run("labels", "--corpus", c(), "--add", "COURT", "--category", "entity", "--guideline", "A court."), err);
		assertTrue(out.contains("added COURT (entity, key 3, color #56b4e9)"), out);
		Label court = label("COURT");
		assertEquals(LabelCategory.ENTITY, court.getCategory());
		assertEquals("3", court.getShortcut(), "the key LOC left free");
		assertEquals("#56b4e9", court.getColor(), "the palette color LOC left unused");
		assertEquals("A court.", court.getGuideline());

		assertEquals(0, run("labels", "--corpus", c(), "--add", "RATE", "--category", "metric"), err);
		assertEquals(null, label("RATE").getShortcut(), "1-9 are all taken: no key");
		assertEquals("#009e73", label("RATE").getColor(), "the first palette color after the default labels'");

		assertEquals(0, run("labels", "--corpus", c(), "--add", "FEE", "--category", "metric", "--key", "f", "--color", "#ABCDEF"),
				err);
		assertEquals("f", label("FEE").getShortcut());
		assertEquals("#abcdef", label("FEE").getColor());
		assertEquals(0, run("labels", "--corpus", c()), err);
		assertTrue(out.lines().anyMatch(l -> l.startsWith("FEE ") && l.contains("metric")), out);
	}

	@Test
	void everyBadAddIsRefusedByNameAndChangesNothing() throws Exception {
		Map<String, String> before = Snapshots.of(corpus);
		assertRefused(before, "--add", "ORG", "--category", "entity");
		assertTrue(err.contains("already has a label ORG"), err);
		assertRefused(before, "--add", "TWO WORDS", "--category", "entity");
		assertTrue(err.contains("one word"), err);
		assertRefused(before, "--add", " ", "--category", "entity");
		assertTrue(err.contains("no name"), err);
		assertRefused(before, "--add", "X".repeat(41), "--category", "entity");
		assertTrue(err.contains("at most 40"), err);
		assertRefused(before, "--add", "COURT", "--category", "entity", "--key", "1");
		assertTrue(err.contains("the key \"1\" is taken by ORG"), err);
		assertRefused(before, "--add", "COURT", "--category", "entity", "--key", "N");
		assertTrue(err.contains("editor's own key"), err);
		assertRefused(before, "--add", "COURT", "--category", "entity", "--key", "ab");
		assertTrue(err.contains("one key"), err);
		assertRefused(before, "--add", "COURT", "--category", "entity", "--color", "red");
		assertTrue(err.contains("#RRGGBB, not \"red\""), err);
		assertRefused(before, "--add", "COURT", "--category", "person");
		assertTrue(err.contains("entity, metric or claim"), err);
		assertRefused(before, "--add", "COURT");
		assertTrue(err.contains("--category is required"), err);
		assertRefused(before, "--add", "COURT", "--category", "entity", "--remove", "ORG");
		assertTrue(err.contains("not both"), err);
		assertRefused(before, "--key", "q");
		assertTrue(err.contains("--key goes with --add"), err);
		assertRefused(before, "--format", "yaml");
		assertTrue(err.contains("text or json"), err);
	}

	@Test
	void aLabelInUseIsRemovedOnlyWithForce() throws Exception {
		Map<String, String> before = Snapshots.of(corpus);
		assertRefused(before, "--remove", "METRIC");
		assertTrue(err.contains("label METRIC is used by 2 spans in 1 report"), err);
		assertTrue(err.contains("--force"), err);
		assertRefused(before, "--remove", "NOSUCH");
		assertTrue(err.contains("no label \"NOSUCH\" (it has: ORG, PER, LOC"), err);
		assertRefused(before, "--force");
		assertTrue(err.contains("--force goes with --remove"), err);

		assertEquals(0, run("labels", "--corpus", c(), "--remove", "METRIC", "--force"), err);
		assertTrue(out.contains("removed METRIC"), out);
		assertEquals(null, label("METRIC"));
		CorpusStore store = CorpusStore.open(corpus);
		assertEquals(List.of("METRIC", "METRIC"), store.loadReport(store.entries().get(0).getId()).getLayers().get(0).getSpans()
				.stream().map(s -> s.getLabel()).toList(), "the spans keep their label");
	}

	@Test
	void anUnusedLabelIsRemovedWithoutForce() throws Exception {
		assertEquals(0, run("labels", "--corpus", c(), "--remove", "PLAN"), err);
		assertEquals(null, label("PLAN"));
		assertEquals(8, CorpusStore.open(corpus).corpus().getLabelSet().getLabels().size());
	}

	@Test
	void aCorpusThatIsNotThereIsAFailure() {
		assertEquals(1, run("labels", "--corpus", dir.resolve("nowhere").toString()));
		assertTrue(err.contains("is not a Reportbank corpus"), err);
	}

	@Test
	void anUnknownLabelInADoccanoImportIsRefusedByLine() throws Exception {
		Map<String, String> before = Snapshots.of(corpus);
		Path doccano = Files.writeString(dir.resolve("unknown.jsonl"), "{\"text\": \"区司法局受理68件。\", \"label\": [[0, 4, \"ORG\"]]}\n"
				+ "{\"text\": \"市公安局。\", \"label\": [[0, 4, \"AGENCY\"]]}\n");
		assertEquals(1, run("import", "--doccano", doccano.toString(), "--annotator", "王芳", "--corpus", c()), err);
		assertTrue(err.contains(doccano + ":2: unknown label \"AGENCY\" (the corpus has: ORG, PER, LOC"), err);
		assertEquals(before, Snapshots.of(corpus));

		assertEquals(0, run("labels", "--corpus", c(), "--add", "AGENCY", "--category", "entity"), err);
		assertEquals(0, run("import", "--doccano", doccano.toString(), "--annotator", "王芳", "--corpus", c()), err);
	}
}
