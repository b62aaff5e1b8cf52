package org.reportbank.curation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.reportbank.core.fields.DocumentFields;
import org.reportbank.editing.FieldDecisions;
import org.reportbank.editing.SpanKinds;
import org.reportbank.model.Claim;
import org.reportbank.model.FieldDecision;
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
 * One curator making the gold layer of one report from its annotators' layers.
 * <p>
 * <b>Candidates</b> are the annotators' spans that are not rejected (layers of kind annotator,
 * ordered by annotator name: that order gives the keys 1..9). Two candidates are <i>the same</i>
 * when begin, end and label are equal and, for metrics, value and unit too (a claim's label is its
 * type). A candidate every annotator has (two annotators at least) is <b>merged automatically</b>:
 * its gold span has annotator {@value #AUTO} and all annotators as sources. The other candidates
 * are grouped into <b>disagreements</b>: candidates that overlap, directly or through a chain, form
 * one disagreement (claims apart from the other spans, since a claim is a sentence that holds
 * metrics and entities).
 * <p>
 * A disagreement is <b>resolved</b> by taking one annotator's version (all their candidates in it),
 * by dropping it, or by taking a version and editing it. Every candidate of a resolved disagreement
 * leaves a gold span: accepted if it was taken, rejected if not, so the gold layer tells who
 * decided what: {@code annotator} is the curator, {@code sources} the annotators who had that
 * span, {@code basedOn} the id of the annotator's span it copies (in the layer of a source: ids are
 * unique within one layer file only). Candidates that are the same
 * leave one gold span. A gold span that differs from the span it is based on was edited.
 * Every decision is a command on an EMF command stack (undo, redo, save point).
 * <p>
 * <b>Document fields</b> (title, region, year, publisher, publication date) are the report's own:
 * the curator changes them in the report (report.xmi and the index entry are written on save),
 * typing a value or adopting one the annotators gave in their layers ({@link #fieldProposals()}).
 * {@link #finish()} marks the gold layer and the report curated. Not thread-safe.
 */
public final class CurationSession {

	/** The id of the gold layer (reserved: no annotator may be called so). */
	public static final String GOLD_ID = "gold";
	/** The annotator of gold spans merged automatically because every annotator had them. */
	public static final String AUTO = "auto";

	/** What became of a disagreement. */
	public enum Resolution {
		UNRESOLVED, TAKEN, EDITED, DROPPED
	}

	/** Told after every decision, undo and redo. */
	public interface Listener {
		void changed();

		default void dirtyChanged(boolean dirty) {
		}
	}

	/**
	 * Competing candidates at one place: for each annotator (in {@link #annotators()} order) the
	 * candidates of theirs in it, maybe none.
	 */
	public record Disagreement(int index, int begin, int end, boolean claims, Map<String, List<Span>> versions) {

		public List<Span> version(String annotator) {
			return versions.getOrDefault(annotator, List.of());
		}

		public List<Span> candidates() {
			List<Span> all = new ArrayList<>();
			versions.values().forEach(all::addAll);
			return all;
		}
	}

	/**
	 * A value annotators gave a document field that is not the report's value now: who gave it (in
	 * {@link #annotators()} order), out of how many annotators; null value: the report should have none.
	 */
	public record FieldProposal(String field, String value, List<String> annotators, int of) {
	}

	private static final Comparator<Span> BY_POSITION = Comparator.comparingInt(Span::getBegin)
			.thenComparing(Comparator.comparingInt(Span::getEnd).reversed()).thenComparing(s -> String.valueOf(s.getLabel()));

	private final Report report;
	private final String curator;
	private final LabelSet labels;
	private final List<String> annotators;
	private final Map<String, Layer> layers = new LinkedHashMap<>();
	/** Annotator → span id → span: ids are unique within a layer file only (a doccano import numbers each layer alike). */
	private final Map<String, Map<String, Span>> candidateById = new HashMap<>();
	private final Map<Span, String> annotatorOf = new IdentityHashMap<>();
	private final Layer gold;
	private final List<Disagreement> disagreements;
	private final BasicCommandStack commands = new BasicCommandStack();
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private boolean setupUnsaved;
	private String savedReportState;

	public CurationSession(Report report, String curator, LabelSet labels) {
		if (curator == null || curator.isBlank()) {
			throw new IllegalArgumentException("no curator");
		}
		this.report = report;
		this.curator = curator.strip();
		this.labels = labels;
		List<Layer> annotatorLayers = report.getLayers().stream()
				.filter(l -> l.getKind() == LayerKind.ANNOTATOR && l.getId() != null)
				.sorted(Comparator.comparing(Layer::getId)).toList();
		for (Layer layer : annotatorLayers) {
			layers.putIfAbsent(layer.getId(), layer);
		}
		annotators = List.copyOf(layers.keySet());
		for (Layer layer : layers.values()) {
			Map<String, Span> byId = candidateById.computeIfAbsent(layer.getId(), k -> new HashMap<>());
			for (Span span : layer.getSpans()) {
				byId.putIfAbsent(span.getId(), span);
				annotatorOf.put(span, layer.getId());
			}
		}
		gold = report.getLayers().stream().filter(l -> l.getKind() == LayerKind.GOLD).findFirst().orElseGet(() -> {
			Layer created = ReportbankFactory.eINSTANCE.createLayer();
			created.setId(GOLD_ID);
			created.setKind(LayerKind.GOLD);
			created.setStatus(ReportStatus.IN_PROGRESS);
			report.getLayers().add(created);
			setupUnsaved = true;
			return created;
		});
		gold.setAnnotator(this.curator);
		disagreements = mergeAndGroup();
		savedReportState = reportState();
		commands.addCommandStackListener(event -> {
			listeners.forEach(Listener::changed);
			fireDirty();
		});
	}

	// --- what there is -------------------------------------------------------------------------

	public Report report() {
		return report;
	}

	public String curator() {
		return curator;
	}

	/** The annotators whose layers are curated, in key order (1 is the first). */
	public List<String> annotators() {
		return annotators;
	}

	public Layer goldLayer() {
		return gold;
	}

	public LabelSet labels() {
		return labels;
	}

	public List<Disagreement> disagreements() {
		return disagreements;
	}

	/** The gold spans that are not rejected, by position. */
	public List<Span> goldSpans() {
		List<Span> spans = new ArrayList<>();
		for (Span span : gold.getSpans()) {
			if (span.getStatus() != SpanStatus.REJECTED) {
				spans.add(span);
			}
		}
		spans.sort(BY_POSITION);
		return spans;
	}

	/** The gold spans merged automatically. */
	public List<Span> merged() {
		return gold.getSpans().stream().filter(s -> AUTO.equals(s.getAnnotator())).sorted(BY_POSITION).toList();
	}

	/** The gold spans (accepted and rejected) that record the decision on the disagreement. */
	public List<Span> decisionOn(Disagreement disagreement) {
		Set<Span> candidates = identitySet(disagreement.candidates());
		return gold.getSpans().stream().filter(s -> candidates.contains(basis(s))).sorted(BY_POSITION).toList();
	}

	public Resolution resolution(Disagreement disagreement) {
		List<Span> decided = decisionOn(disagreement);
		if (decided.isEmpty()) {
			return Resolution.UNRESOLVED;
		}
		boolean anyTaken = false;
		for (Span span : decided) {
			if (span.getStatus() != SpanStatus.REJECTED) {
				anyTaken = true;
				Span basis = basis(span);
				if (basis == null || !same(span, basis)) {
					return Resolution.EDITED;
				}
			}
		}
		return anyTaken ? Resolution.TAKEN : Resolution.DROPPED;
	}

	/** The annotators whose version the resolved disagreement took (empty when dropped or unresolved). */
	public List<String> takenFrom(Disagreement disagreement) {
		Set<String> taken = new HashSet<>();
		for (Span span : decisionOn(disagreement)) {
			if (span.getStatus() != SpanStatus.REJECTED) {
				taken.addAll(span.getSources());
			}
		}
		return annotators.stream().filter(taken::contains).toList();
	}

	public int unresolvedCount() {
		return (int) disagreements.stream().filter(d -> resolution(d) == Resolution.UNRESOLVED).count();
	}

	/** The next unresolved disagreement after the index (wrapping round), or null when all are resolved. */
	public Disagreement nextUnresolved(int afterIndex) {
		int n = disagreements.size();
		for (int step = 1; step <= n; step++) {
			Disagreement d = disagreements.get(Math.floorMod(afterIndex + step, n));
			if (resolution(d) == Resolution.UNRESOLVED) {
				return d;
			}
		}
		return null;
	}

	/**
	 * The annotator's span a gold span copies: the span of id {@code basedOn} in the layer of its
	 * first source (the annotator it was copied from; ids are unique only within a layer), or null.
	 */
	public Span basis(Span goldSpan) {
		if (goldSpan == null || goldSpan.getBasedOn() == null) {
			return null;
		}
		if (goldSpan.getSources().isEmpty()) {
			return null;
		}
		return candidateById.getOrDefault(goldSpan.getSources().get(0), Map.of()).get(goldSpan.getBasedOn());
	}

	/** Whose candidate the span is (an annotator name), or null for a span of no annotator layer. */
	public String annotatorOf(Span candidate) {
		return annotatorOf.get(candidate);
	}

	// --- decisions -----------------------------------------------------------------------------

	/** Takes the annotator's version: their candidates become gold, the others are recorded as rejected. */
	public void take(Disagreement disagreement, String annotator) {
		requireAnnotator(annotator);
		run("Take " + annotator + "'s version", () -> resolve(disagreement, annotator));
	}

	/** Takes the N-th annotator's version (0-based, key N+1). */
	public void take(Disagreement disagreement, int annotatorIndex) {
		take(disagreement, annotators.get(annotatorIndex));
	}

	/** None of the candidates is gold: all are recorded as rejected. */
	public void drop(Disagreement disagreement) {
		run("Drop", () -> resolve(disagreement, null));
	}

	/**
	 * Opens the disagreement for editing: takes the annotator's version (or, when they have none
	 * there, the first annotator's that has one) and returns its gold spans, for
	 * {@link #relabel}, {@link #move} and {@link #set}.
	 */
	public List<Span> edit(Disagreement disagreement, String annotator) {
		String from = annotator;
		if (from == null || disagreement.version(from).isEmpty()) {
			from = annotators.stream().filter(a -> !disagreement.version(a).isEmpty()).findFirst().orElse(null);
		}
		if (from == null) {
			return List.of();
		}
		if (!takenFrom(disagreement).contains(from)) {
			take(disagreement, from);
		}
		return decisionOn(disagreement).stream().filter(s -> s.getStatus() != SpanStatus.REJECTED).toList();
	}

	/**
	 * Adds a span no annotator had (everyone missed it): the curator's own, with no sources and no
	 * basis, accepted. It stays whatever is decided on the disagreements around it.
	 */
	public Span add(int begin, int end, String label) {
		if (begin < 0 || end > report.getText().length() || begin >= end) {
			throw new IllegalArgumentException("no text at (" + begin + ", " + end + ")");
		}
		Span span = (Span) ReportbankFactory.eINSTANCE.create(classFor(label));
		span.setId("g" + EcoreUtil.generateUUID());
		span.setBegin(begin);
		span.setEnd(end);
		span.setLabel(label);
		span.setOrigin(SpanOrigin.HUMAN);
		span.setStatus(SpanStatus.ACCEPTED);
		span.setAnnotator(curator);
		run("Add " + label, () -> gold.getSpans().add(span));
		return span;
	}

	/** Gives a gold span another label (its kind follows the label's category). */
	public Span relabel(Span goldSpan, String label) {
		requireGold(goldSpan);
		return run("Label " + label, () -> {
			Span span = goldSpan;
			EClass wanted = classFor(label);
			if (span.eClass() != wanted) {
				span = replaceClass(span, wanted);
			}
			span.setLabel(label);
			decidedNow(span);
			return span;
		});
	}

	/** Moves a gold span's bounds. */
	public void move(Span goldSpan, int begin, int end) {
		requireGold(goldSpan);
		if (begin < 0 || end > report.getText().length() || begin >= end) {
			throw new IllegalArgumentException("no text at (" + begin + ", " + end + ")");
		}
		run("Move " + goldSpan.getLabel(), () -> {
			goldSpan.setBegin(begin);
			goldSpan.setEnd(end);
			decidedNow(goldSpan);
		});
	}

	/** Sets an attribute of a gold span (metric value, unit, note, ...). */
	public void set(Span goldSpan, EStructuralFeature feature, Object value) {
		requireGold(goldSpan);
		run("Set " + feature.getName(), () -> {
			goldSpan.eSet(feature, value);
			decidedNow(goldSpan);
		});
	}

	/** Changes a document field of the report: title, region or year. */
	public void setTitle(String title) {
		setField(ReportbankPackage.Literals.REPORT__TITLE, blankToNull(title));
	}

	public void setRegion(String region) {
		setField(ReportbankPackage.Literals.REPORT__REGION, blankToNull(region));
	}

	public void setYear(Integer year) {
		setField(ReportbankPackage.Literals.REPORT__YEAR, year);
	}

	private void setField(EStructuralFeature feature, Object value) {
		setField("Set " + feature.getName(), feature, value);
	}

	private void setField(String label, EStructuralFeature feature, Object value) {
		Object before = report.eGet(feature);
		if (!Objects.equals(before, value)) {
			commands.execute(new GoldEdit<Void>(label, gold, () -> null, new GoldEdit.ReportField(report, feature, before, value)));
		}
	}

	/**
	 * For each document field in reading order, the values annotators decided on that the report
	 * does not hold now, the most often given first. A value the field cannot hold (a layer edited
	 * by hand) is left out: it could not be adopted.
	 */
	public List<FieldProposal> fieldProposals() {
		List<FieldProposal> proposals = new ArrayList<>();
		for (String field : DocumentFields.NAMES) {
			String now = DocumentFields.text(report, field);
			Map<String, List<String>> byValue = new LinkedHashMap<>();
			for (String annotator : annotators) {
				FieldDecision decision = FieldDecisions.on(layers.get(annotator), field);
				if (decision != null && !Objects.equals(decision.getValue(), now)
						&& DocumentFields.problem(field, decision.getValue()) == null) {
					byValue.computeIfAbsent(decision.getValue(), k -> new ArrayList<>()).add(annotator);
				}
			}
			List<FieldProposal> ofField = new ArrayList<>();
			byValue.forEach((value, who) -> ofField.add(new FieldProposal(field, value, List.copyOf(who), annotators.size())));
			ofField.sort(Comparator.comparingInt((FieldProposal p) -> p.annotators().size()).reversed());
			proposals.addAll(ofField);
		}
		return proposals;
	}

	/** Makes the proposal the report's value of its field, as one undoable decision (saved into report.xmi). */
	public void adopt(FieldProposal proposal) {
		setField("Adopt " + proposal.field() + " from " + String.join(", ", proposal.annotators()),
				DocumentFields.attribute(proposal.field()), DocumentFields.parse(proposal.field(), proposal.value()));
	}

	public boolean isFinished() {
		return gold.getStatus() == ReportStatus.CURATED;
	}

	/** The curator is done: the gold layer and the report are curated (undoable like any decision). */
	public void finish() {
		if (!isFinished() || report.getStatus() != ReportStatus.CURATED) {
			commands.execute(new GoldEdit<Void>("Finish curation", gold, () -> {
				gold.setStatus(ReportStatus.CURATED);
				gold.setAnnotator(curator);
				return null;
			}, new GoldEdit.ReportField(report, ReportbankPackage.Literals.REPORT__STATUS, report.getStatus(),
					ReportStatus.CURATED)));
		}
	}

	public boolean canUndo() {
		return commands.canUndo();
	}

	public boolean canRedo() {
		return commands.canRedo();
	}

	public void undo() {
		if (commands.canUndo()) {
			commands.undo();
		}
	}

	public void redo() {
		if (commands.canRedo()) {
			commands.redo();
		}
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

	// --- saving --------------------------------------------------------------------------------

	/** Whether there is anything to write: decisions, automatic merges or document fields since the last save. */
	public boolean isDirty() {
		return setupUnsaved || commands.isSaveNeeded() || !reportState().equals(savedReportState);
	}

	/**
	 * A copy of the gold layer as it is now (and of the report, when its fields or status changed),
	 * to be written by {@link CurationFiles#write}; hand it back to {@link #written} afterwards.
	 */
	public Snapshot snapshot() {
		Layer copy = EcoreUtil.copy(gold);
		for (Span span : copy.getSpans()) {
			if (span instanceof Claim claim) {
				claim.getMetrics().removeIf(m -> m.eContainer() != copy); // a file links only within itself
			}
		}
		copy.setAnnotator(curator);
		copy.setModified(Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
		Report reportCopy = null;
		String state = reportState();
		if (!state.equals(savedReportState)) {
			reportCopy = EcoreUtil.copy(report);
			reportCopy.getLayers().clear();
		}
		return new Snapshot(report.getId(), copy, reportCopy, commands.getUndoCommand(), state);
	}

	/** The snapshot is on disk: clean, unless edits were made since it was taken. */
	public void written(Snapshot snapshot) {
		gold.setModified(snapshot.gold().getModified());
		setupUnsaved = false;
		savedReportState = snapshot.reportState();
		if (commands.getUndoCommand() == snapshot.top()) {
			commands.saveIsDone();
		}
		fireDirty();
	}

	/** The gold layer (and maybe the report) of one report at one moment. */
	public record Snapshot(String reportId, Layer gold, Report report, Command top, String reportState) {
	}

	// --- how it works --------------------------------------------------------------------------

	/** Merges what every annotator has into gold (unless it is there) and groups the rest. */
	private List<Disagreement> mergeAndGroup() {
		Map<String, Map<String, Span>> bySignature = new LinkedHashMap<>(); // signature → annotator → span
		for (Map.Entry<String, Layer> entry : layers.entrySet()) {
			for (Span span : positives(entry.getValue())) {
				bySignature.computeIfAbsent(signature(span), k -> new LinkedHashMap<>()).putIfAbsent(entry.getKey(), span);
			}
		}
		Set<Span> basedOnInGold = identitySet(List.of());
		gold.getSpans().forEach(s -> basedOnInGold.add(basis(s)));
		List<Span> rest = new ArrayList<>();
		for (Map<String, Span> same : bySignature.values()) {
			if (annotators.size() >= 2 && same.size() == annotators.size()) {
				Span first = same.values().iterator().next();
				if (same.values().stream().noneMatch(basedOnInGold::contains)) {
					Span merged = goldCopy(first, List.copyOf(same.keySet()), AUTO, SpanStatus.ACCEPTED);
					gold.getSpans().add(merged);
					setupUnsaved = true;
				}
			} else {
				rest.addAll(same.values());
			}
		}
		if (setupUnsaved) {
			relinkClaims();
		}
		List<Disagreement> groups = new ArrayList<>();
		group(rest.stream().filter(s -> !isClaim(s)).toList(), false, groups);
		group(rest.stream().filter(this::isClaim).toList(), true, groups);
		groups.sort(Comparator.comparingInt(Disagreement::begin).thenComparingInt(Disagreement::end)
				.thenComparing(Disagreement::claims));
		List<Disagreement> numbered = new ArrayList<>();
		for (Disagreement d : groups) {
			numbered.add(new Disagreement(numbered.size(), d.begin(), d.end(), d.claims(), d.versions()));
		}
		return List.copyOf(numbered);
	}

	/** Candidates that overlap (directly or through a chain) form one disagreement. */
	private void group(List<Span> candidates, boolean claims, List<Disagreement> into) {
		List<Span> sorted = new ArrayList<>(candidates);
		sorted.sort(BY_POSITION);
		List<Span> current = new ArrayList<>();
		int end = -1;
		for (Span span : sorted) {
			if (!current.isEmpty() && span.getBegin() >= end) {
				into.add(disagreement(current, claims));
				current = new ArrayList<>();
			}
			current.add(span);
			end = current.size() == 1 ? span.getEnd() : Math.max(end, span.getEnd());
		}
		if (!current.isEmpty()) {
			into.add(disagreement(current, claims));
		}
	}

	private Disagreement disagreement(List<Span> spans, boolean claims) {
		Map<String, List<Span>> versions = new LinkedHashMap<>();
		for (String annotator : annotators) {
			List<Span> theirs = spans.stream().filter(s -> annotator.equals(annotatorOf.get(s))).toList();
			versions.put(annotator, theirs);
		}
		int begin = spans.stream().mapToInt(Span::getBegin).min().getAsInt();
		int end = spans.stream().mapToInt(Span::getEnd).max().getAsInt();
		return new Disagreement(-1, begin, end, claims, versions);
	}

	/** Replaces the decision on the disagreement: the taker's candidates accepted (none: dropped), the rest rejected. */
	private void resolve(Disagreement disagreement, String taker) {
		Set<Span> candidates = identitySet(disagreement.candidates());
		gold.getSpans().removeIf(s -> candidates.contains(basis(s)));
		Map<String, List<Span>> same = new LinkedHashMap<>();
		// the taker's candidates first, so the gold span copies theirs
		List<Span> ordered = new ArrayList<>(taker == null ? List.of() : disagreement.version(taker));
		disagreement.candidates().stream().filter(s -> !ordered.contains(s)).forEach(ordered::add);
		for (Span span : ordered) {
			same.computeIfAbsent(signature(span), k -> new ArrayList<>()).add(span);
		}
		for (List<Span> group : same.values()) {
			// the annotator whose span is copied first: basedOn is an id of their layer (ids repeat across layers)
			String copied = annotatorOf.get(group.get(0));
			List<String> sources = new ArrayList<>(List.of(copied));
			annotators.stream().filter(a -> !a.equals(copied) && group.stream().anyMatch(s -> a.equals(annotatorOf.get(s))))
					.forEach(sources::add);
			boolean taken = taker != null && sources.contains(taker);
			gold.getSpans().add(goldCopy(group.get(0), sources, curator, taken ? SpanStatus.ACCEPTED : SpanStatus.REJECTED));
		}
		relinkClaims();
	}

	private Span goldCopy(Span candidate, List<String> sources, String decidedBy, SpanStatus status) {
		Span copy = EcoreUtil.copy(candidate);
		if (copy instanceof Claim claim) {
			claim.getMetrics().clear(); // they live in the annotator's file: relinked to gold metrics
		}
		copy.setId("g" + EcoreUtil.generateUUID());
		copy.setBasedOn(candidate.getId());
		copy.setAnnotator(decidedBy);
		copy.setStatus(status);
		copy.getSources().clear();
		copy.getSources().addAll(sources);
		return copy;
	}

	/** A gold span the curator changed: decided by them, accepted. */
	private void decidedNow(Span span) {
		span.setAnnotator(curator);
		span.setStatus(SpanStatus.ACCEPTED);
		span.setOrigin(SpanOrigin.HUMAN);
		relinkClaims();
	}

	/**
	 * Gold claims cite the gold metrics that stand for the metrics their annotator's claim cites
	 * (matched by the position and label of the spans they are based on, so an edited metric stays
	 * cited). Links never leave the gold layer.
	 */
	private void relinkClaims() {
		Map<String, Metric> goldMetricByBasis = new HashMap<>();
		for (Span span : gold.getSpans()) {
			if (span instanceof Metric metric && span.getStatus() != SpanStatus.REJECTED) {
				Span basis = basis(span);
				goldMetricByBasis.putIfAbsent(position(basis == null ? span : basis), metric);
			}
		}
		for (Span span : gold.getSpans()) {
			if (span instanceof Claim claim) {
				List<Metric> wanted = new ArrayList<>();
				if (claim.getStatus() != SpanStatus.REJECTED && basis(claim) instanceof Claim basis) {
					for (Metric cited : basis.getMetrics()) {
						Metric goldMetric = goldMetricByBasis.get(position(cited));
						if (goldMetric != null && !wanted.contains(goldMetric)) {
							wanted.add(goldMetric);
						}
					}
				}
				if (!claim.getMetrics().equals(wanted)) {
					claim.getMetrics().clear();
					claim.getMetrics().addAll(wanted);
				}
			}
		}
	}

	private Span replaceClass(Span span, EClass wanted) {
		Span replacement = SpanKinds.retyped(span, wanted);
		for (Span other : gold.getSpans()) {
			if (other instanceof Claim claim) {
				claim.getMetrics().remove(span);
			}
		}
		gold.getSpans().set(gold.getSpans().indexOf(span), replacement);
		return replacement;
	}

	private EClass classFor(String labelName) {
		return SpanKinds.classFor(labels, labelName);
	}

	private boolean isClaim(Span span) {
		return span instanceof Claim;
	}

	private void run(String label, Runnable change) {
		run(label, () -> {
			change.run();
			return null;
		});
	}

	/** Runs the change as one undoable command and returns what it made. */
	private <T> T run(String label, Supplier<T> change) {
		GoldEdit<T> edit = new GoldEdit<>(label, gold, change, null);
		commands.execute(edit);
		return edit.result();
	}

	private void requireAnnotator(String annotator) {
		if (!annotators.contains(annotator)) {
			throw new IllegalArgumentException(annotator + " has no layer in report " + report.getId());
		}
	}

	private void requireGold(Span span) {
		if (span.eContainer() != gold) {
			throw new IllegalArgumentException("not a span of the gold layer");
		}
	}

	private String reportState() {
		StringBuilder state = new StringBuilder();
		for (String field : DocumentFields.NAMES) {
			state.append(DocumentFields.text(report, field)).append('\u0000');
		}
		return state.append(report.getStatus()).toString();
	}

	private void fireDirty() {
		boolean dirty = isDirty();
		for (Listener listener : listeners) {
			listener.dirtyChanged(dirty);
		}
	}

	private static List<Span> positives(Layer layer) {
		return layer.getSpans().stream().filter(s -> s.getStatus() != SpanStatus.REJECTED && s.getBegin() < s.getEnd())
				.toList();
	}

	private static Set<Span> identitySet(Collection<Span> spans) {
		Set<Span> set = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		set.addAll(spans);
		return set;
	}

	private static String position(Span span) {
		return span.getBegin() + ":" + span.getEnd() + ":" + span.getLabel();
	}

	/** What makes two candidates the same: place and label, and a metric's value and unit. */
	static String signature(Span span) {
		String key = position(span);
		if (span instanceof Metric metric) {
			BigDecimal value = metric.getValue();
			key += ":" + (value == null ? "" : value.stripTrailingZeros().toPlainString()) + ":"
					+ Objects.toString(metric.getUnit(), "");
		}
		return key;
	}

	/** Whether the two spans are the same in the sense of automatic merging. */
	public static boolean same(Span a, Span b) {
		return signature(a).equals(signature(b));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
