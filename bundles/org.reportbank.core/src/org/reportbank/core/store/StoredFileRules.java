package org.reportbank.core.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.reportbank.core.fields.DocumentFields;
import org.reportbank.core.text.Untrusted;
import org.reportbank.model.Check;
import org.reportbank.model.Claim;
import org.reportbank.model.Corpus;
import org.reportbank.model.FieldDecision;
import org.reportbank.model.FieldDecisionStatus;
import org.reportbank.model.Layer;
import org.reportbank.model.Metric;
import org.reportbank.model.Report;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.Section;
import org.reportbank.model.Span;

/**
 * What a corpus file must say about itself to be loaded or written: the ids that name its files
 * match where it lies, every offset lies inside the report's text, references stay within the
 * file, sections nest no deeper than {@link StoreLimits#MAX_SECTION_DEPTH}, a layer decides each
 * document field once and corrects it only to a value the field can hold. A file edited by hand
 * or by a hostile peer is refused by name rather than trusted; the same rules hold on writing, so
 * the store never writes a file it would refuse to read.
 */
final class StoredFileRules {

	private StoredFileRules() {
	}

	/** Why the index cannot be used, or null: every entry's id names a folder, so each must be valid and given once. */
	static String indexProblem(Corpus corpus) {
		Set<String> seen = new HashSet<>();
		for (ReportEntry entry : corpus.getEntries()) {
			String problem = ReportIds.problem(entry.getId());
			if (problem != null) {
				return problem;
			}
			if (!seen.add(entry.getId())) {
				return "report " + entry.getId() + " is listed twice";
			}
		}
		return null;
	}

	/** Why the report file cannot be the report of folder {@code expectedId}, or null. */
	static String reportProblem(Report report, String expectedId) {
		if (!expectedId.equals(report.getId())) {
			return "it says it is report " + Untrusted.quote(report.getId()) + ", but lies in the folder of report " + expectedId;
		}
		if (report.getText() == null) {
			return "it has no text";
		}
		return sectionsProblem(report.getSections(), report.getText().length());
	}

	/** Sections inside the text and no deeper than the limit, walked without recursion. */
	private static String sectionsProblem(List<Section> roots, int length) {
		record Level(Section section, int depth) {
		}
		Deque<Level> pending = new ArrayDeque<>();
		roots.forEach(s -> pending.push(new Level(s, 1)));
		while (!pending.isEmpty()) {
			Level level = pending.pop();
			Section section = level.section();
			if (level.depth() > StoreLimits.MAX_SECTION_DEPTH) {
				return "its sections nest deeper than " + StoreLimits.MAX_SECTION_DEPTH + " levels";
			}
			String problem = rangeProblem(section.getBegin(), section.getEnd(), length);
			if (problem == null && (section.getHeadingEnd() < section.getBegin() || section.getHeadingEnd() > section.getEnd())) {
				problem = "has its heading end " + section.getHeadingEnd() + " outside the section";
			}
			if (problem != null) {
				return where("section", section.getId(), problem);
			}
			section.getChildren().forEach(child -> pending.push(new Level(child, level.depth() + 1)));
		}
		return null;
	}

	/** Why the layer cannot be layer {@code expectedId} of a report whose text has {@code length} characters, or null. */
	static String layerProblem(Layer layer, String expectedId, int length) {
		if (!expectedId.equals(layer.getId())) {
			return "it says it is layer " + Untrusted.quote(layer.getId()) + ", but its file is that of layer "
					+ Untrusted.quote(expectedId);
		}
		String problem = LayerIds.problem(layer.getId(), layer.getKind());
		if (problem != null) {
			return problem;
		}
		Set<String> ids = new HashSet<>();
		for (Span span : layer.getSpans()) {
			problem = rangeProblem(span.getBegin(), span.getEnd(), length);
			if (problem == null && span.getId() != null && !ids.add(span.getId())) {
				problem = "is given twice";
			}
			if (problem == null && span instanceof Claim claim) {
				problem = citationsProblem(claim.getMetrics(), layer);
			}
			if (problem != null) {
				return where("span", span.getId(), problem);
			}
		}
		for (Check check : layer.getChecks()) {
			problem = rangeProblem(check.getBegin(), check.getEnd(), length);
			if (problem == null) {
				problem = citationsProblem(check.getMetrics(), layer);
			}
			if (problem != null) {
				return where("check", check.getId(), problem);
			}
		}
		return fieldDecisionsProblem(layer.getFieldDecisions());
	}

	/**
	 * Each field decided once (a merge matches decisions by field), and a correction one the report
	 * could take; an accepted value is the report's own, whatever the report held then.
	 */
	private static String fieldDecisionsProblem(List<FieldDecision> decisions) {
		Set<String> decided = new HashSet<>();
		for (FieldDecision decision : decisions) {
			String where = "the decision on field " + Untrusted.quote(decision.getField());
			String problem = DocumentFields.problem(decision.getField(),
					decision.getStatus() == FieldDecisionStatus.CORRECTED ? decision.getValue() : null);
			if (problem != null) {
				return where + ": " + problem;
			}
			if (!decided.add(decision.getField())) {
				return where + " is given twice";
			}
		}
		return null;
	}

	private static String citationsProblem(List<Metric> metrics, Layer layer) {
		for (Metric metric : metrics) {
			if (metric.eContainer() != layer) {
				return "cites a metric outside its layer";
			}
		}
		return null;
	}

	private static String rangeProblem(int begin, int end, int length) {
		if (begin < 0 || begin > end || end > length) {
			return "[" + begin + ", " + end + ") lies outside the text (" + length + " characters)";
		}
		return null;
	}

	/** The problem of one object, named: built only when there is one, since a layer's every span is checked on each write. */
	private static String where(String kind, String id, String problem) {
		return kind + " " + Untrusted.quote(id) + " " + problem;
	}
}
