package org.reportbank.curation;

import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;

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
			Report stub = ReportbankFactory.eINSTANCE.createReport();
			stub.setId(snapshot.reportId());
			session.saveLayer(stub, snapshot.gold());
			if (snapshot.report() != null) {
				session.saveReportFile(snapshot.report());
				session.saveIndex();
			}
		}
	}
}
