package org.reportbank.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.Folders;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.Span;
import org.reportbank.model.SpanOrigin;
import org.reportbank.model.SpanStatus;

/**
 * Mutated real exports and corpus files, fed to the commands a user runs on files from others.
 * Whatever the mutation: no file outside the corpus changes, no stack trace reaches the user, the
 * exit code is a documented one, a refused import changes nothing, and an accepted one leaves a
 * consistent corpus. Iterations per kind of input: {@code -Dreportbank.fuzz.iterations=N}
 * (default 120), seed {@code -Dreportbank.fuzz.seed=S} (printed).
 */
class FuzzTest extends CliRun {

	private static final int ITERATIONS = Integer.getInteger("reportbank.fuzz.iterations", 120);
	private static final long SEED = Long.getLong("reportbank.fuzz.seed", System.nanoTime());
	private static final Set<Integer> DOCUMENTED_EXIT_CODES = Set.of(0, 1, 2, 3, 130);
	private static final Pattern STACK_TRACE = Pattern.compile("\\n\\s+at [\\w.$]+\\(|Exception in thread|Caused by:|\\.java:\\d+\\)");

	/** Values a hostile or careless file might hold where another belongs. */
	private static final List<String> JSON_VALUES = List.of("\"../../x\"", "\"/etc/passwd\"", "\"gold\"", "\"preannotation\"",
			"\"rep 1\"", "1e10", "-1", "99999999999", "2021.9", "\"\\u0000\"", "\"\\uFFFE\"", "\"\\uD800\"", "{}", "[]", "null", "true",
			"\"\"", "1e999999999", "\"" + "长".repeat(300) + "\"", "[".repeat(2000), "{\"a\":".repeat(500) + "1");
	private static final List<String> XML_PIECES = List.of("<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", "&a;", "&#0;",
			"<metrics href=\"../../../../outside/x.xmi#m1\"/>", "id=\"../../x\"", "end=\"99999999\"", "begin=\"-5\"",
			"<children>".repeat(200), "xsi:type=\"rb:Corpus\"", "id=\"gold\"", "kind=\"gold\"", "\u0000", "]]>", "<");

	@TempDir
	static Path shared;

	@TempDir
	Path dir;

	private static Path source;
	private static String jsonl;
	private static String doccano;
	private final Random random = new Random(SEED);
	/** Exit code → how often: the mutations must reach both the accepting and the refusing paths. */
	private final Map<Integer, Integer> outcomes = new java.util.TreeMap<>();

