package org.reportbank.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.Span;
import org.reportbank.model.SpanOrigin;
import org.reportbank.model.SpanStatus;

/** export as a dataset folder, and the stats of spans per report and suggestion acceptance. */
class ExportCommandTest extends CliRun {

	@TempDir
	Path dir;

	private static List<String> listing(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	/** Imports and pre-annotates the seeds; 王芳 accepts the first suggestion of the first report and rejects the second. */
	private String annotatedCorpus() throws Exception {
		String corpus = dir.resolve("corpus").toString();
		assertEquals(0, run("import", seeds(), "--corpus", corpus), err);
		assertEquals(0, run("annotate", "--corpus", corpus, "--threads", "2"), err);
		CorpusStore store = CorpusStore.open(Path.of(corpus));
		Report report = store.loadReport(store.entries().get(0).getId());
		Layer suggestions = report.getLayers().stream().filter(l -> l.getKind() == LayerKind.PREANNOTATION).findFirst().orElseThrow();
		Layer human = ReportbankFactory.eINSTANCE.createLayer();
		human.setId("王芳");
		human.setKind(LayerKind.ANNOTATOR);
		human.setAnnotator("王芳");
		human.getSpans().add(decision(suggestions.getSpans().get(0), SpanStatus.ACCEPTED));
		human.getSpans().add(decision(suggestions.getSpans().get(1), SpanStatus.REJECTED));
		report.getLayers().add(human);
		store.save(report);
		return corpus;
	}

	private static Span decision(Span suggestion, SpanStatus status) {
		Span span = ReportbankFactory.eINSTANCE.createSpan();
		span.setId("王芳-" + suggestion.getId());
		span.setBegin(suggestion.getBegin());
		span.setEnd(suggestion.getEnd());
		span.setLabel(suggestion.getLabel());
		span.setOrigin(SpanOrigin.HUMAN);
		span.setStatus(status);
		span.setAnnotator("王芳");
		span.setBasedOn(suggestion.getId());
		return span;
	}

	@Test
	void exportsEveryFormatWithSplitAndCard() throws Exception {
		String corpus = annotatedCorpus();
		Path dataset = dir.resolve("dataset");
		assertEquals(0, run("export", "--corpus", corpus, "--format", "jsonl,conll,chars,chars-bmes,brat,doccano", "--out",
				dataset.toString(), "--layer", "accepted", "--split", "1:0:0", "--seed", "7"), err);
		assertTrue(out.contains("1 reports, 1 spans (accepted) written to"), out);
		assertTrue(err.contains("2 of 3 reports left out: not annotated in layer accepted"), err);
		assertEquals(List.of("README.md", "brat", "chars", "chars-bmes", "conll", "doccano", "jsonl"), listing(dataset));
		assertEquals(List.of("annotation.conf", "train", "visual.conf"), listing(dataset.resolve("brat")),
				"brat's files straight in its folder, as brat wants them");
		String card = Files.readString(dataset.resolve("README.md"));
		assertTrue(card.contains("reportbank export --corpus " + corpus + " --format jsonl,conll,chars,chars-bmes,brat,doccano --out "
				+ dataset + " --layer accepted --split 1:0:0 --seed 7"), card);
		assertTrue(card.contains("| train | 1 |"), card);
		assertTrue(card.contains("One annotator layer (王芳): no agreement figures."), card);
		assertEquals(List.of("corpus", "dataset"), listing(dir), "no temporary folder left");

		// the same folder again: refused, unchanged
		assertEquals(1, run("export", "--corpus", corpus, "--format", "conll", "--out", dataset.toString()));
		assertTrue(err.contains("exists and is not empty; choose an empty or new folder"), err);
		assertEquals(card, Files.readString(dataset.resolve("README.md")));
		assertEquals(List.of("README.md", "brat", "chars", "chars-bmes", "conll", "doccano", "jsonl"), listing(dataset));
	}

	@Test
	void jsonlAloneIsStillOneLosslessFile() throws Exception {
		String corpus = dir.resolve("corpus").toString();
		assertEquals(0, run("import", seeds(), "--corpus", corpus), err);
		Path file = dir.resolve("corpus.jsonl");
		assertEquals(0, run("export", "--corpus", corpus, "--format", "jsonl", "--out", file.toString()), err);
		assertTrue(Files.isRegularFile(file));
		assertEquals(3, Files.readAllLines(file).size());

		assertEquals(3, run("import", file.toString(), "--corpus", corpus), "the export given as a report is refused");
		String said = out + err; // the import lists each file with what it did (refused, and why)
		assertTrue(said.contains("corpus.jsonl") && said.contains("Reportbank JSONL export") && said.contains("import it with --jsonl"),
				said);
		assertEquals(3, org.reportbank.core.store.CorpusStore.open(Path.of(corpus)).entries().size(), "and nothing was added");
	}

	@Test
	void wrongOptionsAreUsageErrorsAndAFileParentIsAClearFailure() throws Exception {
		String corpus = dir.resolve("corpus").toString();
		assertEquals(0, run("import", seeds(), "--corpus", corpus), err);
		assertEquals(2, run("export", "--corpus", corpus, "--format", "conll,yaml", "--out", "x"));
		assertTrue(err.contains("unknown format yaml"), err);
		assertEquals(2, run("export", "--corpus", corpus, "--format", "conll", "--out", "x", "--split", "8:1"));
		assertTrue(err.contains("TRAIN:DEV:TEST"), err);
		assertEquals(2, run("export", "--corpus", corpus, "--format", "conll", "--out", "x", "--seed", "3"));
		assertTrue(err.contains("--seed and --stratify go with --split"), err);
		assertEquals(2, run("export", "--corpus", corpus, "--format", "conll", "--out", "x", "--split", "8:1:1", "--stratify", "province"));
		assertEquals(2, run("export", "--corpus", corpus, "--format", "conll", "--out", "x", "--split", "8:1:1", "--seed", "many"));

		Path file = Files.writeString(dir.resolve("plain-file"), "x");
		assertEquals(1, run("export", "--corpus", corpus, "--format", "conll", "--out", file.resolve("sub").toString()));
		assertTrue(err.contains("is a file, not a folder; no dataset written"), err);
		assertFalse(err.contains("Exception"), err);
	}

	@Test
	void statsTellSpansPerReportAndAcceptancePerLabel() throws Exception {
		String corpus = annotatedCorpus();
		assertEquals(0, run("stats", "--corpus", corpus), err);
		assertTrue(out.contains("spans per report:"), out);
		assertTrue(out.lines().anyMatch(l -> l.trim().startsWith("mean")), out);
		assertTrue(out.contains("suggestion acceptance by label:"), out);
		// one suggestion accepted, one rejected: two decided in all
		int decided = 0;
		int accepted = 0;
		boolean inTable = false;
		for (String line : out.lines().toList()) {
			if (line.startsWith("suggestion acceptance")) {
				inTable = true;
				continue;
			}
			String[] cells = line.trim().split("\\s+");
			if (inTable && cells.length >= 4 && cells[1].matches("\\d+")) {
				decided += Integer.parseInt(cells[2]);
				accepted += Integer.parseInt(cells[3]);
			}
		}
		assertEquals(2, decided, out);
		assertEquals(1, accepted, out);
	}
}
