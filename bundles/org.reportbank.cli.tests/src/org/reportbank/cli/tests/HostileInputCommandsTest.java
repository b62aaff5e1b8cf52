package org.reportbank.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.cli.Cli;
import org.reportbank.core.store.CorpusStore;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The commands a user reported as escaping the corpus folder, destroying work or claiming that
 * nothing changed when something did, each run on a fixture built for it.
 */
class HostileInputCommandsTest extends CliRun {

	@TempDir
	Path dir;

	private Path corpus;
	private Path outside;

	@BeforeEach
	void seedsImported() throws Exception {
		corpus = dir.resolve("corpus");
		outside = Files.createDirectories(dir.resolve("outside"));
		Files.writeString(outside.resolve("precious.txt"), "not yours", StandardCharsets.UTF_8);
		assertEquals(0, run("import", seeds(), "--corpus", corpus.toString()), err);
	}

	private String firstId() throws Exception {
		return CorpusStore.open(corpus).entries().get(0).getId();
	}

	/** One line of a real lossless export with a field changed. */
	private Path jsonlWith(String field, String jsonValue) throws Exception {
		Path export = dir.resolve("export.jsonl");
		assertEquals(0, run("export", "--corpus", corpus.toString(), "--format", "jsonl", "--out", export.toString()), err);
		JsonObject line = JsonParser.parseString(Files.readAllLines(export, StandardCharsets.UTF_8).get(0)).getAsJsonObject();
		Files.delete(export);
		line.add(field, JsonParser.parseString(jsonValue));
		Path file = dir.resolve("crafted.jsonl");
		Files.writeString(file, line + "\n", StandardCharsets.UTF_8);
		return file;
	}

	private void assertRefusedAndNothingChanged(Map<String, String> before, String... words) throws Exception {
		assertFalse(err.contains("\tat "), err);
		for (String word : words) {
			assertTrue(err.contains(word), "\"" + word + "\" in: " + err);
		}
		assertEquals(before, Snapshots.of(corpus), "nothing changed in the corpus");
		assertEquals("not yours", Files.readString(outside.resolve("precious.txt"), StandardCharsets.UTF_8));
	}

	@Test
	void aJsonlReportIdThatIsAPathIsRefusedAndNothingIsWrittenAnywhere() throws Exception {
		Path empty = dir.resolve("empty-corpus");
		for (String id : List.of("\"../../outside/x\"", "\"" + outside.resolve("y").toAbsolutePath() + "\"")) {
			Path file = jsonlWith("id", id);
			assertEquals(1, run("import", "--jsonl", file.toString(), "--corpus", empty.toString()), err);
			assertTrue(err.contains("crafted.jsonl:1:") && err.contains("not a Reportbank id"), err);
		}
		try (var list = Files.list(outside)) {
			assertEquals(List.of("precious.txt"), list.map(p -> p.getFileName().toString()).toList());
		}
	}

	@Test
	void aMistypedImportFileIsNamedAndNoCorpusIsCreatedForIt() throws Exception {
		Path nowhere = dir.resolve("not-yet-a-corpus");
		for (String option : List.of("--jsonl", "--doccano")) {
			List<String> args = new java.util.ArrayList<>(List.of("import", option, dir.resolve("typo.jsonl").toString(), "--corpus",
					nowhere.toString()));
			if (option.equals("--doccano")) {
				args.addAll(List.of("--annotator", "kim"));
			}
			assertEquals(1, run(args.toArray(String[]::new)), err);
			assertTrue(err.contains("typo.jsonl does not exist; nothing was imported"), err);
			assertFalse(Files.exists(nowhere), "no empty corpus left behind");
		}
	}

