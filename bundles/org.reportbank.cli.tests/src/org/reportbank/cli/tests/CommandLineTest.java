package org.reportbank.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a script would use it: output, messages and exit codes. */
class CommandLineTest extends CliRun {

	@TempDir
	Path dir;

	@Test
	void importStatsExportAndImportAgain() throws Exception {
		String corpus = dir.resolve("corpus").toString();
		assertEquals(0, run("import", seeds(), "--corpus", corpus), err);
		assertTrue(out.contains("3 imported, 0 duplicates, 0 refused"), out);
		assertTrue(out.contains("柳州市城中区2023年法治政府建设年度报告"), out);

		assertEquals(0, run("import", seeds(), "--corpus", corpus));
		assertTrue(out.contains("0 imported, 3 duplicates, 0 refused"), out);

		assertEquals(0, run("stats", "--corpus", corpus));
		assertTrue(out.contains("reports     3"), out);
		assertTrue(out.lines().anyMatch(l -> l.contains("2017") && l.trim().endsWith("1")), out);

		Path jsonl = dir.resolve("corpus.jsonl");
		assertEquals(0, run("export", "--corpus", corpus, "--format", "jsonl", "--out", jsonl.toString()), err);
		assertEquals(3, Files.readAllLines(jsonl).size());

		String copy = dir.resolve("copy").toString();
		assertEquals(0, run("import", "--jsonl", jsonl.toString(), "--corpus", copy), err);
		assertTrue(out.contains("3 imported"), out);
	}

	@Test
	void annotateThenCheckListsTheWrongPassRate() {
		String corpus = dir.resolve("corpus").toString();
		assertEquals(0, run("import", seeds(), "--corpus", corpus), err);
		assertEquals(0, run("annotate", "--corpus", corpus, "--threads", "2"), err);
		assertTrue(out.contains("3 reports pre-annotated"), out);
		assertTrue(out.contains("1 inconsistent rates"), out);
		assertEquals(0, run("check", "--corpus", corpus, "--verdict", "inconsistent"), err);
		assertTrue(out.contains("98.7% is stated, but 75 / 79 is 94.9%"), out);
		assertTrue(out.contains("75人通过"), "the sentence is shown: " + out);
		assertTrue(out.contains("1 checks listed, 1 inconsistent"), out);
		assertEquals(0, run("stats", "--corpus", corpus));
		assertTrue(out.contains("METRIC"), out);
		assertEquals(1, run("annotate", "--corpus", corpus, "--reports", "nosuchid"));
		assertTrue(err.contains("has no report nosuchid"), err);
	}

	@Test
	void aDoccanoExportComesBackAsAnAnnotatorsLayer() throws Exception {
		String corpus = dir.resolve("corpus").toString();
		Path doccano = Files.writeString(dir.resolve("doccano.jsonl"),
				"{\"text\": \"全年受理行政复议申请68件。\", \"label\": [[10, 13, \"METRIC\"]]}\n");
		assertEquals(0, run("import", "--doccano", doccano.toString(), "--annotator", "李明", "--corpus", corpus), err);
		assertTrue(out.contains("0 reports given 李明's doccano layer, 1 new reports added"), out);
		assertEquals(0, run("stats", "--corpus", corpus));
		assertTrue(out.lines().anyMatch(l -> l.contains("human") && l.trim().endsWith("1")), out);
		assertEquals(2, run("import", "--doccano", doccano.toString(), "--corpus", corpus));
		assertTrue(err.contains("--annotator is required"), err);
	}

	@Test
	void refusedFilesGiveExitCodeThreeAndTheirReasons() throws Exception {
		Path bad = Files.write(dir.resolve("bad.txt"), new byte[] { 0, 0, 0, 1 });
		int code = run("import", seeds(), bad.toString(), "--corpus", dir.resolve("corpus").toString());
		assertEquals(3, code);
		assertTrue(out.contains("refused: " + bad + ": the file is binary"), out);
		assertTrue(out.contains("3 imported, 0 duplicates, 1 refused"), out);
	}

	@Test
	void mistakesGiveUsageAndExitCodeTwo() {
		assertEquals(2, run("import", seeds()));
		assertTrue(err.contains("--corpus is required"), err);
		assertEquals(2, run("frobnicate"));
		assertTrue(err.contains("unknown command 'frobnicate'"), err);
		assertEquals(2, run("export", "--corpus", "x", "--format", "yaml", "--out", "y"));
		assertTrue(err.contains("unknown format yaml"), err);
		assertEquals(2, run("annotate", "--corpus", "x", "--threads", "0"));
		assertTrue(err.contains("at least 1"), err);
		assertEquals(2, run("stats", "--corpus"));
		assertTrue(err.contains("--corpus needs a value"), err);
	}

	@Test
	void errorsGiveExitCodeOneAndAMessage() {
		assertEquals(1, run("stats", "--corpus", dir.resolve("nowhere").toString()));
		assertTrue(err.contains("is not a Reportbank corpus"), err);
		assertFalse(err.contains("Exception"), "a message, not a stack trace: " + err);
	}

	@Test
	void everyCommandHasHelp() {
		assertEquals(0, run("--help"));
		for (String command : new String[] { "import", "export", "stats" }) {
			assertTrue(out.contains(command), out);
		}
		assertEquals(0, run("import", "--help"));
		assertTrue(out.contains("Usage: reportbank import"), out);
		assertTrue(out.contains("Exit codes"), out);
	}
}
