package org.reportbank.sync.tests;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.ReportEntry;
import org.reportbank.sync.CorpusRepository;
import org.reportbank.sync.MergeConflict;
import org.reportbank.testing.Fixtures;

/**
 * A process that annotates and syncs a clone until it is killed, for {@link KillSafetyTest}: each
 * round adds a span to the person's layer and to the gold layer (so the syncs meet the other
 * clone's gold and merge it by the model), then syncs. It says on standard output when a sync
 * starts and ends, so the test knows what the kill interrupted.
 */
public final class SyncOverAndOver {

	private SyncOverAndOver() {
	}

	/** Arguments: the corpus folder, the person, a seed. */
	public static void main(String[] args) throws Exception {
		Path corpus = Path.of(args[0]);
		String person = args[1];
		Random random = new Random(Long.parseLong(args[2]));
		List<String> reports = CorpusStore.open(corpus).entries().stream().map(ReportEntry::getId).toList();
		for (int round = 0;; round++) {
			String reportId = reports.get(random.nextInt(reports.size()));
			addSpan(corpus, reportId, person, person + "-" + args[2] + "-" + round, random);
			addSpan(corpus, reportId, "gold", "gold-" + person + "-" + args[2] + "-" + round, random);
			System.out.println("sync " + round);
			System.out.flush();
			CorpusRepository.open(corpus).sync(person, conflict -> MergeConflict.Take.MINE, new NullProgressMonitor());
			System.out.println("synced " + round);
			System.out.flush();
		}
	}

	/** One more span with this id in a layer of the report (made when missing), saved as the workbench saves. */
	static void addSpan(Path corpus, String reportId, String layerId, String spanId, Random random) throws Exception {
		CorpusStore store = CorpusStore.open(corpus);
		Report report = store.loadReport(reportId);
		Layer layer = report.getLayers().stream().filter(l -> l.getId().equals(layerId)).findFirst()
				.orElseGet(() -> layerId.equals("gold") ? Fixtures.layer(report, "gold", LayerKind.GOLD)
						: Fixtures.annotator(report, layerId));
		int begin = random.nextInt(report.getText().length() - 4);
		Fixtures.span(layer, spanId, begin, begin + 1 + random.nextInt(3), "ORG", null);
		Team.save(corpus, reportId, layer);
	}
}
