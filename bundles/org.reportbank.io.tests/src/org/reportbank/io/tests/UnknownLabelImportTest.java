package org.reportbank.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.io.formats.DoccanoCorpusImport;
import org.reportbank.io.jsonl.JsonlImport;
import org.reportbank.io.jsonl.JsonlWriter;
import org.reportbank.model.Layer;
import org.reportbank.model.Report;
import org.reportbank.model.SpanStatus;
import org.reportbank.testing.Fixtures;

/** A file whose spans carry a label the corpus's label set lacks is refused by file, line and label, and imports nothing. */
class UnknownLabelImportTest {

	@TempDir
	Path dir;

	private Path corpus;
	private CorpusStore store;

	@BeforeEach
	void emptyCorpusWithTheDefaultLabels() throws Exception {
		corpus = dir.resolve("corpus");
		store = CorpusStore.openOrCreate(corpus);
	}

	@Test
	void jsonlWithAnUnknownLabelIsRefusedAndImportsNothing() throws Exception {
		Report known = Fixtures.report("00000000000000b1", "区司法局受理68件。");
		Fixtures.span(Fixtures.annotator(known, "王芳"), 0, 4, "ORG");
		Report unknown = Fixtures.report("00000000000000b2", "市公安局。");
		Layer layer = Fixtures.annotator(unknown, "王芳");
		Fixtures.span(layer, 0, 4, "ORG");
		Fixtures.span(layer, 0, 2, "CITY", SpanStatus.ACCEPTED);
		Path file = dir.resolve("team.jsonl");
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			new JsonlWriter().write(known, out);
			new JsonlWriter().write(unknown, out);
		}
		Map<String, String> before = snapshot(corpus);

		StoreException e = assertThrows(StoreException.class, () -> new JsonlImport().importInto(store, file, new NullProgressMonitor()));

		assertTrue(e.getMessage().contains(file + ":2: unknown label \"CITY\" (the corpus has: ORG, PER, LOC, LAW, DATE, METRIC, "
				+ "ACHIEVEMENT, PROBLEM, PLAN)"), e.getMessage());
		assertTrue(e.getMessage().endsWith("nothing was imported"), e.getMessage());
		assertEquals(before, snapshot(corpus), "the corpus is as it was");
		assertEquals(0, CorpusStore.open(corpus).entries().size());
	}

	@Test
	void jsonlWithKnownLabelsIsImported() throws Exception {
		Report known = Fixtures.report("00000000000000b1", "区司法局受理68件。");
		Fixtures.span(Fixtures.annotator(known, "王芳"), 0, 4, "ORG");
		Path file = dir.resolve("team.jsonl");
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			new JsonlWriter().write(known, out);
		}
		assertEquals(1, new JsonlImport().importInto(store, file, new NullProgressMonitor()).imported());
	}

	@Test
	void doccanoWithAnUnknownLabelIsRefusedAndImportsNothing() throws Exception {
		Path file = Files.writeString(dir.resolve("doccano.jsonl"), "{\"text\": \"区司法局受理68件。\", \"label\": [[0, 4, \"ORG\"]]}\n\n"
				+ "{\"text\": \"市公安局。\", \"entities\": [{\"start_offset\": 0, \"end_offset\": 4, \"label\": \"AGENCY\"}]}\n",
				StandardCharsets.UTF_8);
		Map<String, String> before = snapshot(corpus);

		StoreException e = assertThrows(StoreException.class,
				() -> new DoccanoCorpusImport().importInto(store, file, "李明", new NullProgressMonitor()));

		assertTrue(e.getMessage().startsWith(file + ":3: unknown label \"AGENCY\" (the corpus has: ORG, PER, LOC,"), e.getMessage());
		assertTrue(e.getMessage().endsWith("nothing was imported"), e.getMessage());
		assertEquals(before, snapshot(corpus), "the corpus is as it was");
		assertEquals(0, CorpusStore.open(corpus).entries().size());
	}

	/** A hash-free picture of the corpus folder: every file (the lock file aside) and its bytes. */
	private static Map<String, String> snapshot(Path root) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path p : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).filter(p -> !p.endsWith(".lock")).toList()) {
				files.put(root.relativize(p).toString(), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
			}
		}
		return files;
	}
}