	@Test
	void anImportThatTakesNothingInLeavesNoCorpusInAFolderItMade() throws Exception {
		Path export = dir.resolve("all.jsonl");
		assertEquals(0, run("export", "--corpus", corpus.toString(), "--format", "jsonl", "--out", export.toString()), err);
		Path nowhere = dir.resolve("new-corpus");
		assertEquals(3, run("import", export.toString(), "--corpus", nowhere.toString()), err);
		assertTrue(out.contains("import it with --jsonl"), out);
		assertTrue(err.contains("no report was imported, so no corpus is left there"), err);
		assertFalse(Files.exists(nowhere), "a JSONL export named as a report file leaves no empty corpus");
		assertEquals(3, run("import", dir.resolve("typo.txt").toString(), "--corpus", nowhere.toString()), err);
		assertFalse(Files.exists(nowhere), "nor does a mistyped report file");
		assertEquals(1, run("import", "--jsonl", jsonlWith("year", "1e10").toString(), "--corpus", nowhere.toString()), err);
		assertFalse(Files.exists(nowhere), "nor a refused JSONL file: a failure changes nothing, as exit code 1 says");

		Path madeByHand = Files.createDirectories(dir.resolve("made-by-hand"));
		assertEquals(3, run("import", export.toString(), "--corpus", madeByHand.toString()), err);
		assertTrue(Files.isRegularFile(madeByHand.resolve("corpus.xmi")), "a folder the user made is theirs, corpus and all");

		Path seed;
		try (var files = Files.list(Path.of(seeds()))) {
			seed = files.filter(f -> f.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
		}
		assertEquals(3, run("import", export.toString(), seed.toString(), "--corpus", nowhere.toString()), err);
		assertEquals(1, CorpusStore.open(nowhere).reportCount(), "one report came in: the corpus stays");
	}

	@Test
	void jsonlNumbersThatWouldWrapOrBeCutAreRefusedByLine() throws Exception {
		Map<String, String> before = Snapshots.of(corpus);
		for (String year : List.of("1e10", "2021.9", "\"2021\"")) {
			Path file = jsonlWith("year", year);
			assertEquals(1, run("import", "--jsonl", file.toString(), "--corpus", corpus.toString()), err);
			assertRefusedAndNothingChanged(before, "crafted.jsonl:1:", "year");
		}
		Path nul = jsonlWith("title", "\"报告\\u0000\"");
		assertEquals(1, run("import", "--jsonl", nul.toString(), "--corpus", corpus.toString()), err);
		assertRefusedAndNothingChanged(before, "crafted.jsonl:1:", "U+0000");
	}

	@Test
	void reservedLayersCannotBeReplacedByADoccanoImport() throws Exception {
		Path doccano = dir.resolve("d.jsonl");
		Files.writeString(doccano, "{\"text\": \"区司法局受理行政复议申请68件，败诉率4%。\", \"label\": [[0, 4, \"ORG\"]]}\n", StandardCharsets.UTF_8);
		Map<String, String> before = Snapshots.of(corpus);
		for (String reserved : List.of("gold", "preannotation", "Accepted", " gold", "../x", "a\u0000b")) {
			assertEquals(2, run("import", "--doccano", doccano.toString(), "--annotator", reserved, "--corpus", corpus.toString()),
					reserved + ": " + err);
			assertRefusedAndNothingChanged(before, "cannot name a layer");
		}
		// a slash may be part of a name: it is encoded in the layer's file name, never a step in a path
		assertEquals(0, run("import", "--doccano", doccano.toString(), "--annotator", "王/芳", "--corpus", corpus.toString()), err);
		try (var layers = Files.walk(corpus.resolve("reports"))) {
			assertTrue(layers.anyMatch(p -> p.getFileName().toString().equals("%E7%8E%8B%2F%E8%8A%B3.xmi")));
		}
	}

	@Test
	void aDoccanoFileWhoseSecondRecordDoesNotMatchImportsNothing() throws Exception {
		CorpusStore store = CorpusStore.open(corpus);
		String first = store.entries().get(0).getId();
		String second = store.entries().get(1).getId();
		JsonObject one = new JsonObject();
		one.addProperty("id", first);
		one.addProperty("text", store.loadReport(first).getText());
		one.add("label", JsonParser.parseString("[[0, 2, \"ORG\"]]"));
		JsonObject two = new JsonObject();
		two.addProperty("id", second);
		two.addProperty("text", store.loadReport(second).getText() + "多出来的一句。");
		two.add("label", JsonParser.parseString("[]"));
		Path doccano = dir.resolve("d.jsonl");
		Files.writeString(doccano, one + "\n" + two + "\n", StandardCharsets.UTF_8);
		Map<String, String> before = Snapshots.of(corpus);
		assertEquals(1, run("import", "--doccano", doccano.toString(), "--annotator", "kim", "--corpus", corpus.toString()), err);
		assertRefusedAndNothingChanged(before, "record 2", second, "nothing was imported");
	}

	@Test
	void annotateNamesAReportItCannotReadAndAnnotatesTheOthers() throws Exception {
		String broken = firstId();
		Path reportFile = corpus.resolve("reports").resolve(broken).resolve("report.xmi");
		String text = Files.readString(reportFile, StandardCharsets.UTF_8);
		Files.writeString(reportFile, text.substring(0, text.length() / 2), StandardCharsets.UTF_8);
		assertEquals(3, run("annotate", "--corpus", corpus.toString(), "--threads", "2"), err);
		assertTrue(err.contains(broken) && err.contains("left as it was"), err);
		assertTrue(out.startsWith("2 reports pre-annotated"), out);
		CorpusStore store = CorpusStore.open(corpus);
		for (var entry : store.entries()) {
			if (!entry.getId().equals(broken)) {
				assertEquals("preannotated", entry.getStatus().getLiteral(), "the index agrees with the files");
			} else {
				assertEquals("new", entry.getStatus().getLiteral());
			}
		}
	}

	@Test
	void annotateFailingHalfWayThroughItsCommitChangesNothing() throws Exception {
		Map<String, String> before = Snapshots.of(corpus);
		System.setProperty("reportbank.faultinjection.commit", "fail:3"); // as a full disk: three files in place, then none
		try {
			assertEquals(1, run("annotate", "--corpus", corpus.toString(), "--threads", "2"), err);
		} finally {
			System.clearProperty("reportbank.faultinjection.commit");
		}
		assertRefusedAndNothingChanged(before, "nothing was changed");
	}

	@Test
	void aReportFileEditedToNameAnotherReportIsNeverWrittenOverIt() throws Exception {
		CorpusStore store = CorpusStore.open(corpus);
		String edited = store.entries().get(0).getId();
		String victim = store.entries().get(1).getId();
		Path file = corpus.resolve("reports").resolve(edited).resolve("report.xmi");
		Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace("id=\"" + edited + "\"", "id=\"" + victim + "\""),
				StandardCharsets.UTF_8);
		Map<String, String> victimBefore = Snapshots.of(corpus.resolve("reports").resolve(victim));
		assertEquals(3, run("annotate", "--corpus", corpus.toString(), "--reports", edited + "," + victim), err);
		assertTrue(err.contains("lies in the folder of report " + edited), err);
		assertFalse(victimBefore.equals(Snapshots.of(corpus.resolve("reports").resolve(victim))), "the victim itself was annotated");
		assertTrue(CorpusStore.open(corpus).loadReport(victim).getLayers().stream().anyMatch(l -> l.getId().equals("preannotation")));
	}

