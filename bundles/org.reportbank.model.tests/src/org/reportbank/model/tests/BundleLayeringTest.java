package org.reportbank.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The layering table of docs/developer.md is the bundles' own: for every bundle it lists, the
 * Reportbank bundles its manifest requires are exactly those the table names.
 */
class BundleLayeringTest {

	private static final Pattern ROW = Pattern.compile("^([a-z.]+)\\s+──►\\s+(.+)$");
	private static final Pattern REPORTBANK_BUNDLE = Pattern.compile("org\\.reportbank\\.([a-z.]+?)(?=[;,\\s]|$)");

	@Test
	void theDevelopersGuideShowsTheBundlesAsTheirManifestsRequireThem() throws IOException {
		Path root = Path.of(System.getProperty("reportbank.root"));
		String guide = Files.readString(root.resolve("docs/developer.md"));
		String table = guide.substring(guide.indexOf("## Layering"));
		table = table.substring(table.indexOf("```") + 3, table.indexOf("```", table.indexOf("```") + 3));
		Map<String, TreeSet<String>> documented = new TreeMap<>();
		for (String line : table.strip().split("\n")) {
			Matcher row = ROW.matcher(line.strip());
			if (row.matches()) {
				TreeSet<String> required = new TreeSet<>();
				for (String name : row.group(2).split(",")) {
					if (!name.isBlank() && !name.contains("(nothing)")) {
						required.add(name.strip());
					}
				}
				documented.put(row.group(1), required);
			}
		}
		assertTrue(documented.size() >= 12, "the table was read: " + documented.keySet());
		Map<String, TreeSet<String>> actual = new TreeMap<>();
		for (String bundle : documented.keySet()) {
			Path manifest = root.resolve("bundles/org.reportbank." + bundle + "/META-INF/MANIFEST.MF");
			assertTrue(Files.isRegularFile(manifest), "a bundle the table names: " + bundle);
			String requires;
			try (InputStream in = Files.newInputStream(manifest)) {
				requires = new Manifest(in).getMainAttributes().getValue("Require-Bundle");
			}
			TreeSet<String> required = new TreeSet<>();
			if (requires != null) {
				Matcher names = REPORTBANK_BUNDLE.matcher(requires);
				while (names.find()) {
					required.add(names.group(1));
				}
			}
			actual.put(bundle, required);
		}
		assertEquals(actual, documented, "docs/developer.md's layering table and the manifests");
	}
}
