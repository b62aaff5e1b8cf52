package org.reportbank.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.model.Annotator;
import org.reportbank.model.Layer;
import org.reportbank.model.Report;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.ReportStatus;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.Span;

/**
 * Writes an annotator's work: their layer file only (never another person's, so a team can share
 * the corpus folder), the annotator in the corpus index, and the report's status moving to "in
 * progress" the first time anyone works on it.
 */
public final class AnnotationFiles {

	private AnnotationFiles() {
	}

	/** What a write did besides writing. */
	public record Written(boolean statusMoved, List<String> arrivedIds) {
	}

	/**
	 * Writes the snapshot. If the same person's layer was saved elsewhere since it was loaded, the
	 * two are merged span by span (see {@link LayerMerge}) rather than one overwriting the other;
	 * the ids of the spans that came from elsewhere are returned, for the session to take them in.
	 */
	public static Written write(CorpusStore store, AnnotationSession.Snapshot snapshot) throws StoreException {
		try (CorpusStore.WriteSession session = store.beginWrite("save the annotations of " + snapshot.annotator())) {
			List<String> arrived = new ArrayList<>();
			Layer onDisk = store.loadLayer(snapshot.reportId(), snapshot.annotator()).orElse(null);
			// saved elsewhere since we read it: another stamp, or other spans (two saves may share a stamp)
			if (onDisk != null && (!Objects.equals(onDisk.getModified(), snapshot.baseModified())
					|| !LayerMerge.ids(onDisk.getSpans()).equals(snapshot.baseIds()))) {
				List<Span> added = LayerMerge.arrivals(snapshot.baseIds(), snapshot.layer(), onDisk);
				LayerMerge.addCopies(snapshot.layer(), added).forEach(s -> arrived.add(s.getId()));
			}
			Report stub = ReportbankFactory.eINSTANCE.createReport();
			stub.setId(snapshot.reportId());
			session.saveLayer(stub, snapshot.layer());
			boolean indexChanged = registerAnnotator(session, snapshot.annotator());
			boolean statusMoved = false;
			ReportEntry entry = session.corpus().getEntries().stream().filter(e -> snapshot.reportId().equals(e.getId()))
					.findFirst().orElse(null);
			if (entry != null && (entry.getStatus() == ReportStatus.NEW || entry.getStatus() == ReportStatus.PREANNOTATED)) {
				setStatus(store, session, snapshot.reportId(), ReportStatus.IN_PROGRESS);
				indexChanged = true;
				statusMoved = true;
			}
			if (indexChanged) {
				session.saveIndex();
			}
			return new Written(statusMoved, arrived);
		}
	}

	/** Sets a report's status (e.g. done) in its file and in the index. */
	public static void markStatus(CorpusStore store, String reportId, ReportStatus status) throws StoreException {
		try (CorpusStore.WriteSession session = store.beginWrite("set the status of " + reportId)) {
			setStatus(store, session, reportId, status);
			session.saveIndex();
		}
	}

	private static void setStatus(CorpusStore store, CorpusStore.WriteSession session, String reportId, ReportStatus status)
			throws StoreException {
		Report onDisk = store.loadReport(reportId);
		onDisk.setStatus(status);
		session.saveReportFile(onDisk);
	}

	private static boolean registerAnnotator(CorpusStore.WriteSession session, String name) {
		if (session.corpus().getAnnotators().stream().anyMatch(a -> name.equals(a.getId()))) {
			return false;
		}
		Annotator annotator = ReportbankFactory.eINSTANCE.createAnnotator();
		annotator.setId(name);
		annotator.setName(name);
		session.corpus().getAnnotators().add(annotator);
		return true;
	}
}
