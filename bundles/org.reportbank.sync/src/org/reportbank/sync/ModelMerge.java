package org.reportbank.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.reportbank.model.Annotator;
import org.reportbank.model.FieldDecision;
import org.reportbank.model.Label;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.ReportbankPackage;
import org.reportbank.model.Section;
import org.reportbank.model.Span;

/**
 * A three-way merge of one corpus file (the index with its label set and settings, a report's
 * document fields, a layer) by the model's own rules, never by lines of text: objects are matched
 * by their id (a span's, a label's name, a report's; an annotator's decision on a document field by
 * the field), and each side's additions, deletions and changes are kept. Spans, checks and field
 * decisions are changed as a whole, everything else field by field: when
 * both sides changed one span or one field differently, or one deleted what the other changed,
 * the person decides. A layer's time of change is the later of the two.
 */
final class ModelMerge {

	/** The merged file's root and what is still to be decided; the root is unusable while anything is. */
	record Result(EObject merged, List<MergeConflict> undecided) {
	}

	private final String path;
	private final String file;
	private final String text;
	private final Function<MergeConflict, MergeConflict.Take> decisions;
	private final EcoreUtil.Copier copier = new EcoreUtil.Copier();
	/** Links (a claim's metrics) taken from the remote, as ids: set once the merged file holds every object. */
	private final Map<EObject, Map<EReference, List<String>>> links = new HashMap<>();
	private final List<MergeConflict> undecided = new ArrayList<>();

	private ModelMerge(String path, String text, Function<MergeConflict, MergeConflict.Take> decisions) {
		this.path = path;
		this.file = CorpusPaths.describe(path);
		this.text = text;
		this.decisions = decisions;
	}

	/**
	 * Merges the remote's changes into a copy of ours. {@code base} is the version both started
	 * from (null when each side added the file on its own); {@code text} is the report's text, to
	 * quote a span's words in a conflict (null when the file is no layer).
	 */
	static Result merge(String path, EObject base, EObject ours, EObject theirs, String text,
			Function<MergeConflict, MergeConflict.Take> decisions) {
		ModelMerge merge = new ModelMerge(path, text, decisions);
		EObject merged = merge.copier.copy(ours);
		merge.copier.copyReferences();
		merge.mergeParts(base, ours, theirs);
		merge.relink(merged);
		return new Result(merged, List.copyOf(merge.undecided));
	}

	/** Field by field, and part by part for the lists of parts; {@code base} may be null. */
	private void mergeParts(EObject base, EObject ours, EObject theirs) {
		EObject merged = copier.get(ours);
		for (EStructuralFeature feature : ours.eClass().getEAllStructuralFeatures()) {
			if (feature.isTransient() || feature.isDerived() || !feature.isChangeable()) {
				continue;
			}
			if (feature instanceof EReference reference && reference.isContainment()) {
				if (reference.isMany()) {
					mergeList(reference, base, ours, theirs);
				} else {
					mergeWhole(reference, base, ours, theirs);
				}
			} else if (feature == ReportbankPackage.Literals.LAYER__MODIFIED) {
				// ISO-8601 instants in UTC, as the sessions write them: in text order, they are in time order
				String mine = (String) ours.eGet(feature);
				String other = (String) theirs.eGet(feature);
				if (other != null && (mine == null || other.compareTo(mine) > 0)) {
					merged.eSet(feature, other);
				}
			} else {
				Object was = base == null ? null : value(base, feature);
				Object mine = value(ours, feature);
				Object other = value(theirs, feature);
				if (take(base != null, was, mine, other, () -> conflict(ours, feature, words(mine), words(other)))) {
					if (feature instanceof EReference reference) {
						links.computeIfAbsent(merged, k -> new HashMap<>()).put(reference, castIds(other));
					} else {
						merged.eSet(feature, other);
					}
				}
			}
		}
	}

	/** A single part (a report's source): merged part by part when it has parts, else taken whole. */
	private void mergeWhole(EReference reference, EObject base, EObject ours, EObject theirs) {
		EObject was = base == null ? null : (EObject) base.eGet(reference);
		EObject mine = (EObject) ours.eGet(reference);
		EObject other = (EObject) theirs.eGet(reference);
		if (mine != null && other != null && fieldByField(mine.eClass()) && mine.eClass() == other.eClass()) {
			mergeParts(was, mine, other);
			return;
		}
		if (take(base != null, was, mine, other,
				() -> conflict(ours, reference, mine == null ? "empty" : summary(mine), other == null ? "empty" : summary(other)))) {
			copier.get(ours).eSet(reference, other == null ? null : EcoreUtil.copy(other));
		}
	}

