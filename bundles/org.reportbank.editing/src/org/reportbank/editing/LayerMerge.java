package org.reportbank.editing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.reportbank.model.Claim;
import org.reportbank.model.FieldDecision;
import org.reportbank.model.Layer;
import org.reportbank.model.Metric;
import org.reportbank.model.Span;

/**
 * A three-way merge of one annotator's layer, span by span, for when the same person's layer was
 * saved elsewhere (a second workbench, a copy of the corpus) since this one was loaded. The spans
 * of ours stay as they are; a span on disk that we do not have is theirs to keep if it was not
 * there when we loaded (they added it), and gone if it was (we deleted it). Decisions on document
 * fields go the same way, matched by field.
 */
final class LayerMerge {

	private LayerMerge() {
	}

	/** Spans of theirs that ours lacks and did not have at the base: what the other side added. */
	static List<Span> arrivals(Set<String> baseIds, Layer ours, Layer theirs) {
		Set<String> oursIds = ids(ours.getSpans());
		List<Span> added = new ArrayList<>();
		for (Span span : theirs.getSpans()) {
			if (!oursIds.contains(span.getId()) && !baseIds.contains(span.getId())) {
				added.add(span);
			}
		}
		return added;
	}

	/**
	 * Adds copies of the spans to the layer. A claim among them keeps citing a metric only if the
	 * layer has a metric of that id (theirs or ours), so no link leaves the layer.
	 */
	static List<Span> addCopies(Layer target, Collection<Span> spans) {
		List<Span> copies = new ArrayList<>(EcoreUtil.copyAll(spans));
		target.getSpans().addAll(copies);
		Map<String, Span> byId = new HashMap<>();
		target.getSpans().forEach(s -> byId.put(s.getId(), s));
		for (Span copy : copies) {
			if (copy instanceof Claim claim) {
				List<Metric> cited = new ArrayList<>();
				for (Metric metric : claim.getMetrics()) {
					if (byId.get(metric.getId()) instanceof Metric m) {
						cited.add(m);
					}
				}
				claim.getMetrics().clear();
				claim.getMetrics().addAll(cited);
			}
		}
		return copies;
	}

	/** Decisions of theirs on fields ours has not decided and had not at the base: what the other side decided. */
	static List<FieldDecision> fieldArrivals(Set<String> baseFields, Layer ours, Layer theirs) {
		Set<String> oursFields = fields(ours);
		List<FieldDecision> added = new ArrayList<>();
		for (FieldDecision decision : theirs.getFieldDecisions()) {
			if (!oursFields.contains(decision.getField()) && !baseFields.contains(decision.getField())) {
				added.add(decision);
			}
		}
		return added;
	}

	/** The fields the layer has decided. */
	static Set<String> fields(Layer layer) {
		Set<String> fields = new HashSet<>();
		layer.getFieldDecisions().forEach(d -> fields.add(d.getField()));
		return fields;
	}

	static Set<String> ids(Collection<Span> spans) {
		Set<String> ids = new HashSet<>();
		spans.forEach(s -> ids.add(s.getId()));
		return ids;
	}
}
