package org.reportbank.nlp.hanlp;

import java.util.List;

import org.reportbank.model.CheckVerdict;
import org.reportbank.model.Check;
import org.reportbank.model.Claim;
import org.reportbank.model.Entity;
import org.reportbank.model.Layer;
import org.reportbank.model.Metric;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.Span;
import org.reportbank.model.SpanOrigin;
import org.reportbank.model.SpanStatus;
import org.reportbank.core.labels.DefaultLabels;
import org.reportbank.nlp.hanlp.internal.checks.RateCheck;
import org.reportbank.nlp.hanlp.internal.claims.ClaimMention;
import org.reportbank.nlp.hanlp.internal.entities.EntityMention;
import org.reportbank.nlp.hanlp.internal.metrics.MetricMention;

/**
 * Turns what the finders found into suggested spans of the pre-annotation layer. Ids are made
 * from kind, offsets and label, so the same suggestion gets the same id on every run and a human
 * decision that refers to it ({@code basedOn}) stays attached.
 */
final class SuggestionFactory {

	private static final ReportbankFactory FACTORY = ReportbankFactory.eINSTANCE;

	private final Layer layer;

	SuggestionFactory(Layer layer) {
		this.layer = layer;
	}

	Entity entity(EntityMention mention) {
		Entity entity = FACTORY.createEntity();
		fill(entity, "e", mention.begin(), mention.end(), mention.label(), mention.confidence(), origin(mention.label()));
		entity.setCanonical(mention.canonical());
		return entity;
	}

	Metric metric(MetricMention m) {
		Metric metric = FACTORY.createMetric();
		fill(metric, "m", m.begin(), m.end(), DefaultLabels.METRIC, m.confidence(), SpanOrigin.RULE);
		metric.setValue(m.value());
		metric.setUnit(m.unit());
		metric.setKind(m.kind());
		metric.setApproximate(m.approximate());
		metric.setQualifier(m.qualifier());
		metric.setNormalizedValue(m.normalizedValue());
		metric.setNormalizedUnit(m.normalizedUnit());
		metric.setIndicator(m.indicator());
		metric.setComparison(m.comparison());
		metric.setUpperValue(m.upperValue());
		metric.setNormalizedUpperValue(m.normalizedUpperValue());
		return metric;
	}

	/** A claim with the metrics that lie inside its sentence. */
	Claim claim(ClaimMention mention, List<Metric> metrics) {
		Claim claim = FACTORY.createClaim();
		fill(claim, "c", mention.begin(), mention.end(), mention.type(), mention.confidence(), SpanOrigin.RULE);
		claim.setSection(mention.sectionId());
		int low = 0;
		int high = metrics.size();
		while (low < high) { // metrics are in text order: find the first inside the claim
			int mid = (low + high) >>> 1;
			if (metrics.get(mid).getBegin() < mention.begin()) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		for (int i = low; i < metrics.size() && metrics.get(i).getBegin() < mention.end(); i++) {
			if (metrics.get(i).getEnd() <= mention.end()) {
				claim.getMetrics().add(metrics.get(i));
			}
		}
		return claim;
	}

	/** A consistency check of a stated rate, pointing at the rate and the counts it was recomputed from. */
	Check check(RateCheck found, List<Metric> metrics) {
		Check check = FACTORY.createCheck();
		Metric rate = metrics.get(found.rate());
		check.setId(id("k", rate.getBegin(), rate.getEnd(), "rate"));
		check.setKind("rate");
		check.setVerdict(CheckVerdict.valueOf(found.verdict().name()));
		check.setBegin(found.sentenceBegin());
		check.setEnd(found.sentenceEnd());
		check.setMessage(found.message());
		check.setStated(rate.getValue());
		check.setRecomputed(found.recomputed());
		check.getMetrics().add(rate);
		if (found.numerator() >= 0) {
			check.getMetrics().add(metrics.get(found.numerator()));
			check.getMetrics().add(metrics.get(found.denominator()));
		}
		layer.getChecks().add(check);
		return check;
	}

	/** People and places come from HanLP's tagger; organizations, titles and dates from rules and dictionaries. */
	private static SpanOrigin origin(String label) {
		return DefaultLabels.PER.equals(label) || DefaultLabels.LOC.equals(label) ? SpanOrigin.HANLP : SpanOrigin.RULE;
	}

	/**
	 * m-308-313-METRIC: readable and stable across runs. No ':' in it: XMI reads an IDREF with a
	 * colon as a URI with a scheme, and the claim's and check's links to metrics were lost on load.
	 */
	static String id(String kind, int begin, int end, String label) {
		return kind + "-" + begin + "-" + end + "-" + label;
	}

	void fill(Span span, String kind, int begin, int end, String label, double confidence, SpanOrigin origin) {
		span.setId(id(kind, begin, end, label));
		span.setBegin(begin);
		span.setEnd(end);
		span.setLabel(label);
		span.setConfidence(confidence);
		span.setOrigin(origin);
		span.setStatus(SpanStatus.SUGGESTED);
		span.setTool(HanlpTokenizer.TOOL);
		layer.getSpans().add(span);
	}
}
