package org.reportbank.core.stats;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.model.Layer;
import org.reportbank.model.Report;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.Span;

/** Counts over a corpus: reports, characters, sections, and spans by label, origin and status. */
public final class CorpusStatistics {

	/** The counts; maps are sorted by key so the output is stable. */
	public record Counts(int reports, long characters, int sections, int spans, Map<String, Integer> spansByLabel,
			Map<String, Integer> spansByOrigin, Map<String, Integer> spansByStatus, Map<String, Integer> reportsByYear,
			Map<String, Integer> reportsByRegion) {
	}

	public Counts count(CorpusStore store, IProgressMonitor monitor) throws StoreException {
		List<ReportEntry> entries = List.copyOf(store.entries());
		SubMonitor progress = SubMonitor.convert(monitor, "Counting " + entries.size() + " reports", entries.size());
		long characters = 0;
		int sections = 0;
		int spans = 0;
		Map<String, Integer> byLabel = new TreeMap<>();
		Map<String, Integer> byOrigin = new TreeMap<>();
		Map<String, Integer> byStatus = new TreeMap<>();
		Map<String, Integer> byYear = new TreeMap<>();
		Map<String, Integer> byRegion = new TreeMap<>();
		for (ReportEntry entry : entries) {
			if (progress.isCanceled()) {
				break;
			}
			characters += entry.getCharacters();
			sections += entry.getSectionCount();
			byYear.merge(entry.getYear() == null ? "unknown" : entry.getYear().toString(), 1, Integer::sum);
			byRegion.merge(entry.getRegion() == null ? "unknown" : entry.getRegion(), 1, Integer::sum);
			Report report = store.loadReport(entry.getId());
			for (Layer layer : report.getLayers()) {
				for (Span span : layer.getSpans()) {
					spans++;
					byLabel.merge(String.valueOf(span.getLabel()), 1, Integer::sum);
					byOrigin.merge(span.getOrigin().getLiteral(), 1, Integer::sum);
					byStatus.merge(span.getStatus().getLiteral(), 1, Integer::sum);
				}
			}
			progress.worked(1);
		}
		return new Counts(entries.size(), characters, sections, spans, byLabel, byOrigin, byStatus, byYear, byRegion);
	}
}
