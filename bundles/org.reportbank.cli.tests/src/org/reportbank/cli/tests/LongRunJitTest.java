package org.reportbank.cli.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product's command line starter keeps the optimizing compiler for a long pre-annotation
 * only: {@code annotate} of a whole corpus with at least {@code REPORTBANK_LONG_RUN} reports. Every
 * other command, and an annotate of named reports, starts with the quick compiler alone. The real
 * script runs, with a stand-in {@code java} that prints the options it was given.
 */
class LongRunJitTest {

	private static final String QUICK_ONLY = "-XX:TieredStopAtLevel=1";

	@TempDir
	Path dir;

	private StarterScript script;

	@BeforeEach
	void installTheScriptBesideAStandInJava() throws IOException {
		script = new StarterScript(dir);
	}

	/** The options the script starts Java with, for these arguments. */
	private String javaOptions(String longRun, String... args) throws Exception {
		String out = script.run(longRun == null ? Map.of() : Map.of("REPORTBANK_LONG_RUN", longRun), args);
		assertTrue(out.contains("-application org.reportbank.cli.cli"), out);
		return out;
	}

	@Test
	void annotateOfACorpusAsLargeAsTheLongRunKeepsTheOptimizingCompiler() throws Exception {
		Path corpus = script.corpusOf(3);
		assertFalse(javaOptions("3", "annotate", "--corpus", corpus.toString()).contains(QUICK_ONLY));
		assertFalse(javaOptions("3", "annotate", "--corpus=" + corpus).contains(QUICK_ONLY));
		assertFalse(javaOptions("2", "annotate", "--threads", "2", "--corpus", corpus.toString()).contains(QUICK_ONLY));
	}

	@Test
	void shorterRunsAndOtherCommandsUseTheQuickCompilerOnly() throws Exception {
		Path corpus = script.corpusOf(3);
		assertTrue(javaOptions("4", "annotate", "--corpus", corpus.toString()).contains(QUICK_ONLY), "fewer reports than the long run");
		assertTrue(javaOptions(null, "annotate", "--corpus", corpus.toString()).contains(QUICK_ONLY), "the default long run is 20,000");
		assertTrue(javaOptions("3", "annotate", "--corpus", corpus.toString(), "--reports", "0000000000000001").contains(QUICK_ONLY),
				"named reports");
		assertTrue(javaOptions("3", "stats", "--corpus", corpus.toString()).contains(QUICK_ONLY));
		assertTrue(javaOptions("3", "annotate", "--corpus", dir.resolve("missing").toString()).contains(QUICK_ONLY));
		assertTrue(javaOptions("3", "annotate", "--corpus").contains(QUICK_ONLY), "a command line the command itself refuses");
	}
}
