package org.reportbank.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * export on the command line: an existing file is replaced only with --force, nothing is ever
 * written into a corpus folder, and what a killed export left is removed by the next one.
 */
class ExportOutputsTest extends CliRun {

	@TempDir
	Path dir;

	private Path corpus;

	private void importSeeds() {
		corpus = dir.resolve("corpus");
		assertEquals(0, run("import", seeds(), "--corpus", corpus.toString()), err);
	}

	private static Map<String, String> snapshot(Path folder) throws Exception {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path file : all.filter(Files::isRegularFile).toList()) {
				files.put(folder.relativize(file).toString(), Arrays.toString(Files.readAllBytes(file)));
			}
		}
		return files;
	}

	private static List<String> listing(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	private int exportJsonl(Path out, String... more) {
		List<String> args = new java.util.ArrayList<>(List.of("export", "--corpus", corpus.toString(), "--format", "jsonl", "--out",
				out.toString()));
		args.addAll(List.of(more));
		return run(args.toArray(String[]::new));
	}

	@Test
	void anExistingFileIsReplacedOnlyWithForce() throws Exception {
		importSeeds();
		Path out = Files.writeString(dir.resolve("corpus.jsonl"), "my notes\n");
		assertEquals(1, exportJsonl(out));
		assertEquals("reportbank export: " + out + " already exists; to replace it, ask for that (--force). Nothing was written.\n",
				err);
		assertEquals("my notes\n", Files.readString(out));

		assertEquals(0, exportJsonl(out, "--force"), err);
		assertEquals(3, Files.readAllLines(out).size());
		assertEquals(List.of("corpus", "corpus.jsonl"), listing(dir));
	}

	@Test
	void neverIntoTheCorpusNotEvenWithForce() throws Exception {
		importSeeds();
		Path link = Files.createSymbolicLink(dir.resolve("link"), corpus);
		Map<String, String> before = snapshot(corpus);
		for (Path out : List.of(corpus.resolve("corpus.xmi"), corpus.resolve("reports/x.jsonl"), link.resolve("corpus.xmi"),
				link.resolve("reports/x.jsonl"))) {
			assertEquals(1, exportJsonl(out, "--force"), out.toString());
			assertTrue(err.startsWith("reportbank export: " + out + " is inside "), err);
			assertTrue(err.contains("never writes into a corpus folder"), err);
			assertTrue(err.contains("Nothing was written."), err);
		}
		assertEquals(1, run("export", "--corpus", corpus.toString(), "--format", "conll", "--out", corpus.resolve("dataset").toString()));
		assertTrue(err.contains("never writes into a corpus folder"), err);
		assertTrue(err.contains("No dataset written."), err);
		assertEquals(before, snapshot(corpus), "the corpus byte for byte as it was");
		assertFalse(err.contains("Exception"), err);
	}

	@Test
	void forceIsForAFileNotADataset() throws Exception {
		importSeeds();
		assertEquals(2, run("export", "--corpus", corpus.toString(), "--format", "conll", "--out", dir.resolve("d").toString(), "--force"));
		assertTrue(err.contains("--force goes with --format jsonl alone"), err);
	}

	@Test
	void theNextExportRemovesWhatAKilledOneLeft() throws Exception {
		importSeeds();
		Path partial = Files.createDirectories(dir.resolve("dataset.partial-00112233aabb/conll"));
		Files.writeString(partial.resolve("all.conll"), "half");
		Path temp = Files.writeString(dir.resolve(".corpus.jsonl.00112233aabbccdd.tmp"), "{\"half");
		Path real = dir.toRealPath();

		assertEquals(0, run("export", "--corpus", corpus.toString(), "--format", "conll", "--out", dir.resolve("dataset").toString()), err);
		assertTrue(
				err.contains("reportbank export: removed " + real.resolve(partial.getParent().getFileName())
						+ ", left by an export that was stopped"),
				err);
		assertEquals(0, exportJsonl(dir.resolve("corpus.jsonl")), err);
		assertTrue(err.contains("removed " + real.resolve(temp.getFileName())), err);
		assertEquals(List.of("corpus", "corpus.jsonl", "dataset"), listing(dir));
	}
}
