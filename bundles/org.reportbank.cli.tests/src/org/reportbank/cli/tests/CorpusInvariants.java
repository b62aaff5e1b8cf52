package org.reportbank.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.reportbank.core.store.CorpusStore;
import org.reportbank.model.Layer;
import org.reportbank.model.Report;
import org.reportbank.model.ReportEntry;

/**
 * What must hold of a corpus folder at every moment a command could have died: opened (which
 * finishes or drops what the dead writer left), its index lists exactly the report folders there
 * are, every report loads and agrees with its index entry, and no staging, journal or temporary
 * file is left behind.
 */
final class CorpusInvariants {

	/** The reports of a consistent corpus: id → the ids of its layers. */
	record State(Map<String, Set<String>> layersByReport) {

		int reports() {
			return layersByReport.size();
		}

		/** How many reports have a layer of this id. */
		long withLayer(String layerId) {
			return layersByReport.values().stream().filter(l -> l.contains(layerId)).count();
		}
	}

	private CorpusInvariants() {
	}

	static State check(Path corpus) throws Exception {
		CorpusStore store = CorpusStore.open(corpus);
		Set<String> indexed = new TreeSet<>();
		Map<String, Set<String>> layers = new TreeMap<>();
		for (ReportEntry entry : store.entries()) {
			indexed.add(entry.getId());
			Report report = store.loadReport(entry.getId());
			assertEquals(entry.getStatus(), report.getStatus(), "index and report file agree on the status of " + entry.getId());
			assertEquals(entry.getCharacters(), report.getText().length(), "index and report file agree on " + entry.getId());
			layers.put(entry.getId(), report.getLayers().stream().map(Layer::getId).collect(Collectors.toCollection(TreeSet::new)));
		}
		Path reports = corpus.resolve("reports");
		Set<String> folders = new TreeSet<>();
		if (Files.isDirectory(reports)) {
			try (Stream<Path> list = Files.list(reports)) {
				list.forEach(p -> folders.add(p.getFileName().toString()));
			}
		}
		assertEquals(indexed, folders, "the index lists exactly the report folders there are");
		assertTrue(leftovers(corpus).isEmpty(), "nothing left behind: " + leftovers(corpus));
		return new State(layers);
	}

	/** Staged files, journals and temporary files anywhere in the corpus. */
	static Set<String> leftovers(Path corpus) throws IOException {
		Set<String> found = new TreeSet<>();
		try (Stream<Path> walk = Files.walk(corpus)) {
			walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).forEach(p -> {
				String relative = corpus.relativize(p).toString().replace('\\', '/');
				String name = p.getFileName().toString();
				if (relative.startsWith(".reportbank/staging/") || name.startsWith("commit-") || name.endsWith(".tmp")) {
					found.add(relative);
				}
			});
		}
		return found;
	}
}
