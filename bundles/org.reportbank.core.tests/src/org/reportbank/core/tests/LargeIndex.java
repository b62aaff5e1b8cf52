package org.reportbank.core.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.reportbank.core.store.CorpusStore;

/** Corpora whose index is large and whose reports are not there: enough for tests that read or write only the index. */
final class LargeIndex {

	private LargeIndex() {
	}

	/**
	 * A new corpus folder whose index lists {@code count} entries (ids 0000000000000000,
	 * 0000000000000001, …) and that has no report files. Written as text next to the index a real
	 * corpus starts with, since importing that many reports would take a minute.
	 */
	static Path withEntries(Path corpus, int count) throws Exception {
		CorpusStore.openOrCreate(corpus);
		Path index = corpus.resolve(CorpusStore.INDEX_FILE);
		String text = Files.readString(index);
		StringBuilder entries = new StringBuilder();
		for (int i = 0; i < count; i++) {
			// a title and file name as long as a real report's, so an entry weighs in memory what a real one does
			entries.append(String.format(Locale.ROOT, "  <entries id=\"%016x\" title=\"某某市某某区人民政府关于2023年度法治政府建设工作情况的报告（第%d号）\""
					+ " region=\"某某市某某区\" year=\"2023\" sourceFile=\"某某市某某区人民政府-2023年度法治政府建设报告-%06d.html\""
					+ " characters=\"120\" sectionCount=\"3\"/>%n", i, i, i));
		}
		int end = text.lastIndexOf("</");
		Files.writeString(index, text.substring(0, end) + entries + text.substring(end), StandardCharsets.UTF_8);
		return corpus;
	}
}
