package org.reportbank.curation;

import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;

/**
 * Writes a curator's work: the gold layer file of the report, and the report file with its index
 * entry only when a document field or the report's status changed. The annotators' layer files
 * are never written.
 */
public final class CurationFiles {

	private CurationFiles() {
	}

	public static void write(CorpusStore store, CurationSession.Snapshot snapshot) throws StoreException {
		try (CorpusStore.WriteSession session = store.beginWrite("save the gold layer of " + snapshot.reportId())) {
			session.saveLayer(snapshot.reportId(), snapshot.gold());
			if (snapshot.report() != null) {
				session.saveReportFile(snapshot.report());
			}
			session.commit(); // the gold layer and the report's fields together, or neither
		}
	}
}
