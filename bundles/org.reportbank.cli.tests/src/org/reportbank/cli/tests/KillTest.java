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
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.model.ReportEntry;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Kills import, pre-annotation, doccano import and export of a few hundred reports at random
 * moments (SIGKILL, as kill -9), and inside their commits at a random rename (a halt injected
 * where a kill is least likely to land by chance), and checks after each kill that the corpus is
 * consistent and either as before or as the whole command would have left it; then that the next
 * run completes. Rounds: {@code -Dreportbank.killtest.rounds=N} (default 4 random kills and 2
 * injected halts per command), seed {@code -Dreportbank.killtest.seed=S} (printed).
 */
class KillTest extends CliRun {

	private static final int REPORTS = 300;
	private static final int ROUNDS = Integer.getInteger("reportbank.killtest.rounds", 4);
	private static final int HALTS = Math.max(2, ROUNDS / 2);
	private static final long SEED = Long.getLong("reportbank.killtest.seed", System.nanoTime());
	private static final String HALT = "reportbank.faultinjection.commit=halt:";

	@TempDir
	static Path shared;

	@TempDir
	Path dir;

	private static Path inbox;
	private final Random random = new Random(SEED);

	/** Several hundred distinct reports: the beginnings of the sample reports, each with a sentence of its own. */
	@BeforeAll
	static void writeReports() throws IOException {
		System.out.println("KillTest seed " + SEED + ", " + ROUNDS + " kills and " + HALTS + " halts per command");
		inbox = Files.createDirectories(shared.resolve("inbox"));
		List<String> seeds = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of(seeds()))) {
			for (Path seed : files.sorted().toList()) {
				String text = Files.readString(seed, StandardCharsets.UTF_8);
				seeds.add(text.substring(0, text.indexOf('\n', Math.min(text.length() - 1, 3000)) + 1));
			}
		}
		for (int i = 0; i < REPORTS; i++) {
			Files.writeString(inbox.resolve(String.format("report-%03d.txt", i)),
					seeds.get(i % seeds.size()) + "本报告为第" + (i + 1) + "份，受理案件" + (i + 7) + "件。\n", StandardCharsets.UTF_8);
		}
	}

	/** A corpus of the reports, imported in this process. */
	private Path importedCorpus(String name) {
		Path corpus = dir.resolve(name);
		assertEquals(0, run("import", inbox.toString(), "--corpus", corpus.toString()), err);
		return corpus;
	}

	private Path copy(Path corpus, String name) throws IOException {
		return Snapshots.copy(corpus, dir.resolve(name));
	}

	/** How long the command takes uninterrupted, measured on a copy: random kills land within it. */
	private long millisOfAWholeRun(List<String> args, Path corpus) throws Exception {
		Path scratch = copy(corpus, "timing-" + random.nextInt(1_000_000));
		long start = System.nanoTime();
		ChildCli.Run run = ChildCli.start(dir.resolve("logs"), List.of(), with(args, corpus, scratch));
		assertEquals(0, run.waitFor(600), run.stderr());
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static String[] with(List<String> args, Path corpus, Path instead) {
		return args.stream().map(a -> a.equals(corpus.toString()) ? instead.toString() : a).toArray(String[]::new);
	}

	/**
	 * Kills the command at random moments, checking after each kill that the corpus is consistent
	 * and that {@code oldOrNew} holds; then halts it inside its commit on fresh copies (the new
	 * state must be finished by the next open); then runs it to the end.
	 */
	private void survivesKills(List<String> args, Path corpus, int renames, Predicate<CorpusInvariants.State> oldOrNew,
			Predicate<CorpusInvariants.State> complete) throws Exception {
		long whole = millisOfAWholeRun(args, corpus);
		Path pristine = copy(corpus, "pristine-" + random.nextInt(1_000_000));
		for (int round = 0; round < ROUNDS; round++) {
			long at = 100 + (long) (random.nextDouble() * whole);
			ChildCli.Run run = ChildCli.start(dir.resolve("logs"), List.of(), args.toArray(String[]::new));
			Thread.sleep(at);
			run.kill();
			CorpusInvariants.State state = CorpusInvariants.check(corpus);
			assertTrue(oldOrNew.test(state), "killed after " + at + " ms: neither the old state nor the new: " + state.reports()
					+ " reports");
		}
		for (int halt = 0; halt < HALTS; halt++) {
			Path fresh = copy(pristine, "halted-" + halt + "-" + random.nextInt(1_000_000));
			int before = random.nextInt(renames);
			ChildCli.Run run = ChildCli.start(dir.resolve("logs"), List.of(HALT + before), with(args, corpus, fresh));
			assertEquals(137, run.waitFor(600), "halted inside the commit, before rename " + (before + 1) + ": " + run.stderr());
			assertTrue(complete.test(CorpusInvariants.check(fresh)), "the next open finishes a commit halted before rename "
					+ (before + 1));
		}
		ChildCli.Run last = ChildCli.start(dir.resolve("logs"), List.of(), args.toArray(String[]::new));
		assertEquals(0, last.waitFor(600), last.stderr());
		assertTrue(complete.test(CorpusInvariants.check(corpus)), "the next run completes");
	}

	@Test
	void importKilledAtAnyMomentLeavesNoneOrAllAndTheNextRunCompletes() throws Exception {
		Path corpus = dir.resolve("corpus");
		assertEquals(0, run("import", inbox.resolve("report-000.txt").toString(), "--corpus", corpus.toString()), err);
		List<String> args = List.of("import", inbox.toString(), "--corpus", corpus.toString());
		// the report imported before, or all of them: never a part
		survivesKills(args, corpus, REPORTS, s -> s.reports() == 1 || s.reports() == REPORTS, s -> s.reports() == REPORTS);
	}

	@Test
	void preAnnotationKilledAtAnyMomentLeavesNoneOrAllAndTheNextRunCompletes() throws Exception {
		Path corpus = importedCorpus("corpus");
		List<String> args = List.of("annotate", "--corpus", corpus.toString(), "--threads", "2");
		// a layer per report, then the index (the report files are not rewritten)
		survivesKills(args, corpus, REPORTS + 1, s -> s.withLayer("preannotation") % REPORTS == 0,
				s -> s.withLayer("preannotation") == REPORTS);
	}

	@Test
	void doccanoImportKilledAtAnyMomentLeavesNoneOrAllAndTheNextRunCompletes() throws Exception {
		Path corpus = importedCorpus("corpus");
		Path doccano = dir.resolve("kim.jsonl");
		StringBuilder lines = new StringBuilder();
		for (ReportEntry entry : CorpusStore.open(corpus).entries()) {
			JsonObject line = new JsonObject();
			line.addProperty("id", entry.getId());
			line.addProperty("text", CorpusStore.open(corpus).loadReport(entry.getId()).getText());
			line.add("label", JsonParser.parseString("[[0, 2, \"ORG\"]]"));
			lines.append(line).append('\n');
		}
		Files.writeString(doccano, lines, StandardCharsets.UTF_8);
		List<String> args = List.of("import", "--doccano", doccano.toString(), "--annotator", "kim", "--corpus", corpus.toString());
		survivesKills(args, corpus, REPORTS + 1, s -> s.withLayer("kim") % REPORTS == 0, s -> s.withLayer("kim") == REPORTS);
	}

	@Test
	void exportKilledAtAnyMomentWritesAWholeFileOrNoneAndNeverChangesTheCorpus() throws Exception {
		Path corpus = importedCorpus("corpus");
		Map<String, String> before = Snapshots.of(corpus);
		Path exports = Files.createDirectories(dir.resolve("exports"));
		Path jsonl = exports.resolve("corpus.jsonl");
		Path dataset = exports.resolve("dataset");
		List<String> toJsonl = List.of("export", "--corpus", corpus.toString(), "--format", "jsonl", "--out", jsonl.toString(), "--force");
		List<String> toDataset = List.of("export", "--corpus", corpus.toString(), "--format", "conll,brat,doccano", "--layer",
				"accepted", "--split", "8:1:1", "--out", dataset.toString());
		for (List<String> args : List.of(toJsonl, toDataset)) {
			long whole = millisOfExport(args, exports);
			for (int round = 0; round < ROUNDS; round++) {
				long at = 100 + (long) (random.nextDouble() * whole);
				ChildCli.Run run = ChildCli.start(dir.resolve("logs"), List.of(), args.toArray(String[]::new));
				Thread.sleep(at);
				run.kill();
				if (Files.exists(jsonl)) {
					assertWholeJsonl(jsonl);
				}
				if (Files.exists(dataset)) {
					assertTrue(Files.isRegularFile(dataset.resolve("README.md")), "a dataset folder appears only complete");
					deleteTree(dataset); // as a person starting over would
				}
			}
			ChildCli.Run last = ChildCli.start(dir.resolve("logs"), List.of(), args.toArray(String[]::new));
			assertEquals(0, last.waitFor(600), last.stderr());
		}
		assertWholeJsonl(jsonl);
		try (Stream<Path> left = Files.list(exports)) {
			List<String> names = left.map(p -> p.getFileName().toString()).sorted().toList();
			assertEquals(List.of("corpus.jsonl", "dataset"), names, "a finished export removes what killed ones left");
		}
		assertEquals(before, Snapshots.of(corpus), "an export never changes the corpus");
	}

	private long millisOfExport(List<String> args, Path exports) throws Exception {
		long start = System.nanoTime();
		ChildCli.Run run = ChildCli.start(dir.resolve("logs"), List.of(), args.toArray(String[]::new));
		assertEquals(0, run.waitFor(600), run.stderr());
		long millis = (System.nanoTime() - start) / 1_000_000;
		Path out = Path.of(args.get(args.indexOf("--out") + 1));
		if (Files.isDirectory(out)) {
			deleteTree(out);
		}
		return millis;
	}

	private static void assertWholeJsonl(Path jsonl) throws IOException {
		List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
		assertEquals(REPORTS, lines.size(), "a JSONL export appears only complete");
		for (String line : lines) {
			assertFalse(JsonParser.parseString(line).getAsJsonObject().get("id").getAsString().isEmpty());
		}
	}

	private static void deleteTree(Path dir) throws IOException {
		org.reportbank.core.store.Folders.deleteTree(dir);
	}
}
