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
 * The product's command line starter asks for huge pages for {@code annotate} alone, and only
 * where the kernel hands them out on request; a user's own JVM options come after and win. The
 * real script runs, with a stand-in {@code java} that prints its options and a file of our own
 * in place of the kernel's setting.
 */
class AnnotateHugePagesTest {

	private static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";
	/** The kernel's setting where a process gets huge pages by asking for them. */
	private static final String ON_REQUEST = "always [madvise] never";

	@TempDir
	Path dir;

	private StarterScript script;

	@BeforeEach
	void installTheScriptBesideAStandInJava() throws Exception {
		script = new StarterScript(dir);
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
	void annotateAsksForHugePagesWhereTheKernelGivesThemOnRequest() throws Exception {
		String options = javaOptions(ON_REQUEST, Map.of(), "annotate", "--corpus", dir.toString());
		assertTrue(options.contains(HUGE_PAGES), options);
	}

	@Test
	void noOtherCommandAndNoOtherKernelSettingAsksForThem() throws Exception {
		assertFalse(javaOptions(ON_REQUEST, Map.of(), "stats", "--corpus", dir.toString()).contains(HUGE_PAGES));
		assertFalse(javaOptions(ON_REQUEST, Map.of(), "--help").contains(HUGE_PAGES));
		assertFalse(javaOptions("[always] madvise never", Map.of(), "annotate", "--corpus", dir.toString()).contains(HUGE_PAGES),
				"every process has them already");
		assertFalse(javaOptions("always madvise [never]", Map.of(), "annotate", "--corpus", dir.toString()).contains(HUGE_PAGES));
		assertFalse(javaOptions(null, Map.of(), "annotate", "--corpus", dir.toString()).contains(HUGE_PAGES), "a kernel without them");
		assertFalse(javaOptions(ON_REQUEST, Map.of("REPORTBANK_APPLICATION", "org.reportbank.benchmarks.preannotation"),
				"annotate").contains(HUGE_PAGES), "another application");
	}

	@Test
	void theUsersOwnOptionsComeAfterAndWin() throws Exception {
		String options = javaOptions(ON_REQUEST, Map.of("REPORTBANK_VM_ARGS", "-Xmx1g -XX:-UseTransparentHugePages"),
				"annotate", "--corpus", dir.toString());
		assertTrue(options.indexOf(HUGE_PAGES) >= 0 && options.indexOf(HUGE_PAGES) < options.indexOf("-XX:-UseTransparentHugePages"),
				options);
	}
}
