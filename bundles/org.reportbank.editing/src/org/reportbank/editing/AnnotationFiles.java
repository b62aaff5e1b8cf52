package org.reportbank.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.reportbank.core.store.CorpusStore;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.reportbank.core.store.StoreException;
import org.reportbank.model.FieldDecision;
import org.reportbank.model.Layer;
import org.reportbank.model.Span;

/**
 * Writes an annotator's work: their layer file of the report and nothing else. Not the corpus
 * index, not the report file: those are shared by the whole team, so two annotators working on
 * copies of one corpus folder never change the same file and their copies merge without
 * conflict. How far the annotator got (in progress, done) is kept in the layer itself.
 */
public final class AnnotationFiles {

	private AnnotationFiles() {
	}

	/**
	 * What a write did besides writing: the ids of spans, and the fields whose decisions, it took in
	 * from a save made elsewhere.
	 */
	public record Written(List<String> arrivedIds, List<String> arrivedFields) {
	}

	/**
	 * Writes the snapshot. If the same person's layer was saved elsewhere since it was loaded, the
	 * two are merged span by span and field by field (see {@link LayerMerge}) rather than one
	 * overwriting the other; what came from elsewhere is returned, for the session to take it in.
	 */
	public static Written write(CorpusStore store, AnnotationSession.Snapshot snapshot) throws StoreException {
		try (CorpusStore.WriteSession session = store.beginWrite("save the annotations of " + snapshot.annotator())) {
			List<String> arrived = new ArrayList<>();
			List<String> arrivedFields = new ArrayList<>();
			Layer onDisk = store.loadLayer(snapshot.reportId(), snapshot.annotator()).orElse(null);
			// saved elsewhere since we read it: another stamp, or other spans or fields (two saves may share a stamp)
			if (onDisk != null && (!Objects.equals(onDisk.getModified(), snapshot.baseModified())
					|| !LayerMerge.ids(onDisk.getSpans()).equals(snapshot.baseIds())
					|| !LayerMerge.fields(onDisk).equals(snapshot.baseFields()))) {
				List<Span> added = LayerMerge.arrivals(snapshot.baseIds(), snapshot.layer(), onDisk);
				LayerMerge.addCopies(snapshot.layer(), added).forEach(s -> arrived.add(s.getId()));
				for (FieldDecision decision : LayerMerge.fieldArrivals(snapshot.baseFields(), snapshot.layer(), onDisk)) {
					snapshot.layer().getFieldDecisions().add(EcoreUtil.copy(decision));
					arrivedFields.add(decision.getField());
				}
			}
			session.saveLayer(snapshot.reportId(), snapshot.layer());
			session.commit();
			return new Written(arrived, arrivedFields);
		}
	}
}
