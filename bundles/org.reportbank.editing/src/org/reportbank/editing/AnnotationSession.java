package org.reportbank.editing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.reportbank.core.fields.DocumentFields;
import org.reportbank.core.metrics.MetricUnits;
import org.reportbank.core.store.AnnotatorNames;
import org.reportbank.model.Claim;
import org.reportbank.model.FieldDecision;
import org.reportbank.model.Label;
import org.reportbank.model.LabelSet;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Metric;
import org.reportbank.model.Report;
import org.reportbank.model.ReportStatus;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.ReportbankPackage;
import org.reportbank.model.Span;
import org.reportbank.model.SpanOrigin;
import org.reportbank.model.SpanStatus;

/**
 * One person annotating one report. Their work goes into a layer of their own (id = their name,
 * kind annotator); the pre-annotator's suggestions are never changed: accepting, rejecting or
 * editing one puts a span {@code basedOn} it into the person's layer. Every edit is a command on
 * an EMF command stack, so it can be undone and redone; the stack's save point is the dirty marker.
 * <p>
 * What the person sees is their own spans (not the rejected ones) and the suggestions they have
 * not decided on yet; other annotators' layers and gold stay out of sight. Not thread-safe: use it
 * from one thread (the UI thread).
 * <p>
 * The report's document fields (title, region, year, publisher, publication date) are suggestions
 * too: the person accepts a field's value or corrects it, and the decision goes into their layer,
 * never into the report, which only a curator changes (by adopting a decision).
 */
public final class AnnotationSession {

	/** Told after every edit, undo and redo, and when the current span changes. */
	public interface Listener {
		/** The look of text in [begin, end) may have changed. */
		void spansChanged(int begin, int end);

		default void currentChanged(Span current) {
		}

		/** Edits were made since the last save, or the last edit was saved. */
		default void dirtyChanged(boolean dirty) {
		}
	}

	/** What became of a span for this person. */
	public enum Decision {
		UNDECIDED, ACCEPTED, REJECTED
	}

	/**
	 * The order n / p walk the undecided suggestions in: where they stand in the text, or the
	 * suggestions a model was least sure of first (active learning: a decision there teaches the
	 * model most).
	 */
	public enum SuggestionOrder {
		POSITION, UNCERTAINTY
	}

