package org.reportbank.nlp.hanlp;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reportbank.model.Claim;
import org.reportbank.model.Layer;
import org.reportbank.model.Metric;
import org.reportbank.model.Report;
import org.reportbank.model.Span;
import org.reportbank.model.SpanStatus;

/**
 * Puts a fresh run's suggestions in place of the old ones without touching human work: an old
 * suggestion stays if a person decided on it (a span of theirs is {@code basedOn} it) or changed
 * it in place (its status is no longer suggested); every other old suggestion is replaced. A new
 * suggestion with the id of one that stays is not added twice.
 */
public final class SuggestionMerge {

	private SuggestionMerge() {
	}

	/** Replaces (or adds) the report's pre-annotation layer by {@code fresh}, keeping touched suggestions. */
	public static Layer apply(Report report, Layer fresh) {
		report.getLayers().add(merge(report, fresh));
		return fresh;
	}

	/**
	 * What {@link #apply} does but adding {@code fresh} to the report: the old layer is taken out
	 * of it and the suggestions that stay are moved into {@code fresh}, which is left free. A store
	 * writes a free layer as it is, where a layer inside its report is copied first.
	 */
	public static Layer merge(Report report, Layer fresh) {
		Layer old = report.getLayers().stream().filter(l -> PreAnnotator.LAYER_ID.equals(l.getId())).findFirst().orElse(null);
		if (old != null) {
			Set<String> decided = decidedSuggestionIds(report.getLayers(), old);
			List<Span> keep = old.getSpans().stream()
					.filter(s -> decided.contains(s.getId()) || s.getStatus() != SpanStatus.SUGGESTED).toList();
			Map<String, Span> byId = new HashMap<>();
			keep.forEach(s -> byId.put(s.getId(), s));
			fresh.getSpans().removeIf(s -> byId.containsKey(s.getId()));
			fresh.getSpans().forEach(s -> byId.putIfAbsent(s.getId(), s));
			fresh.getSpans().addAll(0, keep);
			report.getLayers().remove(old);
			// links now point across the two runs: let every one point at the span that stays, or go
			for (Span span : fresh.getSpans()) {
				if (span instanceof Claim claim) {
					relink(claim.getMetrics(), byId);
				}
			}
			fresh.getChecks().forEach(check -> relink(check.getMetrics(), byId));
		}
		return fresh;
	}

	private static void relink(List<Metric> metrics, Map<String, Span> byId) {
		for (int i = metrics.size() - 1; i >= 0; i--) {
			Span current = byId.get(metrics.get(i).getId());
			if (current instanceof Metric metric) {
				metrics.set(i, metric);
			} else {
				metrics.remove(i);
			}
		}
	}

	private static Set<String> decidedSuggestionIds(List<Layer> layers, Layer suggestions) {
		Set<String> ids = new HashSet<>();
		for (Layer layer : layers) {
			if (layer == suggestions) {
				continue;
			}
			for (Span span : layer.getSpans()) {
				if (span.getBasedOn() != null) {
					ids.add(span.getBasedOn());
				}
			}
		}
		return ids;
	}
}