	@Test
	void linksInTheCorpusAreNeverFollowed() throws Exception {
		Path lock = corpus.resolve(".lock");
		Files.delete(lock);
		Files.createSymbolicLink(lock, outside.resolve("precious.txt"));
		Map<String, String> before = Snapshots.of(corpus);
		assertEquals(1, run("annotate", "--corpus", corpus.toString()), err);
		assertRefusedAndNothingChanged(before, "symbolic link");
		Files.delete(lock);

		String id = firstId();
		Path folder = corpus.resolve("reports").resolve(id);
		Files.move(folder, outside.resolve(id));
		Files.createSymbolicLink(folder, outside.resolve(id));
		Map<String, String> outsideBefore = Snapshots.of(outside);
		assertEquals(3, run("annotate", "--corpus", corpus.toString()), err);
		assertTrue(err.contains("symbolic link"), err);
		assertEquals(outsideBefore, Snapshots.of(outside), "the linked folder was neither read into the corpus nor written");
	}

	@Test
	void theCorpusFolderRemovedDuringAnImportIsNotBroughtBack() throws Exception {
		Path other = dir.resolve("other");
		NullProgressMonitor removeTheCorpus = new NullProgressMonitor() {
			private int files;

			@Override
			public void worked(int work) {
				if (++files == 2) {
					try {
						org.reportbank.core.store.Folders.deleteTree(other);
					} catch (java.io.IOException e) {
						throw new IllegalStateException(e);
					}
				}
			}
		};
		java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
		int code = new Cli().run(new String[] { "import", seeds(), "--corpus", other.toString() },
				new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new java.io.PrintStream(errors, true, StandardCharsets.UTF_8), removeTheCorpus);
		String message = errors.toString(StandardCharsets.UTF_8);
		assertEquals(1, code, message);
		assertFalse(Files.exists(other), "the removed corpus folder is not recreated with part of the import: " + message);
	}
}
