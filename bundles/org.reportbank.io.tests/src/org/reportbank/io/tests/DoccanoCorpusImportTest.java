package org.reportbank.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.importing.CorpusImporter;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.io.formats.DoccanoCorpusImport;
import org.reportbank.model.Entity;
import org.reportbank.model.Layer;
import org.reportbank.model.Metric;
import org.reportbank.model.Report;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** A team's doccano work coming back: onto the reports it came from, as one annotator's layer. */
class DoccanoCorpusImportTest {

	@TempDir
	Path dir;

	@Test
	void recordsLandOnTheirReportsAsTheAnnotatorsLayerAndNewTextsBecomeReports() throws Exception {
		CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		new CorpusImporter().importFiles(store,
				List.of(Path.of(System.getProperty("reportbank.root", "../..")).resolve("seeds/000_2d72018e1f56853b.txt")),
				new NullProgressMonitor());
		String id = store.entries().get(0).getId();
		String text = store.loadReport(id).getText();
		int org = text.codePointCount(0, text.indexOf("区司法局"));
		int count = text.codePointCount(0, text.indexOf("28件"));
		String fresh = "𠀀区2024年法治政府建设情况报告\n全年受理68件。";
		Path file = dir.resolve("doccano.jsonl");
		Files.writeString(file, record(text, org, org + 4, "ORG", count, count + 3, "METRIC") + "\n"
				+ record(fresh, 1, 2, "LOC", fresh.codePointCount(0, fresh.indexOf("68件")),
						fresh.codePointCount(0, fresh.indexOf("68件")) + 3, "METRIC")
				+ "\n");

		DoccanoCorpusImport.Result result = new DoccanoCorpusImport().importInto(store, file, "李明", new NullProgressMonitor());

		assertEquals(1, result.updated());
		assertEquals(1, result.added());
		CorpusStore reopened = CorpusStore.open(dir.resolve("corpus"));
		Report report = reopened.loadReport(id);
		Layer layer = report.getLayers().stream().filter(l -> l.getId().equals("李明")).findFirst().orElseThrow();
		assertTrue(layer.getSpans().get(0) instanceof Entity);
		assertEquals("区司法局", text.substring(layer.getSpans().get(0).getBegin(), layer.getSpans().get(0).getEnd()));
		assertTrue(layer.getSpans().get(1) instanceof Metric);
		assertEquals("28件", text.substring(layer.getSpans().get(1).getBegin(), layer.getSpans().get(1).getEnd()));
		assertEquals(2, reopened.entries().size());
		Report added = reopened.loadReport(reopened.entries().get(1).getId());
		assertEquals(fresh, added.getText(), "a new text is kept exactly, so its offsets stay right");
		Layer addedLayer = added.getLayers().get(0);
		assertEquals("68件", fresh.substring(addedLayer.getSpans().get(1).getBegin(), addedLayer.getSpans().get(1).getEnd()));
		assertTrue(reopened.corpus().getAnnotators().stream().anyMatch(a -> a.getId().equals("李明")));
	}

	@Test
	void aBadLineImportsNothing() throws Exception {
		CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		Path file = dir.resolve("bad.jsonl");
		Files.writeString(file, record("全年受理68件。", 4, 7, "METRIC", 0, 2, "DATE") + "\n{\"text\": \"坏\", \"label\": [[0, 9, \"ORG\"]]}\n");
		StoreException e = assertThrows(StoreException.class,
				() -> new DoccanoCorpusImport().importInto(store, file, "李明", new NullProgressMonitor()));
		assertTrue(e.getMessage().contains("bad.jsonl:2"), e.getMessage());
		assertEquals(0, CorpusStore.open(dir.resolve("corpus")).entries().size());
	}

	private static String record(String text, int b1, int e1, String l1, int b2, int e2, String l2) {
		JsonObject o = new JsonObject();
		o.addProperty("text", text);
		JsonArray labels = new JsonArray();
		labels.add(span(b1, e1, l1));
		labels.add(span(b2, e2, l2));
		o.add("label", labels);
		return o.toString();
	}

	private static JsonArray span(int begin, int end, String label) {
		JsonArray a = new JsonArray();
		a.add(begin);
		a.add(end);
		a.add(label);
		return a;
	}
}