	/** A list of parts matched by id: each side's additions and deletions kept, changes merged or decided. */
	@SuppressWarnings("unchecked")
	private void mergeList(EReference reference, EObject base, EObject ours, EObject theirs) {
		List<EObject> was = base == null ? List.of() : (List<EObject>) base.eGet(reference);
		List<EObject> mine = (List<EObject>) ours.eGet(reference);
		List<EObject> other = (List<EObject>) theirs.eGet(reference);
		Map<String, EObject> wasById = byKey(was);
		Map<String, EObject> mineById = byKey(mine);
		Map<String, EObject> otherById = byKey(other);
		EList<EObject> merged = (EList<EObject>) copier.get(ours).eGet(reference);
		if (wasById == null || mineById == null || otherById == null) {
			// parts without ids (a layer's checks, a report's normalizations) are one value
			if (take(base != null, was, mine, other, () -> conflict(ours, reference, mine.size() + " items", other.size() + " items"))) {
				merged.clear();
				merged.addAll(EcoreUtil.copyAll(other));
			}
			return;
		}
		for (Map.Entry<String, EObject> entry : mineById.entrySet()) {
			EObject m = entry.getValue();
			EObject w = wasById.get(entry.getKey());
			EObject o = otherById.get(entry.getKey());
			if (o != null && fieldByField(m.eClass()) && m.eClass() == o.eClass()) {
				mergeParts(w, m, o);
			} else if (o != null) {
				if (take(true, w, m, o, () -> conflict(m, null, summary(m), summary(o)))) {
					merged.set(merged.indexOf(copier.get(m)), EcoreUtil.copy(o));
				}
			} else if (w != null && take(true, w, m, null, () -> conflict(m, null, summary(m), "deleted"))) {
				merged.remove(copier.get(m)); // the remote deleted it
			}
		}
		java.util.Set<String> kept = new java.util.HashSet<>();
		merged.forEach(part -> kept.add(key(part)));
		String before = null;
		for (Map.Entry<String, EObject> entry : otherById.entrySet()) {
			EObject o = entry.getValue();
			if (!mineById.containsKey(entry.getKey())) {
				EObject w = wasById.get(entry.getKey());
				if (w == null || take(true, w, null, o, () -> conflict(o, null, "deleted", summary(o)))) {
					merged.add(positionAfter(merged, before), EcoreUtil.copy(o)); // added there, or changed there and deleted here
					kept.add(entry.getKey());
				}
			}
			if (kept.contains(entry.getKey())) {
				before = entry.getKey();
			}
		}
	}

	/** Where a part the remote added goes: after the part it follows there, else first. */
	private static int positionAfter(List<EObject> list, String key) {
		for (int i = 0; key != null && i < list.size(); i++) {
			if (key.equals(key(list.get(i)))) {
				return i + 1;
			}
		}
		return 0;
	}

	/**
	 * Whether the remote's value is to be taken: when only the remote changed it, or both changed
	 * it differently and the person chose theirs. Values equal on both sides, or changed only
	 * here, stay as they are.
	 */
	private boolean take(boolean baseKnown, Object was, Object mine, Object other, java.util.function.Supplier<MergeConflict> conflict) {
		if (same(mine, other)) {
			return false;
		}
		if (baseKnown && same(mine, was)) {
			return true;
		}
		if (baseKnown && same(other, was)) {
			return false;
		}
		MergeConflict found = conflict.get();
		MergeConflict.Take choice = decisions.apply(found);
		if (choice == null) {
			undecided.add(found);
			return false;
		}
		return choice == MergeConflict.Take.THEIRS;
	}

	@SuppressWarnings("unchecked")
	private static boolean same(Object a, Object b) {
		if (a instanceof EObject x && b instanceof EObject y) {
			return EcoreUtil.equals(x, y);
		}
		if (a instanceof List<?> x && b instanceof List<?> y && (!x.isEmpty() && x.get(0) instanceof EObject
				|| !y.isEmpty() && y.get(0) instanceof EObject)) {
			return EcoreUtil.equals((List<EObject>) x, (List<EObject>) y);
		}
		return Objects.equals(a, b);
	}

	/** A field's value; a link is compared by the ids it points to. */
	private static Object value(EObject object, EStructuralFeature feature) {
		Object value = object.eGet(feature);
		if (feature instanceof EReference) {
			List<String> ids = new ArrayList<>();
			for (Object target : feature.isMany() ? (List<?>) value : value == null ? List.of() : List.of(value)) {
				ids.add(EcoreUtil.getID((EObject) target));
			}
			return ids;
		}
		return feature.isMany() ? new ArrayList<>((List<?>) value) : value;
	}

	@SuppressWarnings("unchecked")
	private static List<String> castIds(Object ids) {
		return (List<String>) ids;
	}

