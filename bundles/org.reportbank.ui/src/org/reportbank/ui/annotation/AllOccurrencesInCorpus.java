package org.reportbank.ui.annotation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.widgets.Display;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.editing.AnnotationSession;
import org.reportbank.model.LabelSet;
import org.reportbank.model.Report;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.Span;
import org.reportbank.ui.CorpusEvents;
import org.reportbank.ui.CorpusWrites;

/**
 * Annotate All Occurrences in the corpus: the open report gets its spans as one undoable edit, as
 * in the report; every other report where the text occurs gets them in the person's own layer, all
 * in one write in the background. Those reports are not open, so there is nothing to undo them
 * with: Undo takes back the open report's spans only, and the status line says so.
 */
public final class AllOccurrencesInCorpus {

	/** What the corpus part did: spans added and the reports they went into. */
	public record Tagged(int spans, List<String> reportIds) {
	}

	private final CorpusStore store;
	private final Display display;
	private final IEventBroker events;

	public AllOccurrencesInCorpus(CorpusStore store, Display display, IEventBroker events) {
		this.store = store;
		this.display = display;
		this.events = events;
	}

	/** Tags the current span's text in the open report now and in the other reports in a job. */
	public void run(AnnotationEditor editor) {
		AnnotationSession session = editor.session();
		Span current = session == null ? null : session.current();
		int here = editor.tagAllOccurrences(); // says why when there is no current span
		if (current == null || here < 0) {
			return;
		}
		String text = session.report().getText().substring(current.getBegin(), current.getEnd());
		String label = current.getLabel();
		String openId = session.report().getId();
		String annotator = session.annotator();
		LabelSet labels = session.labels();
		CorpusWrites.withProgress("Annotating " + text + " in the corpus", store, display, monitor -> {
			Tagged tagged = tagElsewhere(store, openId, annotator, labels, text, label, monitor);
			return () -> {
				tagged.reportIds().forEach(id -> events.post(CorpusEvents.LAYER_SAVED, id));
				String inThisReport = here == 0 ? "none needed here" : here + " here (one Undo takes them back)";
				events.post(CorpusEvents.STATUS, "Tagged " + text + " as " + label + ": " + inThisReport + ", "
						+ tagged.spans() + " in " + tagged.reportIds().size() + " other report"
						+ (tagged.reportIds().size() == 1 ? "" : "s") + " (saved; Undo does not take those back)");
			};
		}, problem -> events.post(CorpusEvents.STATUS, "Not annotated in the other reports: " + problem));
	}

	/**
	 * Adds the spans to the annotator's layer of every report but the open one, in one write
	 * session and one commit; a report whose occurrences are all covered already is not written.
	 */
	public static Tagged tagElsewhere(CorpusStore store, String openId, String annotator, LabelSet labels, String text,
			String label, IProgressMonitor monitor) throws StoreException {
		List<ReportEntry> entries = List.copyOf(store.entries());
		SubMonitor progress = SubMonitor.convert(monitor, "Annotating " + text + " in the corpus", entries.size());
		int spans = 0;
		List<String> written = new ArrayList<>();
		try (CorpusStore.WriteSession write = store.beginWrite("annotate all occurrences of " + text)) {
			for (ReportEntry entry : entries) {
				progress.checkCanceled();
				if (!entry.getId().equals(openId)) {
					Report report = store.loadReport(entry.getId());
					if (report.getText() != null && report.getText().contains(text)) {
						AnnotationSession elsewhere = new AnnotationSession(report, annotator, labels);
						int added = elsewhere.tagOccurrences(text, label);
						if (added > 0) {
							write.saveLayer(entry.getId(), elsewhere.snapshot().layer());
							spans += added;
							written.add(entry.getId());
						}
					}
				}
				progress.worked(1);
			}
			write.commit();
		}
		return new Tagged(spans, written);
	}
}
