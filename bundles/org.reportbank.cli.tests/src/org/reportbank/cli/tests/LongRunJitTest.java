package org.reportbank.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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

	private Path script;
	private Path javaHome;

	@BeforeEach
	void installTheScriptBesideAStandInJava() throws IOException {
		Path product = Files.createDirectories(dir.resolve("product"));
		Files.createDirectories(product.resolve("plugins"));
		Files.createFile(product.resolve("plugins/org.eclipse.equinox.launcher_1.0.0.jar"));
		script = product.resolve("reportbank-cli");
		Files.copy(Path.of(System.getProperty("reportbank.root"), "features/org.reportbank.headless.feature/rootfiles/reportbank-cli"),
				script);
		javaHome = dir.resolve("jdk");
		Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
		Files.writeString(java, "#!/bin/sh\necho \"$@\"\n");
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
	}

	private Path corpusOf(int reports) throws IOException {
		Path corpus = dir.resolve("corpus" + reports);
		for (int i = 0; i < reports; i++) {
			Files.createDirectories(corpus.resolve("reports").resolve(String.format("%016x", i)));
		}
		return corpus;
	}

	/** The options the script starts Java with, for these arguments. */
	private String javaOptions(String longRun, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("sh", script.toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		Map<String, String> env = builder.environment();
		env.put("JAVA_HOME", javaHome.toString());
		env.remove("REPORTBANK_VM_ARGS");
		env.remove("REPORTBANK_APPLICATION");
		if (longRun != null) {
			env.put("REPORTBANK_LONG_RUN", longRun);
		}
		Process process = builder.start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(30, TimeUnit.SECONDS));
		assertEquals(0, process.exitValue(), out);
		assertTrue(out.contains("-application org.reportbank.cli.cli"), out);
		return out;
	}

	@Test
	void annotateOfACorpusAsLargeAsTheLongRunKeepsTheOptimizingCompiler() throws Exception {
		Path corpus = corpusOf(3);
		assertFalse(javaOptions("3", "annotate", "--corpus", corpus.toString()).contains(QUICK_ONLY));
		assertFalse(javaOptions("3", "annotate", "--corpus=" + corpus).contains(QUICK_ONLY));
		assertFalse(javaOptions("2", "annotate", "--threads", "2", "--corpus", corpus.toString()).contains(QUICK_ONLY));
	}

	@Test
	void shorterRunsAndOtherCommandsUseTheQuickCompilerOnly() throws Exception {
		Path corpus = corpusOf(3);
		assertTrue(javaOptions("4", "annotate", "--corpus", corpus.toString()).contains(QUICK_ONLY), "fewer reports than the long run");
		assertTrue(javaOptions(null, "annotate", "--corpus", corpus.toString()).contains(QUICK_ONLY), "the default long run is 20,000");
		assertTrue(javaOptions("3", "annotate", "--corpus", corpus.toString(), "--reports", "0000000000000001").contains(QUICK_ONLY),
				"named reports");
		assertTrue(javaOptions("3", "stats", "--corpus", corpus.toString()).contains(QUICK_ONLY));
		assertTrue(javaOptions("3", "annotate", "--corpus", dir.resolve("missing").toString()).contains(QUICK_ONLY));
		assertTrue(javaOptions("3", "annotate", "--corpus").contains(QUICK_ONLY), "a command line the command itself refuses");
	}
}