	/**
	 * Document order, one place for every span: by start, the longer first (a claim before the
	 * organization that opens it), then by kind, label and id, so that two suggestions starting at
	 * the same offset are still two steps of n / p, never one hidden behind the other.
	 */
	public static final Comparator<Span> DOCUMENT_ORDER = Comparator.comparingInt(Span::getBegin)
			.thenComparing(Comparator.comparingInt(Span::getEnd).reversed())
			.thenComparing(span -> span.eClass().getName())
			.thenComparing(Span::getLabel, Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(Span::getId, Comparator.nullsFirst(Comparator.naturalOrder()));
	private static final Comparator<Span> BY_POSITION = DOCUMENT_ORDER;

	private final Report report;
	private final String annotator;
	private LabelSet labels;
	private final Layer own;
	/** The edits; an undo or redo through the stack itself (the workbench's Undo) is named as such in the status line. */
	private final BasicCommandStack commands = new BasicCommandStack() {
		@Override
		public void undo() {
			if (canUndo()) {
				lastStep = "Undo ";
				super.undo();
			}
		}

		@Override
		public void redo() {
			if (canRedo()) {
				lastStep = "Redo ";
				super.redo();
			}
		}
	};
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	/** Suggestion id → the person's span based on it; null after any change, and with it the two lists. */
	private Map<String, Span> decisions;
	private List<Span> shownCache;
	private List<Span> allCache;
	/** The layer's save stamp, span ids and decided fields as last read from or written to disk, for merging. */
	private String baseModified;
	private Set<String> baseIds;
	private Set<String> baseFields;
	private List<Span> suggestions;
	private Span current;
	private TokenBoundaries tokens;
	/** "", "Undo " or "Redo ": how the most recent command came to be the most recent. */
	private String lastStep = "";

	public AnnotationSession(Report report, String annotator, LabelSet labels) {
		String problem = AnnotatorNames.problem(annotator);
		if (problem != null) {
			throw new IllegalArgumentException("annotator name: " + problem);
		}
		for (Layer layer : report.getLayers()) {
			if (layer.getId() != null && !layer.getId().equals(annotator) && layer.getId().equalsIgnoreCase(annotator)) {
				// their files would be one file on a disk that ignores case (macOS, Windows)
				throw new IllegalArgumentException("annotator name: \"" + annotator + "\" differs from the layer \""
						+ layer.getId() + "\" only in case; use the same name, or another one");
			}
		}
		this.report = report;
		this.annotator = annotator;
		this.labels = labels;
		this.own = report.getLayers().stream()
				.filter(l -> l.getKind() == LayerKind.ANNOTATOR && annotator.equals(l.getId())).findFirst()
				.orElseGet(this::createOwnLayer);
		baseModified = own.getModified();
		baseIds = LayerMerge.ids(own.getSpans());
		baseFields = LayerMerge.fields(own);
		commands.addCommandStackListener(event -> {
			decisions = null;
			Command last = commands.getMostRecentCommand();
			if (last instanceof LayerEdit<?> edit) {
				fireChanged(edit.begin(), edit.end());
			}
			fireDirty();
		});
	}

	private Layer createOwnLayer() {
		Layer layer = ReportbankFactory.eINSTANCE.createLayer();
		layer.setId(annotator);
		layer.setKind(LayerKind.ANNOTATOR);
		layer.setAnnotator(annotator);
		report.getLayers().add(layer);
		return layer;
	}

	public Report report() {
		return report;
	}

	public String annotator() {
		return annotator;
	}

	public LabelSet labels() {
		return labels;
	}

	/** The corpus label set changed (colors, keys, guidelines): spans keep their label names. */
	public void useLabels(LabelSet changed) {
		labels = changed;
		fireChanged(0, report.getText().length());
	}

	/** Word boundaries from elsewhere (a segmenter run on the fly) for a report that has no tokenization. */
	public void useTokens(TokenBoundaries boundaries) {
		tokens = boundaries;
	}

	/** Whether the report carries the segmenter's tokenization. */
	public boolean hasTokenization() {
		return report.getLayers().stream().anyMatch(l -> l.getTokenization() != null);
	}

	/** The person's layer (in the report, created empty if they had none). */
	public Layer ownLayer() {
		return own;
	}

	public BasicCommandStack commandStack() {
		return commands;
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	// --- what there is -------------------------------------------------------------------------

	/** The pre-annotator's suggestions (status suggested), by position. */
	public List<Span> suggestions() {
		if (suggestions == null) {
			List<Span> found = new ArrayList<>();
			for (Layer layer : report.getLayers()) {
				if (layer.getKind() == LayerKind.PREANNOTATION) {
					for (Span span : layer.getSpans()) {
						if (span.getStatus() == SpanStatus.SUGGESTED) {
							found.add(span);
						}
					}
				}
			}
			found.sort(BY_POSITION);
			suggestions = found;
		}
		return suggestions;
	}

	public boolean isSuggestion(Span span) {
		return span.eContainer() instanceof Layer layer && layer.getKind() == LayerKind.PREANNOTATION;
	}

	public boolean isOwn(Span span) {
		return span.eContainer() == own;
	}

	/** The person's span based on the suggestion, or null while they have not decided on it. */
	public Span decisionOn(Span suggestion) {
		if (decisions == null) {
			shownCache = null; // the lists below hang on the decisions: made anew with them
			allCache = null;
			Map<String, Span> byBasis = new HashMap<>();
			for (Span span : own.getSpans()) {
				if (span.getBasedOn() != null) {
					byBasis.put(span.getBasedOn(), span);
				}
			}
			decisions = byBasis;
		}
		return decisions.get(suggestion.getId());
	}

	public Decision decision(Span span) {
		if (isSuggestion(span)) {
			Span decided = decisionOn(span);
			return decided == null ? Decision.UNDECIDED : decision(decided);
		}
		return switch (span.getStatus()) {
		case REJECTED -> Decision.REJECTED;
		case SUGGESTED -> Decision.UNDECIDED;
		default -> Decision.ACCEPTED;
		};
	}

	/** What the text shows: the person's spans that are not rejected, and undecided suggestions. */
	public List<Span> shownSpans() {
		if (decisions != null && shownCache != null) {
			return shownCache; // several views ask after every edit: work it out once
		}
		List<Span> shown = new ArrayList<>();
		for (Span span : own.getSpans()) {
			if (span.getStatus() != SpanStatus.REJECTED) {
				shown.add(span);
			}
		}
		for (Span suggestion : suggestions()) {
			if (decisionOn(suggestion) == null) {
				shown.add(suggestion);
			}
		}
		shown.sort(BY_POSITION);
		shownCache = List.copyOf(shown);
		return shownCache;
	}

	/** The person's rejected spans (suggestions they turned down), for a view that shows them struck through. */
	public List<Span> rejectedSpans() {
		List<Span> rejected = new ArrayList<>();
		for (Span span : own.getSpans()) {
			if (span.getStatus() == SpanStatus.REJECTED) {
				rejected.add(span);
			}
		}
		return rejected;
	}

	/** Every span once: the person's (rejected ones too) and the suggestions not decided on. */
	public List<Span> allSpans() {
		if (decisions != null && allCache != null) {
			return allCache;
		}
		List<Span> all = new ArrayList<>(own.getSpans());
		for (Span suggestion : suggestions()) {
			if (decisionOn(suggestion) == null) {
				all.add(suggestion);
			}
		}
		all.sort(BY_POSITION);
		allCache = List.copyOf(all);
		return allCache;
	}

	/** How many suggestions the person has decided on. */
	public int decidedCount() {
		int decided = 0;
		for (Span suggestion : suggestions()) {
			if (decisionOn(suggestion) != null) {
				decided++;
			}
		}
		return decided;
	}

	/** The shortest shown span covering the offset, or null. */
	public Span shownAt(int offset) {
		Span best = null;
		for (Span span : shownSpans()) {
			if (span.getBegin() <= offset && offset < span.getEnd()
					&& (best == null || span.getEnd() - span.getBegin() < best.getEnd() - best.getBegin())) {
				best = span;
			}
		}
		return best;
	}

	/**
	 * The first undecided suggestion after {@code anchor} in document order, wrapping round; null
	 * when none is left. The anchor may be decided already (the suggestion just accepted): its place
	 * in the order is what counts, not whether it is still listed.
	 */
	public Span nextUndecided(Span anchor) {
		return nextUndecided(anchor, SuggestionOrder.POSITION);
	}

	/** The last undecided suggestion before {@code anchor} in document order, wrapping round; null when none is left. */
	public Span previousUndecided(Span anchor) {
		return previousUndecided(anchor, SuggestionOrder.POSITION);
	}

	/** The first undecided suggestion after {@code anchor} in the order, wrapping round; null when none is left. */
	public Span nextUndecided(Span anchor, SuggestionOrder order) {
		Comparator<Span> comparator = comparator(order);
		Span first = null;
		for (Span suggestion : undecidedIn(comparator)) {
			if (comparator.compare(suggestion, anchor) > 0) {
				return suggestion;
			}
			if (first == null) {
				first = suggestion;
			}
		}
		return first;
	}

	/** The last undecided suggestion before {@code anchor} in the order, wrapping round; null when none is left. */
	public Span previousUndecided(Span anchor, SuggestionOrder order) {
		Comparator<Span> comparator = comparator(order);
		List<Span> undecided = undecidedIn(comparator);
		Span last = null;
		for (int i = undecided.size() - 1; i >= 0; i--) {
			Span suggestion = undecided.get(i);
			if (comparator.compare(suggestion, anchor) < 0) {
				return suggestion;
			}
			if (last == null) {
				last = suggestion;
			}
		}
		return last;
	}

	/** The undecided suggestion the order starts with (the most uncertain one, or the first in the text); null when none is left. */
	public Span firstUndecided(SuggestionOrder order) {
		List<Span> undecided = undecidedIn(comparator(order));
		return undecided.isEmpty() ? null : undecided.get(0);
	}

	/**
	 * How sure the models are of a suggestion: its confidence minus that of the most confident other
	 * undecided suggestion of exactly the same place with another label (negative when that one is
	 * preferred); with no such rival, how far its confidence is from a coin toss, |2·confidence − 1|.
	 * The smaller, the more a person's decision on it is worth.
	 */
	public double margin(Span suggestion) {
		return margin(suggestion, undecidedByPlace());
	}

	private double margin(Span suggestion, Map<Long, List<Span>> byPlace) {
		double rival = Double.NaN;
		for (Span other : byPlace.getOrDefault(place(suggestion), List.of())) {
			if (other != suggestion && !java.util.Objects.equals(other.getLabel(), suggestion.getLabel())
					&& (Double.isNaN(rival) || other.getConfidence() > rival)) {
				rival = other.getConfidence();
			}
		}
		return Double.isNaN(rival) ? Math.abs(2 * suggestion.getConfidence() - 1) : suggestion.getConfidence() - rival;
	}

	/** The undecided suggestions by their exact place, so that rivals are found without a walk over all of them. */
	private Map<Long, List<Span>> undecidedByPlace() {
		Map<Long, List<Span>> byPlace = new HashMap<>();
		for (Span suggestion : suggestions()) {
			if (decisionOn(suggestion) == null) {
				byPlace.computeIfAbsent(place(suggestion), k -> new ArrayList<>()).add(suggestion);
			}
		}
		return byPlace;
	}

	private static long place(Span span) {
		return ((long) span.getBegin() << 32) | (span.getEnd() & 0xffffffffL);
	}

	private Comparator<Span> comparator(SuggestionOrder order) {
		if (order == SuggestionOrder.POSITION) {
			return DOCUMENT_ORDER;
		}
		// margins worked out once per step, not once per comparison; ties in document order
		Map<Long, List<Span>> byPlace = undecidedByPlace();
		Map<Span, Double> margins = new HashMap<>();
		return Comparator.<Span>comparingDouble(span -> margins.computeIfAbsent(span, s -> margin(s, byPlace)))
				.thenComparing(DOCUMENT_ORDER);
	}

	private List<Span> undecidedIn(Comparator<Span> order) {
		List<Span> undecided = new ArrayList<>();
		for (Span suggestion : suggestions()) {
			if (decisionOn(suggestion) == null) {
				undecided.add(suggestion);
			}
		}
		undecided.sort(order);
		return undecided;
	}

	/** The first undecided suggestion starting at or after the offset (the caret), wrapping round; null when none is left. */
	public Span firstUndecidedFrom(int offset) {
		Span first = null;
		for (Span suggestion : suggestions()) {
			if (decisionOn(suggestion) == null) {
				if (suggestion.getBegin() >= offset) {
					return suggestion;
				}
				if (first == null) {
					first = suggestion;
				}
			}
		}
		return first;
	}

	/** The last undecided suggestion starting before the offset (the caret), wrapping round; null when none is left. */
	public Span lastUndecidedBefore(int offset) {
		Span last = null;
		List<Span> all = suggestions();
		for (int i = all.size() - 1; i >= 0; i--) {
			Span suggestion = all.get(i);
			if (decisionOn(suggestion) == null) {
				if (suggestion.getBegin() < offset) {
					return suggestion;
				}
				if (last == null) {
					last = suggestion;
				}
			}
		}
		return last;
	}

	/**
	 * The undecided suggestions of a label whose confidence is at least {@code minConfidence}, in
	 * document order: what a bulk decision would act on, to be counted before it runs.
	 */
	public List<Span> undecidedSuggestions(String labelName, double minConfidence) {
		List<Span> found = new ArrayList<>();
		for (Span suggestion : suggestions()) {
			if (decisionOn(suggestion) == null && (labelName == null || labelName.equals(suggestion.getLabel()))
					&& suggestion.getConfidence() >= minConfidence) {
				found.add(suggestion);
			}
		}
		return found;
	}

	public Label label(String name) {
		return SpanKinds.label(labels, name);
	}

	/** Word boundaries of the text, from the pre-annotation's tokenization (characters without one). */
	public TokenBoundaries tokens() {
		if (tokens == null) {
			tokens = report.getLayers().stream().filter(l -> l.getTokenization() != null).findFirst()
					.map(l -> TokenBoundaries.of(l.getTokenization(), report.getText().length()))
					.orElseGet(() -> TokenBoundaries.characters(report.getText().length()));
		}
		return tokens;
	}

	// --- the current span ------------------------------------------------------------------------

	/**
	 * The current span, or null once it has left the report's layers: a span an undo took away
	 * lives on inside the undo record (its container is a change description, not a layer), and
	 * acting on it would make a decision on a span nobody can see.
	 */
	public Span current() {
		return current != null && current.eContainer() instanceof Layer layer && layer.eContainer() == report
				&& decisionFree(current) ? current : null;
	}

	private boolean decisionFree(Span span) {
		// a suggestion that has been decided on is represented by the decision now
		return !isSuggestion(span) || decisionOn(span) == null;
	}

	public void select(Span span) {
		if (span != current) {
			current = span;
			for (Listener listener : listeners) {
				listener.currentChanged(span);
			}
		}
	}

	// --- edits -----------------------------------------------------------------------------------

	/**
	 * Tags [begin, end) with the label. The same span again is not added twice; an undecided
	 * suggestion with the same place and label is accepted instead, so its origin is kept.
	 */
	public Span tag(int begin, int end, String labelName) {
		if (begin < 0 || end > report.getText().length() || begin >= end) {
			throw new IllegalArgumentException("no text selected (" + begin + ", " + end + ")");
		}
		for (Span span : own.getSpans()) {
			if (span.getBegin() == begin && span.getEnd() == end && labelName.equals(span.getLabel())
					&& span.getStatus() != SpanStatus.REJECTED) {
				return span;
			}
		}
		for (Span suggestion : suggestions()) {
			if (suggestion.getBegin() == begin && suggestion.getEnd() == end && labelName.equals(suggestion.getLabel())
					&& decisionOn(suggestion) == null) {
				return accept(suggestion);
			}
		}
		return run("Tag " + labelName, begin, end, () -> tagNow(begin, end, labelName));
	}

	/**
	 * Tags every other occurrence of the span's text in the report with the span's label, as one
	 * edit (one undo). Where a shown span of that label already covers the occurrence (the person's
	 * own, or an undecided suggestion, left for them to decide) nothing is added. Returns how many
	 * occurrences were tagged (0: no edit was made).
	 */
	public int tagAllOccurrences(Span span) {
		return tagAllOccurrences(span, null);
	}

	/**
	 * The same for a text and label from elsewhere (another report's span): every occurrence not
	 * yet covered by a shown span of the label is tagged, as one edit; returns how many.
	 */
	public int tagOccurrences(String wanted, String labelName) {
		return tagOccurrences(wanted, labelName, -1, null);
	}

	/**
	 * Tags every other occurrence of the span's text here as one edit that also carries what the
	 * same step did in other reports ({@code elsewhere}), so one Undo takes back both; the edit
	 * is made even when nothing is left to tag here (with no {@code elsewhere}: as
	 * {@link #tagAllOccurrences(Span)}). Returns how many were tagged here.
	 */
	public int tagAllOccurrences(Span span, LayerEdit.Elsewhere elsewhere) {
		return tagOccurrences(report.getText().substring(span.getBegin(), span.getEnd()), span.getLabel(), span.getBegin(), elsewhere);
	}

	private int tagOccurrences(String wanted, String labelName, int skipped, LayerEdit.Elsewhere elsewhere) {
		if (wanted.isEmpty()) {
			return 0;
		}
		String text = report.getText();
		List<int[]> places = new ArrayList<>();
		for (int at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + wanted.length())) {
			int end = at + wanted.length();
			if (at != skipped && !coveredByShown(at, end, labelName)) {
				places.add(new int[] { at, end });
			}
		}
		if (places.isEmpty() && elsewhere == null) {
			return 0;
		}
		int begin = places.stream().mapToInt(p -> p[0]).min().orElse(0);
		int end = places.stream().mapToInt(p -> p[1]).max().orElse(0);
		LayerEdit<Void> edit = LayerEdit.of("Tag " + places.size() + " × " + labelName + (elsewhere == null ? "" : " and in other reports"),
				own, begin, end, () -> places.forEach(p -> tagNow(p[0], p[1], labelName)));
		execute(elsewhere == null ? edit : edit.alongside(elsewhere));
		return places.size();
	}

	private boolean coveredByShown(int begin, int end, String labelName) {
		for (Span shown : shownSpans()) {
			if (shown.getBegin() <= begin && end <= shown.getEnd() && labelName.equals(shown.getLabel())) {
				return true;
			}
		}
		return false;
	}

	/** Inside an edit: a new human span of the person. */
	private Span tagNow(int begin, int end, String labelName) {
		Span span = (Span) ReportbankFactory.eINSTANCE.create(classFor(labelName));
		span.setId(newId());
		span.setBegin(begin);
		span.setEnd(end);
		span.setLabel(labelName);
		span.setOrigin(SpanOrigin.HUMAN);
		span.setStatus(SpanStatus.ACCEPTED);
		span.setAnnotator(annotator);
		own.getSpans().add(span);
		return span;
	}

	/**
	 * Takes the suggestions of a new pre-annotation layer (models retrained in the background wrote
	 * it) into the open session without reloading: undecided suggestions the new layer does not
	 * have go, its new ones come in, and those both have keep their objects (so the current span
	 * stays current) with the new confidence. Suggestions a person decided on stay as they are. The
	 * person's layer and the undo history are not touched: this is not an edit of theirs. Listeners
	 * are told that the whole text may look different.
	 */
	public void refreshSuggestions(Layer fresh) {
		Layer target = report.getLayers().stream().filter(l -> l.getKind() == LayerKind.PREANNOTATION).findFirst()
				.orElse(null);
		Layer incoming = EcoreUtil.copy(fresh); // the caller's layer stays whole
		if (target == null) {
			report.getLayers().add(incoming);
		} else {
			Map<String, Span> byId = new HashMap<>();
			incoming.getSpans().forEach(span -> byId.put(span.getId(), span));
			Set<String> kept = new java.util.HashSet<>();
			for (Span old : List.copyOf(target.getSpans())) {
				Span replacement = byId.get(old.getId());
				if (old.getStatus() != SpanStatus.SUGGESTED || decisionOn(old) != null) {
					kept.add(old.getId()); // decided: a person's span is based on this very suggestion
				} else if (replacement != null) {
					old.setConfidence(replacement.getConfidence());
					old.setTool(replacement.getTool());
					kept.add(old.getId());
				} else {
					target.getSpans().remove(old);
				}
			}
			List<Span> arriving = incoming.getSpans().stream().filter(span -> !kept.contains(span.getId())).toList();
			target.getSpans().addAll(arriving);
			relinkClaims(target, arriving);
			if (fresh.getModified() != null) {
				target.setModified(fresh.getModified());
			}
		}
		suggestions = null;
		decisions = null;
		fireChanged(0, report.getText().length());
	}

	/** Claims that came from another layer cite the metrics of this one with the same ids, or none. */
	private static void relinkClaims(Layer layer, List<Span> arrived) {
		Map<String, Span> byId = new HashMap<>();
		layer.getSpans().forEach(span -> byId.put(span.getId(), span));
		for (Span span : arrived) {
			if (span instanceof Claim claim) {
				List<Metric> relinked = new ArrayList<>();
				for (Metric metric : claim.getMetrics()) {
					if (byId.get(metric.getId()) instanceof Metric here) {
						relinked.add(here);
					}
				}
				claim.getMetrics().clear();
				claim.getMetrics().addAll(relinked);
			}
		}
	}

	/** Accepts a suggestion (its copy enters the person's layer) or the person's own span. */
	public Span accept(Span span) {
		return run("Accept " + span.getLabel(), span.getBegin(), span.getEnd(), () -> {
			Span mine = ownVersion(span);
			mine.setStatus(SpanStatus.ACCEPTED);
			return mine;
		});
	}

	/**
	 * Rejects a suggestion (a rejected span based on it enters the person's layer). The person's
	 * own span is marked rejected when it stands for a suggestion, and removed when they made it.
	 */
	public void reject(Span span) {
		run("Reject " + span.getLabel(), span.getBegin(), span.getEnd(), () -> rejectNow(span));
	}

	public void acceptAll(Collection<Span> spans) {
		runOnAll("Accept " + spans.size() + " spans", spans, span -> ownVersion(span).setStatus(SpanStatus.ACCEPTED));
	}

	public void rejectAll(Collection<Span> spans) {
		runOnAll("Reject " + spans.size() + " spans", spans, this::rejectNow);
	}

	private void rejectNow(Span span) {
		if (isOwn(span) && span.getBasedOn() == null) {
			unlinkFromOwnClaims(span, null);
			own.getSpans().remove(span);
		} else {
			Span mine = ownVersion(span);
			mine.setStatus(SpanStatus.REJECTED);
			unlinkFromOwnClaims(mine, null); // a rejected metric is no evidence for a claim
		}
	}

	/** Gives the span another label (a suggestion is accepted with it); the span's kind follows the label's category. */
	public Span relabel(Span span, String labelName) {
		Span result = run("Label " + labelName, span.getBegin(), span.getEnd(), () -> {
			Span mine = ownVersion(span);
			mine.setStatus(SpanStatus.ACCEPTED);
			EClass wanted = classFor(labelName);
			if (mine.eClass() != wanted) {
				mine = replaceClass(mine, wanted);
			}
			mine.setLabel(labelName);
			return mine;
		});
		select(result);
		return result;
	}

	/** Moves the span's edges by the given number of characters (negative widens at the start). */
	public Span resize(Span span, int deltaBegin, int deltaEnd) {
		int begin = Math.max(0, span.getBegin() + deltaBegin);
		int end = Math.min(report.getText().length(), span.getEnd() + deltaEnd);
		if (begin >= end) {
			return span;
		}
		Span result = run("Resize " + span.getLabel(), Math.min(begin, span.getBegin()), Math.max(end, span.getEnd()), () -> {
			Span mine = ownVersion(span);
			mine.setStatus(SpanStatus.ACCEPTED);
			mine.setBegin(begin);
			mine.setEnd(end);
			return mine;
		});
		select(result);
		return result;
	}

	/**
	 * Sets an attribute (note, metric value, unit, ...). Editing is deciding: the span is accepted
	 * with the change (a suggestion through the person's copy of it), and what derives from a
	 * metric's value and unit, its normalized value and unit, is worked out again.
	 */
	public Span set(Span span, EStructuralFeature feature, Object value) {
		Span result = run("Set " + feature.getName(), span.getBegin(), span.getEnd(), () -> {
			Span mine = ownVersion(span);
			mine.setStatus(SpanStatus.ACCEPTED);
			mine.eSet(feature, value);
			if (mine instanceof Metric metric && (feature == ReportbankPackage.Literals.METRIC__VALUE
					|| feature == ReportbankPackage.Literals.METRIC__UNIT)) {
				renormalize(metric);
			}
			return mine;
		});
		select(result);
		return result;
	}

	// --- document fields ---------------------------------------------------------------------------

	/** The person's decision on the document field ({@link DocumentFields#NAMES}), or null while they have not decided it. */
	public FieldDecision fieldDecision(String field) {
		return FieldDecisions.on(own, field);
	}

	/** Accepts the report's value of the document field, as one undoable edit. */
	public FieldDecision acceptField(String field) {
		return decideField(field, DocumentFields.text(report, field));
	}

	/**
	 * Gives the document field a value as one undoable edit of the person's layer: accepted when it
	 * is the report's, a correction otherwise (blank: the report should have none), replacing an
	 * earlier decision on the field. A value the field cannot hold is refused with the reason.
	 */
	public FieldDecision decideField(String field, String typed) {
		String value = DocumentFields.typed(typed);
		String problem = DocumentFields.problem(field, value);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
		String suggested = DocumentFields.text(report, field);
		FieldDecision earlier = fieldDecision(field);
		if (earlier != null && java.util.Objects.equals(earlier.getValue(), value)
				&& java.util.Objects.equals(earlier.getSuggested(), suggested)) {
			return earlier; // nothing new: no edit to undo
		}
		String name = java.util.Objects.equals(value, suggested) ? "Accept " + field
				: "Correct " + field + (value == null ? " to none" : " to " + value);
		return run(name, 0, 0, () -> FieldDecisions.decide(own, field, suggested, value));
	}

	/** How far the person got with this report: in progress, or done once they say so. */
	public ReportStatus status() {
		return own.getStatus() == ReportStatus.NEW ? ReportStatus.IN_PROGRESS : own.getStatus();
	}

	/**
	 * The person says they are done with the report (or not yet): an edit like any other, undoable,
	 * saved with their layer.
	 */
	public void markDone(boolean done) {
		ReportStatus wanted = done ? ReportStatus.DONE : ReportStatus.IN_PROGRESS;
		if (own.getStatus() != wanted) {
			run(done ? "Mark done" : "Mark in progress", 0, 0, () -> own.setStatus(wanted));
		}
	}

	/** Makes the claim cite the metric, or stop citing it (a suggested claim or metric is accepted first). */
	public Claim cite(Span claim, Span metric, boolean cited) {
		Claim result = run((cited ? "Cite " : "Uncite ") + metric.getLabel(), claim.getBegin(), claim.getEnd(), () -> {
			Claim mine = (Claim) ownVersion(claim);
			if (mine.getStatus() == SpanStatus.REJECTED) {
				mine.setStatus(SpanStatus.ACCEPTED);
			}
			if (cited) {
				Metric citedMetric = (Metric) ownVersion(metric);
				if (citedMetric.getStatus() == SpanStatus.REJECTED) {
					citedMetric.setStatus(SpanStatus.ACCEPTED);
				}
				if (!mine.getMetrics().contains(citedMetric)) {
					mine.getMetrics().add(citedMetric);
				}
			} else {
				mine.getMetrics().remove(isOwn(metric) ? metric : decisionOn(metric));
			}
			return mine;
		});
		select(result);
		return result;
	}

	/** Removes one of the person's own spans (a decision removed makes its suggestion undecided again). */
	public void delete(Span span) {
		if (!isOwn(span)) {
			throw new IllegalArgumentException("only the annotator's own spans can be deleted; reject a suggestion instead");
		}
		run("Delete " + span.getLabel(), span.getBegin(), span.getEnd(), () -> {
			unlinkFromOwnClaims(span, null);
			own.getSpans().remove(span);
		});
	}

	public boolean canUndo() {
		return commands.canUndo();
	}

	public boolean canRedo() {
		return commands.canRedo();
	}

	public void undo() {
		commands.undo();
	}

	public void redo() {
		commands.redo();
	}

	/**
	 * What the last edit, undo or redo did, in words for the status line: the edit's name and the
	 * text it touched ("Accept METRIC 7个", "Undo Reject ORG 区司法局"); null before any edit.
	 */
	public String lastEditSummary() {
		Command last = commands.getMostRecentCommand();
		return last instanceof LayerEdit<?> ? lastStep + last.getDescription() : null;
	}

	/** How far the person got: "12 / 157 reviewed" (suggestions decided on / suggestions). */
	public String reviewedSummary() {
		return decidedCount() + " / " + suggestions().size() + " reviewed";
	}

	/** Whether there are edits since the last save. */
	public boolean isDirty() {
		return commands.isSaveNeeded();
	}

	/** The layer was saved as it is now. */
	public void saved() {
		commands.saveIsDone();
	}

	/**
	 * A copy of the person's layer as it is now, to be written (possibly on another thread) by
	 * {@link AnnotationFiles#write}; hand it back to {@link #written} once it is on disk.
	 */
	public Snapshot snapshot() {
		Layer copy = EcoreUtil.copy(own);
		for (Span span : copy.getSpans()) {
			if (span instanceof Claim claim) {
				claim.getMetrics().removeIf(m -> m.eContainer() != copy); // defensive: a file links only within itself
			}
		}
		if (copy.getStatus() == ReportStatus.NEW || copy.getStatus() == ReportStatus.PREANNOTATED) {
			copy.setStatus(ReportStatus.IN_PROGRESS); // saved work is work in progress until marked done
		}
		copy.setModified(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString());
		return new Snapshot(report.getId(), annotator, copy, commands.getUndoCommand(), baseModified, Set.copyOf(baseIds),
				Set.copyOf(baseFields));
	}

	/**
	 * The snapshot is on disk: clean, unless edits were made since it was taken. Spans that the
	 * write took in from a save made elsewhere (same person, another workbench) join this layer.
	 */
	public void written(Snapshot snapshot, AnnotationFiles.Written written) {
		List<String> arrivedIds = written.arrivedIds();
		own.setModified(snapshot.layer().getModified());
		own.setStatus(snapshot.layer().getStatus());
		baseModified = snapshot.layer().getModified();
		baseIds = LayerMerge.ids(snapshot.layer().getSpans());
		baseFields = LayerMerge.fields(snapshot.layer());
		for (String field : written.arrivedFields()) {
			if (fieldDecision(field) == null) { // decided elsewhere and saved: taken in, not an edit of this session
				own.getFieldDecisions().add(EcoreUtil.copy(FieldDecisions.on(snapshot.layer(), field)));
			}
		}
		if (!arrivedIds.isEmpty() || !written.arrivedFields().isEmpty()) {
			Set<String> arrived = Set.copyOf(arrivedIds);
			List<Span> incoming = snapshot.layer().getSpans().stream().filter(s -> arrived.contains(s.getId())).toList();
			LayerMerge.addCopies(own, incoming); // already on disk: not an edit of this session, not undoable
			decisions = null;
			fireChanged(0, report.getText().length());
		}
		if (commands.getUndoCommand() == snapshot.top()) {
			commands.saveIsDone();
			fireDirty();
		}
	}

	/** The person's layer of one report at one moment, and what was on disk when it was loaded or last saved. */
	public record Snapshot(String reportId, String annotator, Layer layer, Command top, String baseModified,
			Set<String> baseIds, Set<String> baseFields) {
	}

	// --- helpers -------------------------------------------------------------------------------

	/** Runs the change as one undoable command and returns what it made. */
	private <T> T run(String label, int begin, int end, Supplier<T> change) {
		return execute(new LayerEdit<>(label, own, begin, end, change));
	}

	private void run(String label, int begin, int end, Runnable change) {
		execute(LayerEdit.of(label, own, begin, end, change));
	}

	private <T> T execute(LayerEdit<T> edit) {
		lastStep = "";
		// "Accept METRIC 7个": what the status line says it did, and what Undo offers to take back
		String text = report.getText();
		int begin = Math.max(0, Math.min(edit.begin(), text.length()));
		int end = Math.max(begin, Math.min(edit.end(), text.length()));
		String touched = end - begin > 24 ? text.substring(begin, begin + 24) + "…" : text.substring(begin, end);
		edit.setDescription(edit.getLabel() + (touched.isBlank() ? "" : " " + touched.replace('\n', ' ')));
		commands.execute(edit);
		return edit.result();
	}

	private void runOnAll(String label, Collection<Span> spans, java.util.function.Consumer<Span> change) {
		if (spans.isEmpty()) {
			return;
		}
		int begin = spans.stream().mapToInt(Span::getBegin).min().getAsInt();
		int end = spans.stream().mapToInt(Span::getEnd).max().getAsInt();
		List<Span> copy = List.copyOf(spans);
		run(label, begin, end, () -> copy.forEach(change));
	}

	/** The person's span for this one: itself when it is theirs, else their decision on the suggestion, made if need be. */
	private Span ownVersion(Span span) {
		if (isOwn(span)) {
			return span;
		}
		Span decided = decisionOn(span);
		if (decided != null && decided.eContainer() == own) {
			return decided;
		}
		Span copy = EcoreUtil.copy(span);
		copy.setId(newId());
		copy.setBasedOn(span.getId());
		copy.setAnnotator(annotator);
		if (copy instanceof Claim claim) {
			relinkToOwn(claim, (Claim) span);
		}
		own.getSpans().add(copy);
		decisions = null;
		if (copy instanceof Metric metric) {
			linkIntoOwnClaims(metric, (Metric) span);
		}
		return copy;
	}

	/** The person's claims based on claims that cite this suggested metric now cite their version of it. */
	private void linkIntoOwnClaims(Metric mine, Metric suggested) {
		for (Span span : own.getSpans()) {
			if (span instanceof Claim claim && claim.getBasedOn() != null && !claim.getMetrics().contains(mine)) {
				Span basis = suggestionById(claim.getBasedOn());
				if (basis instanceof Claim suggestedClaim && suggestedClaim.getMetrics().contains(suggested)) {
					claim.getMetrics().add(mine);
				}
			}
		}
	}

	private Span suggestionById(String id) {
		for (Span suggestion : suggestions()) {
			if (suggestion.getId().equals(id)) {
				return suggestion;
			}
		}
		return null;
	}

	/**
	 * A span of the person's layer goes away (removed, or replaced by one of another kind): no claim
	 * of theirs may keep citing it, or the layer file would hold a link to nothing, or to a non-metric.
	 */
	private void unlinkFromOwnClaims(Span gone, Span replacement) {
		for (Span span : own.getSpans()) {
			if (span instanceof Claim claim) {
				int at = claim.getMetrics().indexOf(gone);
				if (at >= 0) {
					if (replacement instanceof Metric metric) {
						claim.getMetrics().set(at, metric);
					} else {
						claim.getMetrics().remove(at);
					}
				}
			}
		}
	}

	/** A claim's metrics live in the suggestion layer: link the person's versions of them, or none. */
	private void relinkToOwn(Claim copy, Claim original) {
		copy.getMetrics().clear();
		for (Metric metric : original.getMetrics()) {
			Span mine = decisionOn(metric);
			if (mine instanceof Metric m && m.getStatus() != SpanStatus.REJECTED) {
				copy.getMetrics().add(m);
			}
		}
	}

	/**
	 * The normalized value and unit follow a corrected value or unit (6.35万件 corrected to 6.4万件
	 * is 64000 件); a unit the table does not know normalizes to itself, so the value is never left
	 * disagreeing with a stale normalization.
	 */
	private static void renormalize(Metric metric) {
		if (metric.getValue() == null) {
			metric.setNormalizedValue(null);
			metric.setNormalizedUnit(null);
			return;
		}
		MetricUnits.Normalized normalized = MetricUnits.normalize(metric.getValue(), metric.getUnit()).orElse(null);
		if (normalized == null) {
			metric.setNormalizedValue(metric.getValue());
			metric.setNormalizedUnit(metric.getUnit());
		} else {
			metric.setNormalizedValue(normalized.value());
			metric.setNormalizedUnit(normalized.unit());
			metric.setKind(normalized.kind());
		}
	}

	private Span replaceClass(Span span, EClass wanted) {
		Span replacement = SpanKinds.retyped(span, wanted);
		if (span instanceof Claim claim && replacement instanceof Claim) {
			((Claim) replacement).getMetrics().addAll(claim.getMetrics());
		}
		unlinkFromOwnClaims(span, replacement);
		int index = own.getSpans().indexOf(span);
		own.getSpans().set(index, replacement);
		decisions = null;
		return replacement;
	}

	private EClass classFor(String labelName) {
		return SpanKinds.classFor(labels, labelName);
	}

	private static String newId() {
		return "h" + EcoreUtil.generateUUID();
	}

	private void fireDirty() {
		boolean dirty = isDirty();
		for (Listener listener : listeners) {
			listener.dirtyChanged(dirty);
		}
	}

	private void fireChanged(int begin, int end) {
		for (Listener listener : listeners) {
			listener.spansChanged(begin, end);
		}
	}
}
