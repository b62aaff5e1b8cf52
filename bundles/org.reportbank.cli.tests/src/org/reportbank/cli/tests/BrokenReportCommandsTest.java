package org.reportbank.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.cli.Cli;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.Span;
import org.reportbank.model.SpanOrigin;
import org.reportbank.model.SpanStatus;

import com.google.gson.JsonParser;

/**
 * A corpus with a broken report: every command that reads all reports (stats, check, agreement,
 * export) does the others, names each broken one by its file on stderr, and exits with 3.
 */
class BrokenReportCommandsTest extends CliRun {

	@TempDir
	Path dir;

	private String corpus;
	private List<String> ids;

	/** The seeds, each report marked alike by 王芳 and 李明 (the first ORG-like span of two characters). */
	private void seedsWithTwoAnnotators() throws Exception {
		corpus = dir.resolve("corpus").toString();
		assertEquals(0, run("import", seeds(), "--corpus", corpus), err);
		CorpusStore store = CorpusStore.open(Path.of(corpus));
		ids = store.entries().stream().map(e -> e.getId()).toList();
		for (String id : ids) {
			Report report = store.loadReport(id);
			for (String annotator : List.of("王芳", "李明")) {
				Layer layer = ReportbankFactory.eINSTANCE.createLayer();
				layer.setId(annotator);
				layer.setKind(LayerKind.ANNOTATOR);
				layer.setAnnotator(annotator);
				Span span = ReportbankFactory.eINSTANCE.createSpan();
				span.setId(annotator + "-1");
				span.setBegin(0);
				span.setEnd(2);
				span.setLabel("ORG");
				span.setOrigin(SpanOrigin.HUMAN);
				span.setStatus(SpanStatus.ACCEPTED);
				span.setAnnotator(annotator);
				layer.getSpans().add(span);
				report.getLayers().add(layer);
			}
			store.save(report);
		}
	}

	private Path reportFile(int index) {
		return Path.of(corpus, "reports", ids.get(index), "report.xmi");
	}

	private static void truncate(Path file) throws Exception {
		byte[] bytes = Files.readAllBytes(file);
		Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
	}

	private String brokenLine(int index) {
		return "reportbank %s: 1 report could not be read and is left out: reports/" + ids.get(index) + "/report.xmi: ";
	}

	private void assertNoStackTrace() {
		assertFalse(err.contains("Exception"), err);
		assertFalse(err.contains("\tat "), err);
	}

	@Test
	void everyCommandDoesTheOthersAndNamesTheTruncatedReport() throws Exception {
		seedsWithTwoAnnotators();
		truncate(reportFile(1));

		assertEquals(3, run("stats", "--corpus", corpus), err);
		assertTrue(err.startsWith(brokenLine(1).formatted("stats")), err);
		assertEquals(1, err.lines().count(), err);
		assertTrue(out.contains("reports     2 (and 1 that could not be read, left out of every figure)"), out);
		assertTrue(out.lines().anyMatch(l -> l.matches("  ORG\\s+4")), "two annotators' spans in two reports: " + out);
		assertNoStackTrace();

		assertEquals(3, run("check", "--corpus", corpus), err);
		assertTrue(err.startsWith(brokenLine(1).formatted("check")), err);
		assertTrue(out.contains("0 checks listed"), out);
		assertNoStackTrace();

		assertEquals(3, run("agreement", "--corpus", corpus), err);
		assertTrue(err.startsWith(brokenLine(1).formatted("agreement")), err);
		assertTrue(out.contains("reports     2 annotated by two annotators or more"), out);
		assertTrue(out.contains("李明 / 王芳: 2 reports"), out);
		assertNoStackTrace();

		assertEquals(3, run("agreement", "--corpus", corpus, "--format", "json"), err);
		assertEquals(2, JsonParser.parseString(out).getAsJsonObject().get("reports").getAsInt(), out);

		Path jsonl = dir.resolve("corpus.jsonl");
		assertEquals(3, run("export", "--corpus", corpus, "--format", "jsonl", "--out", jsonl.toString()), err);
		assertTrue(err.startsWith(brokenLine(1).formatted("export")), err);
		assertTrue(out.startsWith("2 reports written to "), out);
		assertEquals(2, Files.readAllLines(jsonl).size());
		assertFalse(Files.readString(jsonl).contains(ids.get(1)));

		Path dataset = dir.resolve("dataset");
		assertEquals(3, run("export", "--corpus", corpus, "--format", "jsonl,brat", "--layer", "王芳", "--out", dataset.toString()), err);
		assertTrue(err.contains("\n" + brokenLine(1).formatted("export")), "after the note that 王芳 is no corpus annotator: " + err);
		assertTrue(out.startsWith("2 reports, 2 spans (王芳) written to "), out);
		assertEquals(2, Files.readAllLines(dataset.resolve("jsonl/all.jsonl")).size());
		assertTrue(Files.readString(dataset.resolve("README.md"))
				.contains("1 reports of the corpus are left out because their files could not be read: " + ids.get(1) + "."));
		assertNoStackTrace();
	}

