package org.reportbank.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.SpanStatus;
import org.reportbank.model.Tokenization;

/**
 * Reports with the layers of annotators ann1, ann2 and ann3, random but seeded (the same seed gives
 * the same reports): texts of 40 to 440 characters with blanks and line breaks, a third of them
 * with a tokenization; a few true spans per report that each annotator mostly marks alike, but
 * sometimes with a boundary moved, another label, a span left out, a span of their own, an
 * overlapping second span or a rejected one. Most reports have all three annotators, some two, a
 * few one (not compared). Label LAW first turns up after report 120, so earlier reports are
 * continua without its units. Shared by the agreement
 * figures' tests of the API and of the command line, which pin the same numbers.
 */
public final class GeneratedReports {

	public static final List<String> ANNOTATORS = List.of("ann1", "ann2", "ann3");
	private static final List<String> LABELS = List.of("ORG", "METRIC", "PER", "LOC");
	private static final String CHARACTERS = "区司法局受理行政复议申请件败诉率人民政府年度报告依法公开信息办理案件数量工作县市委";

	private final Random random;
	private int index;

	public GeneratedReports(long seed) {
		this.random = new Random(seed);
	}

	/** The first {@code count} reports of the seed. */
	public static List<Report> reports(long seed, int count) {
		GeneratedReports generator = new GeneratedReports(seed);
		List<Report> reports = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			reports.add(generator.next());
		}
		return reports;
	}

	/** The next report (ids 0000000000000001, 0000000000000002, …). */
	public Report next() {
		index++;
		int length = 40 + random.nextInt(401);
		Report report = Fixtures.report(String.format("%016x", index), text(length));
		if (random.nextInt(3) == 0) {
			tokenize(report, length);
		}
		List<int[]> truth = new ArrayList<>();
		List<String> truthLabels = new ArrayList<>();
		int spans = random.nextInt(7);
		for (int s = 0; s < spans; s++) {
			int spanLength = 1 + random.nextInt(12);
			int begin = random.nextInt(length - spanLength + 1);
			truth.add(new int[] { begin, begin + spanLength });
			truthLabels.add(index > 120 && random.nextInt(5) == 0 ? "LAW" : label());
		}
		int who = random.nextInt(10);
		List<String> annotators = who == 0 ? List.of(ANNOTATORS.get(random.nextInt(3)))
				: who <= 2 ? pair() : ANNOTATORS;
		for (String annotator : annotators) {
			Layer layer = Fixtures.annotator(report, annotator);
			for (int s = 0; s < truth.size(); s++) {
				int begin = truth.get(s)[0];
				int end = truth.get(s)[1];
				String label = truthLabels.get(s);
				int roll = random.nextInt(100);
				if (roll < 8) {
					continue; // left out
				} else if (roll < 20) {
					begin = Math.max(0, begin - random.nextInt(4));
					end = Math.min(length, end + random.nextInt(4) - 1);
					if (end <= begin) {
						end = begin + 1;
					}
				} else if (roll < 25) {
					label = label();
				}
				Fixtures.span(layer, begin, end, label, random.nextInt(20) == 0 ? SpanStatus.REJECTED : SpanStatus.ACCEPTED);
				if (random.nextInt(25) == 0) {
					int second = Math.min(length, end + 1 + random.nextInt(5));
					Fixtures.span(layer, Math.max(0, begin + 1 - random.nextInt(2)), second, label); // overlaps its own
				}
			}
			int own = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0;
			for (int s = 0; s < own; s++) {
				int spanLength = 1 + random.nextInt(15);
				int begin = random.nextInt(length - spanLength + 1);
				Fixtures.span(layer, begin, begin + spanLength, label());
			}
		}
		return report;
	}

	private String label() {
		return LABELS.get(random.nextInt(LABELS.size()));
	}

	private List<String> pair() {
		int out = random.nextInt(3);
		List<String> pair = new ArrayList<>(ANNOTATORS);
		pair.remove(out);
		return pair;
	}

	private String text(int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			int roll = random.nextInt(40);
			text.append(roll == 0 ? '\n'
					: roll == 1 ? ' '
							: roll == 2 ? '。'
									: roll < 6 ? (char) ('0' + random.nextInt(10))
											: CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
		}
		return text.toString();
	}

	/** A pre-annotation layer with words of one to four characters covering the text. */
	private void tokenize(Report report, int length) {
		StringBuilder lengths = new StringBuilder();
		for (int at = 0; at < length;) {
			int word = Math.min(length - at, 1 + random.nextInt(4));
			lengths.append(lengths.isEmpty() ? "" : ",").append(word);
			at += word;
		}
		Layer layer = Fixtures.layer(report, "preannotation", LayerKind.PREANNOTATION);
		Tokenization tokenization = ReportbankFactory.eINSTANCE.createTokenization();
		tokenization.setTool("test");
		tokenization.setLengths(lengths.toString());
		layer.setTokenization(tokenization);
	}
}