	/** Points every link of the merged file at the merged file's own objects, by id; a link to an object no side kept goes. */
	@SuppressWarnings("unchecked")
	private void relink(EObject root) {
		Map<String, EObject> byId = new HashMap<>();
		for (var all = root.eAllContents(); all.hasNext();) {
			EObject object = all.next();
			String id = EcoreUtil.getID(object);
			if (id != null) {
				byId.putIfAbsent(id, object);
			}
		}
		for (var all = root.eAllContents(); all.hasNext();) {
			EObject object = all.next();
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived() || !reference.isChangeable()
						|| !reference.isMany()) {
					continue;
				}
				Map<EReference, List<String>> taken = links.get(object);
				List<String> ids = taken != null && taken.containsKey(reference) ? taken.get(reference)
						: castIds(value(object, reference));
				List<EObject> targets = new ArrayList<>();
				for (String id : ids) {
					EObject target = byId.get(id);
					if (target != null && reference.getEReferenceType().isInstance(target)) {
						targets.add(target);
					}
				}
				List<EObject> list = (List<EObject>) object.eGet(reference);
				if (!list.equals(targets)) {
					list.clear();
					list.addAll(targets);
				}
			}
		}
	}

	/** Parts by id in their order, or null when some part has no id or two share one. */
	private static Map<String, EObject> byKey(List<EObject> parts) {
		Map<String, EObject> byKey = new LinkedHashMap<>();
		for (EObject part : parts) {
			String key = key(part);
			if (key == null || byKey.put(key, part) != null) {
				return null;
			}
		}
		return byKey;
	}

	/** A part's id: its id attribute, else its key (a metadata entry's), or the field a decision is on. */
	private static String key(EObject part) {
		String id = EcoreUtil.getID(part);
		if (id != null) {
			return id;
		}
		if (part instanceof FieldDecision decision) {
			return decision.getField();
		}
		EStructuralFeature key = part.eClass().getEStructuralFeature("key");
		return key instanceof EAttribute && part.eGet(key) != null ? String.valueOf(part.eGet(key)) : null;
	}

	/**
	 * Whether objects of the class are merged field by field (two curators correcting a report's
	 * region and its year both count) rather than as a whole: a span and a check are one decision
	 * each, as is a person's word on a document field (its value and whether it corrects); a
	 * tokenization's lengths and parts of speech only make sense together, as does an import's
	 * record of its source file.
	 */
	private static boolean fieldByField(EClass type) {
		return !(ReportbankPackage.Literals.SPAN.isSuperTypeOf(type) || ReportbankPackage.Literals.CHECK.isSuperTypeOf(type)
				|| type == ReportbankPackage.Literals.FIELD_DECISION || type == ReportbankPackage.Literals.TOKENIZATION
				|| type == ReportbankPackage.Literals.SOURCE);
	}

	private MergeConflict conflict(EObject object, EStructuralFeature feature, String mine, String theirs) {
		String where = objectPath(object) + (feature == null ? "" : "." + feature.getName());
		String what = object.eContainer() == null && feature != null ? "field " + feature.getName()
				: describe(object) + (feature == null ? "" : ", field " + feature.getName());
		return new MergeConflict(path + "#" + where, path, file, what, mine, theirs);
	}

	/** The object's place in its file by the features and ids that lead to it: stable across syncs. */
	private static String objectPath(EObject object) {
		if (object.eContainer() == null) {
			return "";
		}
		EStructuralFeature feature = object.eContainingFeature();
		String step = feature.getName() + (feature.isMany() ? "[" + key(object) + "]" : "");
		String above = objectPath(object.eContainer());
		return above.isEmpty() ? step : above + "/" + step;
	}

	/** The object in a person's words. */
	private String describe(EObject object) {
		if (object instanceof Span span) {
			String words = text != null && span.getBegin() >= 0 && span.getEnd() <= text.length() && span.getBegin() < span.getEnd()
					? " 「" + text.substring(span.getBegin(), span.getEnd()) + "」"
					: "";
			return "span " + span.getBegin() + "–" + span.getEnd() + words;
		}
		if (object instanceof Label label) {
			return "label " + label.getName();
		}
		if (object instanceof Annotator annotator) {
			return "annotator " + annotator.getId();
		}
		if (object instanceof ReportEntry entry) {
			return "the index entry of report " + entry.getId();
		}
		if (object instanceof FieldDecision decision) {
			return "the decision on field " + decision.getField();
		}
		if (object instanceof Section section) {
			return "section " + (section.getNumbering() == null ? "" : section.getNumbering()) + section.getHeading();
		}
		String key = key(object);
		return object.eClass().getName() + (key == null ? "" : " " + key);
	}

	/** A whole object's version in a few words: a span's label, status and note; another's fields. */
	private static String summary(EObject object) {
		if (object instanceof Span span) {
			return span.getLabel() + (span.getStatus() == null ? "" : ", " + span.getStatus())
					+ (span.getNote() == null || span.getNote().isEmpty() ? "" : ", note “" + span.getNote() + "”");
		}
		if (object instanceof FieldDecision decision) {
			return decision.getStatus() + " " + (decision.getValue() == null ? "(no value)" : "「" + decision.getValue() + "」");
		}
		StringBuilder fields = new StringBuilder();
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			Object value = object.eGet(attribute);
			if (value != null && !attribute.isTransient() && !Objects.equals(value, attribute.getDefaultValue())
					&& !(value instanceof List<?> list && list.isEmpty())) {
				fields.append(fields.length() == 0 ? "" : ", ").append(attribute.getName()).append(' ').append(value);
			}
		}
		return fields.length() == 0 ? "empty" : fields.toString();
	}

	private static String words(Object value) {
		if (value == null || value instanceof List<?> list && list.isEmpty()) {
			return "empty";
		}
		return String.valueOf(value);
	}
}
