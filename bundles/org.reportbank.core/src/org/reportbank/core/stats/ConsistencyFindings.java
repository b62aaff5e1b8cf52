package org.reportbank.core.stats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.core.text.Sentences;
import org.reportbank.model.Check;
import org.reportbank.model.CheckVerdict;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;

/**
 * The consistency checks of a whole corpus (those of each report's pre-annotation layer), each
 * with the sentence it is about, so a list can show them without holding the reports.
 */
public final class ConsistencyFindings {

	/**
	 * One check: where it is (UTF-16 offsets into Report.text), what it found, its sentence (which
	 * starts at {@code sentenceBegin} in the text) and the metrics it compared (the stated rate and
	 * the counts it was recomputed from), as ranges of the text.
	 */
	public record Finding(String reportId, String reportTitle, String checkId, CheckVerdict verdict, String message,
			BigDecimal stated, BigDecimal recomputed, int begin, int end, String sentence, int sentenceBegin,
			List<Range> metrics) {
	}

	/** A range of the report text, end exclusive. */
	public record Range(int begin, int end) {
	}

	/** Inconsistent first, then unverifiable, then consistent; within each by report title and place in the text. */
	public static final Comparator<Finding> ORDER = Comparator.comparingInt(ConsistencyFindings::rank)
			.thenComparing(f -> f.reportTitle() == null ? "" : f.reportTitle()).thenComparing(Finding::reportId)
			.thenComparingInt(Finding::begin);

	private ConsistencyFindings() {
	}

	private static int rank(Finding finding) {
		return switch (finding.verdict() == null ? CheckVerdict.UNVERIFIABLE : finding.verdict()) {
		case INCONSISTENT -> 0;
		case UNVERIFIABLE -> 1;
		case CONSISTENT -> 2;
		};
	}

	/** The findings of one loaded report, in text order. */
	public static List<Finding> of(Report report) {
		List<Finding> findings = new ArrayList<>();
		String text = report.getText() == null ? "" : report.getText();
		for (Layer layer : report.getLayers()) {
			if (layer.getKind() != LayerKind.PREANNOTATION) {
				continue;
			}
			for (Check check : layer.getChecks()) {
				Range sentence = sentence(text, check.getBegin(), check.getEnd());
				List<Range> metrics = check.getMetrics().stream().map(m -> new Range(m.getBegin(), m.getEnd()))
						.sorted(Comparator.comparingInt(Range::begin)).toList();
				findings.add(new Finding(report.getId(), report.getTitle(), check.getId(), check.getVerdict(),
						check.getMessage(), check.getStated(), check.getRecomputed(), check.getBegin(), check.getEnd(),
						text.substring(sentence.begin(), sentence.end()).replace('\n', ' '), sentence.begin(), metrics));
			}
		}
		findings.sort(Comparator.comparingInt(Finding::begin));
		return findings;
	}

	/**
	 * Every report's findings, in {@link #ORDER}; stops (with what it has) when cancelled. A report
	 * that cannot be read does not stop the others: they are all read, then a StoreException names
	 * the unreadable ones.
	 */
	public static List<Finding> list(CorpusStore store, IProgressMonitor monitor) throws StoreException {
		List<Finding> findings = new ArrayList<>();
		ReportWalk.each(store, store.entries(), "Reading the consistency checks", monitor,
				(entry, report) -> findings.addAll(of(report))).requireEveryReportRead();
		findings.sort(ORDER);
		return findings;
	}

	/**
	 * The text a check is about: its own range when it has one (the pre-annotator stores the
	 * sentence), else the sentence around its begin; without blanks at either end.
	 */
	static Range sentence(String text, int begin, int end) {
		int from = Math.max(0, Math.min(begin, text.length()));
		int to = Math.max(from, Math.min(end, text.length()));
		if (to == from) {
			for (Sentences.Sentence s : Sentences.of(text)) {
				if (s.contains(from) || s.begin() >= from) {
					from = s.begin();
					to = s.end();
					break;
				}
			}
		}
		while (from < to && Character.isWhitespace(text.charAt(from))) {
			from++;
		}
		while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
			to--;
		}
		return new Range(from, to);
	}
}
