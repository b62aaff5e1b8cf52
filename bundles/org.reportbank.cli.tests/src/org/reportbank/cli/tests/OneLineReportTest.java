package org.reportbank.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.model.Layer;
import org.reportbank.model.Metric;
import org.reportbank.testing.Fixtures;

/**
 * A report whose text came from a PDF on one line is imported and pre-annotated as the same report
 * with its line breaks: the same metrics, in the same order, with the same values and units, and
 * the same rate checks.
 */
class OneLineReportTest extends CliRun {

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "seeds/000_2d72018e1f56853b.txt", "seeds/002_2da23d56d58a0cbd.txt", "seeds/004_da950378957249dd.txt",
			Fixtures.WRITTEN_REPORT })
	void aFlattenedReportYieldsTheSameMetricsAndChecks(String report) throws Exception {
		Path original = Fixtures.repository().resolve(report);
		Path flat = Files.writeString(dir.resolve("flat.txt"),
				Fixtures.flattenedAsFromPdf(Files.readString(original, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);

		List<String> lined = metricsAndChecks(original, "lined");
		List<String> oneLine = metricsAndChecks(flat, "one-line");

		assertTrue(lined.size() > 20, lined.toString());
		assertEquals(lined, oneLine);
	}

	/** Imports the file into a corpus of its own, pre-annotates it, and lists its metrics and checks. */
	private List<String> metricsAndChecks(Path file, String name) throws Exception {
		String corpus = dir.resolve(name).toString();
		assertEquals(0, run("import", file.toString(), "--corpus", corpus), err);
		assertEquals(0, run("annotate", "--corpus", corpus), err);
		CorpusStore store = CorpusStore.open(Path.of(corpus));
		String id = store.entries().get(0).getId();
		Layer layer = store.loadLayer(id, "preannotation").orElseThrow();
		List<String> found = new java.util.ArrayList<>(layer.getSpans().stream().filter(Metric.class::isInstance).map(Metric.class::cast)
				.map(m -> m.getValue().stripTrailingZeros().toPlainString() + " " + m.getUnit()).toList());
		layer.getChecks().forEach(c -> found.add("check " + c.getVerdict() + " " + c.getStated()));
		return found;
	}
}
