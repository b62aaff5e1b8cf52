package org.reportbank.cli.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product's command line starter asks for huge pages for {@code annotate} of a whole corpus
 * of at least {@code REPORTBANK_HUGE_PAGES_FROM} reports alone (a shorter run does not win back
 * zeroing the larger pages), and only where the kernel hands them out on request; a user's own JVM
 * options come after and win. The real script runs, with a stand-in {@code java} that prints its
 * options and a file of our own in place of the kernel's setting.
 */
class AnnotateHugePagesTest {

	private static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";
	/** The kernel's setting where a process gets huge pages by asking for them. */
	private static final String ON_REQUEST = "always [madvise] never";
	/** A run that counts as long from three reports on. */
	private static final Map<String, String> FROM_THREE = Map.of("REPORTBANK_HUGE_PAGES_FROM", "3");

	@TempDir
	Path dir;

	private StarterScript script;
	/** A corpus of three reports. */
	private Path corpus;

	@BeforeEach
	void installTheScriptBesideAStandInJava() throws Exception {
		script = new StarterScript(dir);
		corpus = script.corpusOf(3);
	}

	/** The options the script starts Java with, the kernel's setting reading as given (null: no such file). */
	private String javaOptions(String kernelSetting, Map<String, String> environment, String... args) throws Exception {
		Path setting = dir.resolve("enabled");
		Files.deleteIfExists(setting);
		if (kernelSetting != null) {
			Files.writeString(setting, kernelSetting + "\n");
		}
		Map<String, String> env = new HashMap<>(environment);
		env.put("REPORTBANK_THP_SETTING", setting.toString());
		return script.run(env, args);
	}

	@Test
	void annotateOfALongRunAsksForHugePagesWhereTheKernelGivesThemOnRequest() throws Exception {
		String options = javaOptions(ON_REQUEST, FROM_THREE, "annotate", "--corpus", corpus.toString());
		assertTrue(options.contains(HUGE_PAGES), options);
	}

	@Test
	void aShortRunNamedReportsNoOtherCommandAndNoOtherKernelSettingAsksForThem() throws Exception {
		assertFalse(javaOptions(ON_REQUEST, Map.of("REPORTBANK_HUGE_PAGES_FROM", "4"), "annotate", "--corpus", corpus.toString())
				.contains(HUGE_PAGES), "fewer reports than the long run");
		assertFalse(javaOptions(ON_REQUEST, Map.of(), "annotate", "--corpus", corpus.toString()).contains(HUGE_PAGES),
				"the default is 3,000 reports");
		assertFalse(javaOptions(ON_REQUEST, FROM_THREE, "annotate", "--corpus", corpus.toString(), "--reports", "0000000000000001")
				.contains(HUGE_PAGES), "named reports");
		assertFalse(javaOptions(ON_REQUEST, FROM_THREE, "stats", "--corpus", corpus.toString()).contains(HUGE_PAGES));
		assertFalse(javaOptions(ON_REQUEST, FROM_THREE, "--help").contains(HUGE_PAGES));
		assertFalse(javaOptions("[always] madvise never", FROM_THREE, "annotate", "--corpus", corpus.toString()).contains(HUGE_PAGES),
				"every process has them already");
		assertFalse(javaOptions("always madvise [never]", FROM_THREE, "annotate", "--corpus", corpus.toString()).contains(HUGE_PAGES));
		assertFalse(javaOptions(null, FROM_THREE, "annotate", "--corpus", corpus.toString()).contains(HUGE_PAGES), "a kernel without them");
		Map<String, String> benchmark = new HashMap<>(FROM_THREE);
		benchmark.put("REPORTBANK_APPLICATION", "org.reportbank.benchmarks.preannotation");
		assertFalse(javaOptions(ON_REQUEST, benchmark, "annotate", "--corpus", corpus.toString()).contains(HUGE_PAGES),
				"another application");
	}

	@Test
	void theUsersOwnOptionsComeAfterAndWin() throws Exception {
		Map<String, String> environment = new HashMap<>(FROM_THREE);
		environment.put("REPORTBANK_VM_ARGS", "-Xmx1g -XX:-UseTransparentHugePages");
		String options = javaOptions(ON_REQUEST, environment, "annotate", "--corpus", corpus.toString());
		assertTrue(options.indexOf(HUGE_PAGES) >= 0 && options.indexOf(HUGE_PAGES) < options.indexOf("-XX:-UseTransparentHugePages"),
				options);
	}
}