	/** A real corpus (the seeds, pre-annotated, with an annotator's decisions and a claim citing a metric) and its exports. */
	@BeforeAll
	static void realCorpusAndExports() throws Exception {
		System.out.println("FuzzTest seed " + SEED + ", " + ITERATIONS + " iterations per input");
		CliRun cli = new CliRun();
		source = shared.resolve("source");
		assertEquals(0, cli.run("import", seeds(), "--corpus", source.toString()), cli.err);
		assertEquals(0, cli.run("annotate", "--corpus", source.toString(), "--threads", "2"), cli.err);
		CorpusStore store = CorpusStore.open(source);
		Report report = store.loadReport(store.entries().get(0).getId());
		Layer suggestions = report.getLayers().stream().filter(l -> l.getKind() == LayerKind.PREANNOTATION).findFirst().orElseThrow();
		Layer human = ReportbankFactory.eINSTANCE.createLayer();
		human.setId("王芳");
		human.setKind(LayerKind.ANNOTATOR);
		human.setAnnotator("王芳");
		for (Span suggestion : suggestions.getSpans().subList(0, 6)) {
			Span decision = ReportbankFactory.eINSTANCE.createSpan();
			decision.setId("王芳-" + suggestion.getId());
			decision.setBegin(suggestion.getBegin());
			decision.setEnd(suggestion.getEnd());
			decision.setLabel(suggestion.getLabel());
			decision.setOrigin(SpanOrigin.HUMAN);
			decision.setStatus(SpanStatus.ACCEPTED);
			decision.setBasedOn(suggestion.getId());
			human.getSpans().add(decision);
		}
		report.getLayers().add(human);
		store.save(report);
		Path jsonlFile = shared.resolve("real.jsonl");
		assertEquals(0, cli.run("export", "--corpus", source.toString(), "--format", "jsonl", "--out", jsonlFile.toString()), cli.err);
		jsonl = Files.readString(jsonlFile, StandardCharsets.UTF_8);
		Path dataset = shared.resolve("dataset");
		assertEquals(0, cli.run("export", "--corpus", source.toString(), "--format", "doccano", "--layer", "王芳", "--out",
				dataset.toString()), cli.err);
		try (Stream<Path> files = Files.walk(dataset.resolve("doccano"))) {
			StringBuilder all = new StringBuilder();
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				all.append(Files.readString(file, StandardCharsets.UTF_8));
			}
			doccano = all.toString();
		}
		assertFalse(doccano.isBlank());
	}

	@Test
	void mutatedJsonlExportsAreImportedWholeOrRefusedWithoutATrace() throws Exception {
		for (int i = 0; i < ITERATIONS; i++) {
			Path corpus = freshCorpus(i % 3 == 0);
			Path input = dir.resolve("input-" + i + ".jsonl");
			Files.writeString(input, mutateJson(jsonl), StandardCharsets.UTF_8);
			importAndCheck(corpus, input, "import", "--jsonl", input.toString(), "--corpus", corpus.toString());
		}
		assertBothPathsReached("JSONL import");
	}

	@Test
	void mutatedDoccanoExportsAreImportedWholeOrRefusedWithoutATrace() throws Exception {
		for (int i = 0; i < ITERATIONS; i++) {
			Path corpus = freshCorpus(i % 2 == 0);
			Path input = dir.resolve("input-" + i + ".jsonl");
			Files.writeString(input, mutateJson(doccano), StandardCharsets.UTF_8);
			String annotator = i % 10 == 0 ? "gold" : "kim";
			importAndCheck(corpus, input, "import", "--doccano", input.toString(), "--annotator", annotator, "--corpus", corpus.toString());
		}
		assertBothPathsReached("doccano import");
	}

	@Test
	void mutatedCorpusFilesAreNamedAndNeverLeadOutOfTheCorpus() throws Exception {
		List<Path> files = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(source)) {
			walk.filter(p -> p.toString().endsWith(".xmi")).sorted().forEach(p -> files.add(source.relativize(p)));
		}
		for (int i = 0; i < ITERATIONS; i++) {
			Path corpus = Snapshots.copy(source, dir.resolve("corpus-" + i));
			Path victim = corpus.resolve(files.get(random.nextInt(files.size())).toString());
			Files.writeString(victim, mutateXml(Files.readString(victim, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
			Map<String, String> outside = outside();
			Map<String, String> before = Snapshots.of(corpus);
			Path out = dir.resolve("out-" + i + ".jsonl");
			for (String[] command : List.of(new String[] { "stats", "--corpus", corpus.toString() },
					new String[] { "check", "--corpus", corpus.toString() },
					new String[] { "agreement", "--corpus", corpus.toString() },
					new String[] { "export", "--corpus", corpus.toString(), "--format", "jsonl", "--out", out.toString() })) {
				int code = run(command);
				assertClean(code, command[0] + " on a mutated " + corpus.relativize(victim));
				Files.deleteIfExists(out);
				assertEquals(before, Snapshots.of(corpus), command[0] + " reads only");
			}
			assertEquals(outside, outside(), "nothing outside the corpus changed");
			Folders.deleteTree(corpus);
		}
		assertBothPathsReached("commands on mutated corpus files");
	}

	private void assertBothPathsReached(String what) {
		System.out.println("FuzzTest " + what + ": exit codes " + outcomes);
		assertTrue(outcomes.getOrDefault(0, 0) > 0, what + ": no mutation was accepted " + outcomes);
		assertTrue(outcomes.keySet().stream().anyMatch(c -> c != 0), what + ": no mutation was refused " + outcomes);
	}

	private void importAndCheck(Path corpus, Path input, String... command) throws Exception {
		Map<String, String> before = Snapshots.of(corpus);
		Map<String, String> outside = outside();
		int code = run(command);
		assertClean(code, String.join(" ", command).replace(dir.toString(), ""));
		assertEquals(outside, outside(), "nothing outside the corpus changed");
		if (code == 1 || code == 2) {
			assertEquals(before, Snapshots.of(corpus), "a refused import changes nothing: " + err);
		} else {
			CorpusInvariants.check(corpus);
		}
		Folders.deleteTree(corpus);
		Files.delete(input);
	}

	private void assertClean(int code, String what) {
		outcomes.merge(code, 1, Integer::sum);
		assertTrue(DOCUMENTED_EXIT_CODES.contains(code), what + ": exit code " + code + "\n" + err);
		Matcher trace = STACK_TRACE.matcher(out + err);
		assertFalse(trace.find(), what + ": a stack trace reached the user:\n" + err);
		assertTrue(err.length() < 20_000, what + ": " + err.length() + " characters of messages (a text dumped?)");
	}

	/** Everything in the test folder but the corpora and inputs under test: the files a hostile input must never touch. */
	private Map<String, String> outside() throws IOException {
		Map<String, String> all = Snapshots.of(dir.getParent().resolve(dir.getFileName()));
		all.keySet().removeIf(p -> p.startsWith("corpus") || p.startsWith("input-") || p.startsWith("out-"));
		all.putAll(Snapshots.of(shared));
		return all;
	}

	private Path freshCorpus(boolean withReports) throws IOException {
		Path corpus = dir.resolve("corpus");
		Folders.deleteTree(corpus);
		if (withReports) {
			return Snapshots.copy(source, corpus);
		}
		assertEquals(0, run("import", Path.of(seeds()).resolve("004_da950378957249dd.txt").toString(), "--corpus", corpus.toString()), err);
		return corpus;
	}

	private static final Pattern JSON_VALUE = Pattern
			.compile("\"(?:[^\"\\\\]++|\\\\.)*+\"|-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|\\[\\]|\\{\\}|null|true|false");

	/** One to three mutations of JSON lines: a value replaced by a hostile one, bytes flipped, ranges cut or doubled, lines spliced. */
	private String mutateJson(String text) {
		String mutated = text;
		for (int n = 1 + random.nextInt(3); n > 0; n--) {
			switch (random.nextInt(6)) {
			case 0, 1 -> mutated = replaceRandomMatch(mutated, JSON_VALUE, JSON_VALUES.get(random.nextInt(JSON_VALUES.size())));
			case 2 -> mutated = flip(mutated);
			case 3 -> mutated = cut(mutated);
			case 4 -> mutated = duplicate(mutated);
			default -> mutated = spliceLines(mutated);
			}
		}
		return mutated;
	}

	private static final Pattern XML_ATTRIBUTE = Pattern.compile("[a-zA-Z:]+=\"[^\"]*\"");

	/** One to three mutations of an XMI file: an attribute or a piece of hostile XML put in, bytes flipped, ranges cut or doubled. */
	private String mutateXml(String text) {
		String mutated = text;
		for (int n = 1 + random.nextInt(3); n > 0; n--) {
			switch (random.nextInt(5)) {
			case 0, 1 -> mutated = replaceRandomMatch(mutated, XML_ATTRIBUTE, XML_PIECES.get(random.nextInt(XML_PIECES.size())));
			case 2 -> mutated = insert(mutated, XML_PIECES.get(random.nextInt(XML_PIECES.size())));
			case 3 -> mutated = cut(mutated);
			default -> mutated = duplicate(mutated);
			}
		}
		return mutated;
	}

	private String replaceRandomMatch(String text, Pattern pattern, String replacement) {
		List<int[]> matches = new ArrayList<>();
		Matcher m = pattern.matcher(text);
		while (m.find() && matches.size() < 5000) {
			matches.add(new int[] { m.start(), m.end() });
		}
		if (matches.isEmpty()) {
			return text;
		}
		int[] at = matches.get(random.nextInt(matches.size()));
		return text.substring(0, at[0]) + replacement + text.substring(at[1]);
	}

	private String insert(String text, String piece) {
		int at = random.nextInt(text.length() + 1);
		return text.substring(0, at) + piece + text.substring(at);
	}

	private String flip(String text) {
		if (text.isEmpty()) {
			return text;
		}
		int at = random.nextInt(text.length());
		char[] chars = text.toCharArray();
		chars[at] = (char) (chars[at] ^ (1 << random.nextInt(8)));
		return new String(chars);
	}

	private String cut(String text) {
		if (text.isEmpty()) {
			return text;
		}
		int from = random.nextInt(text.length());
		int to = Math.min(text.length(), from + 1 + random.nextInt(200));
		return text.substring(0, from) + text.substring(to);
	}

	private String duplicate(String text) {
		if (text.isEmpty()) {
			return text;
		}
		int from = random.nextInt(text.length());
		int to = Math.min(text.length(), from + 1 + random.nextInt(200));
		return text.substring(0, to) + text.substring(from, to) + text.substring(to);
	}

	private String spliceLines(String text) {
		List<String> lines = new ArrayList<>(text.lines().toList());
		if (lines.size() < 2) {
			return text;
		}
		int a = random.nextInt(lines.size());
		int b = random.nextInt(lines.size());
		lines.set(a, lines.get(a).substring(0, random.nextInt(lines.get(a).length() + 1))
				+ lines.get(b).substring(random.nextInt(lines.get(b).length() + 1)));
		return String.join("\n", lines) + "\n";
	}
}
