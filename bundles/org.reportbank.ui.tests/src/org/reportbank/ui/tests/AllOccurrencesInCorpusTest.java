package org.reportbank.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.importing.CorpusImporter;
import org.reportbank.core.labels.DefaultLabels;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.model.Layer;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.Span;
import org.reportbank.model.SpanOrigin;
import org.reportbank.ui.annotation.AllOccurrencesInCorpus;

/** Annotate All Occurrences in the corpus, the part that writes the other reports: real store, real seed reports. */
class AllOccurrencesInCorpusTest {

	@TempDir
	Path dir;

	@Test
	void everyOtherReportGetsTheSpansInThePersonsLayerInOneWriteAndASecondRunAddsNothing() throws Exception {
		CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		new CorpusImporter().importFiles(store, List.of(Path.of(System.getProperty("reportbank.root")).resolve("seeds")),
				new NullProgressMonitor());
		List<String> ids = store.entries().stream().map(ReportEntry::getId).toList();
		String open = ids.get(0);
		List<Integer> expected = new ArrayList<>();
		for (String id : ids.subList(1, ids.size())) {
			String text = store.loadReport(id).getText();
			int found = 0;
			for (int at = text.indexOf("工作"); at >= 0; at = text.indexOf("工作", at + 2)) {
				found++;
			}
			expected.add(found);
		}
		assertTrue(expected.stream().allMatch(n -> n > 0), "工作 in every other report: " + expected);

		AllOccurrencesInCorpus.Tagged tagged = AllOccurrencesInCorpus.tagElsewhere(store, open, "王芳", DefaultLabels.create(),
				"工作", "DATE", new NullProgressMonitor());

		assertEquals(ids.subList(1, ids.size()), tagged.reportIds());
		assertEquals(expected.stream().mapToInt(Integer::intValue).sum(), tagged.spans());
		for (int i = 1; i < ids.size(); i++) {
			Layer layer = store.loadLayer(ids.get(i), "王芳").orElseThrow();
			List<Span> spans = layer.getSpans();
			assertEquals(expected.get(i - 1).intValue(), spans.size(), ids.get(i));
			assertTrue(spans.stream().allMatch(s -> "DATE".equals(s.getLabel()) && s.getOrigin() == SpanOrigin.HUMAN
					&& "王芳".equals(s.getAnnotator())));
		}
		assertTrue(store.loadLayer(open, "王芳").isEmpty(), "the open report is the editor's: not written here");

		AllOccurrencesInCorpus.Tagged again = AllOccurrencesInCorpus.tagElsewhere(store, open, "王芳", DefaultLabels.create(),
				"工作", "DATE", new NullProgressMonitor());
		assertEquals(0, again.spans(), "every occurrence is covered now");
		assertEquals(List.of(), again.reportIds(), "and no report is written again");
		// Undo and Redo of the edit: the same spans out of the layers and back, by their ids
		int total = tagged.spans();
		assertEquals(total, AllOccurrencesInCorpus.apply(store, "王芳", tagged, false, new NullProgressMonitor()));
		for (String id : ids.subList(1, ids.size())) {
			assertTrue(store.loadLayer(id, "王芳").orElseThrow().getSpans().isEmpty(), id + " has its spans taken back");
		}
		assertEquals(total, AllOccurrencesInCorpus.apply(store, "王芳", tagged, true, new NullProgressMonitor()));
		assertEquals(total, AllOccurrencesInCorpus.apply(store, "王芳", tagged, true, new NullProgressMonitor()) + total,
				"putting back twice adds nothing the second time");
		for (int i = 1; i < ids.size(); i++) {
			assertEquals(expected.get(i - 1).intValue(), store.loadLayer(ids.get(i), "王芳").orElseThrow().getSpans().size(), ids.get(i));
		}
	}
}
