package org.reportbank.ui.annotation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.widgets.Display;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.reportbank.editing.AnnotationSession;
import org.reportbank.editing.LayerEdit;
import org.reportbank.model.Layer;
import org.reportbank.model.LabelSet;
import org.reportbank.model.Report;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.Span;
import org.reportbank.ui.CorpusEvents;
import org.reportbank.ui.CorpusWrites;

/**
 * Annotate All Occurrences in the corpus: every other report where the current span's text occurs
 * gets the spans in the person's own layer, all in one write in the background; then the open
 * report gets its own as one edit that carries the other reports' part along, so one Undo takes
 * back all of them (and Redo does all of them again), each time in one background write.
 */
public final class AllOccurrencesInCorpus {

	/** What the corpus part did: the spans it added to each report's layer, in the order of the reports. */
	public record Tagged(Map<String, List<Span>> added) {
		public int spans() {
			return added.values().stream().mapToInt(List::size).sum();
		}

		public List<String> reportIds() {
			return List.copyOf(added.keySet());
		}
	}

	private final CorpusStore store;
	private final Display display;
	private final IEventBroker events;

	public AllOccurrencesInCorpus(CorpusStore store, Display display, IEventBroker events) {
		this.store = store;
		this.display = display;
		this.events = events;
	}

	/** Tags the current span's text in the other reports in a job, then in the open report with the same edit. */
	public void run(AnnotationEditor editor) {
		AnnotationSession session = editor.session();
		Span current = session == null ? null : session.current();
		if (current == null) {
			editor.tagAllOccurrences(); // says why
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
				String elsewhere = tagged.spans() + " in " + tagged.reportIds().size() + " other report"
						+ (tagged.reportIds().size() == 1 ? "" : "s");
				if (editor.session() != session) { // the person went to another report meanwhile: no edit to carry them
					events.post(CorpusEvents.STATUS, "Tagged " + text + " as " + label + ": " + elsewhere
							+ " (saved; the report it started from is no longer open, so Undo does not take those back)");
					return;
				}
				int here = tagged.spans() == 0 ? session.tagAllOccurrences(current)
						: session.tagAllOccurrences(current, new OtherReports(annotator, tagged));
				events.post(CorpusEvents.STATUS, "Tagged " + text + " as " + label + ": "
						+ (here == 0 ? "none needed here" : here + " here") + ", " + elsewhere
						+ (here > 0 || tagged.spans() > 0 ? " (one Undo takes them all back)" : ""));
			};
		}, problem -> events.post(CorpusEvents.STATUS, "Not annotated in the other reports: " + problem));
	}

	/** The other reports' part of the edit: Undo takes their spans out of the person's layers, Redo puts them back. */
	private final class OtherReports implements LayerEdit.Elsewhere {
		private final String annotator;
		private final Tagged tagged;

		OtherReports(String annotator, Tagged tagged) {
			this.annotator = annotator;
			this.tagged = tagged;
		}

		@Override
		public void undo() {
			write("Taking back the spans in " + tagged.reportIds().size() + " other reports", false);
		}

		@Override
		public void redo() {
			write("Tagging again in " + tagged.reportIds().size() + " other reports", true);
		}

		private void write(String what, boolean add) {
			CorpusWrites.withProgress(what, store, display, monitor -> {
				int changed = apply(store, annotator, tagged, add, monitor);
				return () -> {
					tagged.reportIds().forEach(id -> events.post(CorpusEvents.LAYER_SAVED, id));
					events.post(CorpusEvents.STATUS, (add ? "Tagged again: " : "Taken back: ") + changed + " spans in "
							+ tagged.reportIds().size() + " other reports");
				};
			}, problem -> events.post(CorpusEvents.STATUS, what + " failed: " + problem));
		}
	}

	/**
	 * Adds the spans to the annotator's layer of every report but the open one, in one write
	 * session and one commit; a report whose occurrences are all covered already is not written.
	 */
	public static Tagged tagElsewhere(CorpusStore store, String openId, String annotator, LabelSet labels, String text,
			String label, IProgressMonitor monitor) throws StoreException {
		List<ReportEntry> entries = List.copyOf(store.entries());
		SubMonitor progress = SubMonitor.convert(monitor, "Annotating " + text + " in the corpus", entries.size());
		Map<String, List<Span>> added = new LinkedHashMap<>();
		try (CorpusStore.WriteSession write = store.beginWrite("annotate all occurrences of " + text)) {
			for (ReportEntry entry : entries) {
				progress.checkCanceled();
				if (!entry.getId().equals(openId)) {
					Report report = store.loadReport(entry.getId());
					if (report.getText() != null && report.getText().contains(text)) {
						AnnotationSession elsewhere = new AnnotationSession(report, annotator, labels);
						Set<String> before = ids(elsewhere.ownLayer());
						if (elsewhere.tagOccurrences(text, label) > 0) {
							Layer layer = elsewhere.snapshot().layer();
							write.saveLayer(entry.getId(), layer);
							added.put(entry.getId(), layer.getSpans().stream().filter(s -> !before.contains(s.getId()))
									.map(EcoreUtil::copy).toList());
						}
					}
				}
				progress.worked(1);
			}
			write.commit();
		}
		return new Tagged(added);
	}

	/**
	 * Takes the spans back out of the annotator's layers ({@code add} false), or puts them back
	 * (true; a span already there by its id is not added twice), in one write; returns how many
	 * spans were taken out or put back. A span the person removed meanwhile is simply not there.
	 */
	public static int apply(CorpusStore store, String annotator, Tagged tagged, boolean add, IProgressMonitor monitor)
			throws StoreException {
		SubMonitor progress = SubMonitor.convert(monitor, tagged.reportIds().size());
		int changed = 0;
		try (CorpusStore.WriteSession write = store.beginWrite((add ? "redo" : "undo") + " annotate all occurrences")) {
			for (Map.Entry<String, List<Span>> entry : tagged.added().entrySet()) {
				progress.checkCanceled();
				java.util.Optional<Layer> stored = store.loadLayer(entry.getKey(), annotator);
				if (stored.isPresent()) {
					Layer layer = stored.get();
					Set<String> ids = ids(layer);
					int before = layer.getSpans().size();
					if (add) {
						entry.getValue().stream().filter(s -> !ids.contains(s.getId())).map(EcoreUtil::copy)
								.forEach(layer.getSpans()::add);
					} else {
						Set<String> taken = entry.getValue().stream().map(Span::getId).collect(Collectors.toSet());
						layer.getSpans().removeIf(s -> taken.contains(s.getId()));
					}
					if (layer.getSpans().size() != before) {
						changed += Math.abs(layer.getSpans().size() - before);
						write.saveLayer(entry.getKey(), layer);
					}
				}
				progress.worked(1);
			}
			write.commit();
		}
		return changed;
	}

	private static Set<String> ids(Layer layer) {
		return layer.getSpans().stream().map(Span::getId).collect(Collectors.toSet());
	}
}
