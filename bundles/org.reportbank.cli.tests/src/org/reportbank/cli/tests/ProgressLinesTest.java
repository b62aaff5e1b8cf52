package org.reportbank.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a command prints on stderr while it runs, as a log keeps it (no terminal): after the last
 * report, the step that saves every report at once is named, so that the minute a large corpus's
 * save can take does not look like a command stuck at 100 %.
 */
class ProgressLinesTest {

	@TempDir
	Path dir;

	private List<String> stderrLines(String... args) throws Exception {
		ChildCli.Run run = ChildCli.start(dir.resolve("logs"), List.of(), args);
		assertEquals(0, run.waitFor(300), run.stderr());
		return run.stderr().lines().toList();
	}

	@Test
	void importAndAnnotateNameTheirSaveAfterTheLastReport() throws Exception {
		String corpus = dir.resolve("corpus").toString();

		List<String> imported = stderrLines("import", CliRun.seeds(), "--corpus", corpus);
		List<String> annotated = stderrLines("annotate", "--corpus", corpus);

		assertTrue(imported.stream().anyMatch(line -> line.endsWith("] Saving the imported reports into the corpus, all at once")),
				imported.toString());
		int lastReport = annotated.indexOf("[100%] Pre-annotating 3 reports");
		int saving = annotated.indexOf("[100%] Saving 3 pre-annotated reports into the corpus, all at once");
		assertTrue(lastReport >= 0 && saving > lastReport, annotated.toString());
	}
}
