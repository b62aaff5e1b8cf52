package org.reportbank.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * GTK 3 has corrupted glib's slice allocator under these tests (the JVM died in g_slice_alloc
 * after a scroll bar was given negative room); with plain malloc it does not. The UI tests and
 * every start script that can open a window must keep glib on malloc.
 */
class GlibAllocatorTest {

	@Test
	void theUiTestsRunWithGlibOnMalloc() {
		assertEquals("always-malloc", System.getenv("G_SLICE"), "the UI tests' runtime sets G_SLICE (ui.tests pom)");
	}

	@Test
	void theStartScriptsSetItBeforeJavaStarts() throws Exception {
		Path root = Path.of(System.getProperty("reportbank.root"));
		for (Path script : List.of(root.resolve("features/org.reportbank.feature/rootfiles/reportbank"),
				root.resolve("features/org.reportbank.headless.feature/rootfiles/reportbank-cli"))) {
			List<String> lines = Files.readAllLines(script);
			int set = lines.indexOf("export G_SLICE=always-malloc");
			int java = indexOfFirst(lines, "exec \"$JAVA\"");
			assertTrue(set >= 0 && set < java, script + " exports G_SLICE=always-malloc before it starts Java");
		}
	}

	private static int indexOfFirst(List<String> lines, String prefix) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith(prefix)) {
				return i;
			}
		}
		return -1;
	}
}
