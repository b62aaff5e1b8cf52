package org.reportbank.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * One set of compiler and formatter settings for every bundle: each bundle's
 * .settings/org.eclipse.jdt.core.prefs (which the build's compiler and an Eclipse IDE both read)
 * is the copy of releng/settings/org.eclipse.jdt.core.prefs, so no bundle quietly allows what the
 * others refuse (unused imports, raw types, a missing @Override).
 */
class BundleSettingsTest {

	@Test
	void everyBundleHasTheProjectsCompilerAndFormatterSettings() throws IOException {
		Path root = Path.of(System.getProperty("reportbank.root"));
		String settings = Files.readString(root.resolve("releng/settings/org.eclipse.jdt.core.prefs"));
		assertTrue(settings.contains("org.eclipse.jdt.core.compiler.problem.unusedImport=error"), "the source of the settings");
		List<String> differing = new ArrayList<>();
		int bundles = 0;
		try (Stream<Path> folders = Files.list(root.resolve("bundles"))) {
			for (Path bundle : folders.filter(f -> Files.isRegularFile(f.resolve("META-INF/MANIFEST.MF"))).sorted().toList()) {
				bundles++;
				Path copy = bundle.resolve(".settings/org.eclipse.jdt.core.prefs");
				if (!Files.isRegularFile(copy) || !Files.readString(copy).equals(settings)) {
					differing.add(bundle.getFileName().toString());
				}
			}
		}
		assertTrue(bundles > 10, "the bundles were found: " + bundles);
		assertEquals(List.of(), differing, "bundles whose settings are not the project's (copy releng/settings/ into them)");
	}
}