	@Test
	void everyBrokenReportIsNamedOnALineOfItsOwn() throws Exception {
		seedsWithTwoAnnotators();
		truncate(reportFile(0));
		Path layers = Path.of(corpus, "reports", ids.get(2), "layers");
		Path layer;
		try (Stream<Path> files = Files.list(layers)) {
			layer = files.sorted().findFirst().orElseThrow();
		}
		Files.writeString(layer, "not XML at all", StandardCharsets.UTF_8);

		assertEquals(3, run("stats", "--corpus", corpus), err);
		List<String> lines = err.lines().toList();
		assertEquals("reportbank stats: 2 reports could not be read and are left out:", lines.get(0), err);
		assertTrue(lines.get(1).startsWith("  reports/" + ids.get(0) + "/report.xmi: "), err);
		assertTrue(lines.get(2).startsWith("  reports/" + ids.get(2) + "/layers/" + layer.getFileName() + ": "), err);
		assertEquals(3, lines.size(), err);
		assertTrue(out.contains("reports     1 (and 2 that could not be read"), out);
		assertNoStackTrace();
	}

	@Test
	void cancellingStillStopsTheWalk() throws Exception {
		seedsWithTwoAnnotators();
		truncate(reportFile(2));
		for (String command : List.of("stats", "check", "agreement")) {
			NullProgressMonitor cancelAtFirstReport = new NullProgressMonitor() {
				@Override
				public void subTask(String name) {
					setCanceled(true);
				}
			};
			ByteArrayOutputStream stdout = new ByteArrayOutputStream();
			ByteArrayOutputStream stderr = new ByteArrayOutputStream();
			int code = new Cli().run(new String[] { command, "--corpus", corpus }, new PrintStream(stdout, true, StandardCharsets.UTF_8),
					new PrintStream(stderr, true, StandardCharsets.UTF_8), cancelAtFirstReport);
			String errors = stderr.toString(StandardCharsets.UTF_8);
			assertEquals(130, code, command + ": " + errors);
			assertFalse(errors.contains("could not be read"), "the broken third report was never reached: " + errors);
			assertFalse(stdout.toString(StandardCharsets.UTF_8).contains("spans per report"), "no partial figures");
		}
	}

	@Test
	void aTruncatedIndexIsNamedAndNothingIsDone() throws Exception {
		seedsWithTwoAnnotators();
		truncate(Path.of(corpus, "corpus.xmi"));
		for (String command : List.of("stats", "check", "agreement")) {
			assertEquals(1, run(command, "--corpus", corpus), command + ": " + err);
			assertTrue(err.startsWith("reportbank " + command + ": " + Path.of(corpus, "corpus.xmi").toAbsolutePath()), err);
			assertEquals("", out);
			assertNoStackTrace();
		}
		Path jsonl = dir.resolve("corpus.jsonl");
		assertEquals(1, run("export", "--corpus", corpus, "--format", "jsonl", "--out", jsonl.toString()), err);
		assertTrue(err.contains("corpus.xmi"), err);
		assertFalse(Files.exists(jsonl));
		assertNoStackTrace();
	}
}
