package org.reportbank.benchmarks;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.reportbank.core.text.Tokenizer;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Metric;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.Span;
import org.reportbank.model.SpanOrigin;
import org.reportbank.model.SpanStatus;

/**
 * A synthetic corpus generated on the fly: report i is built when asked for and dropped by the
 * caller, so the heap measured is the writers', not the corpus's. Each report is sentences like
 * the seeds' ("区司法局受理行政复议申请68件，败诉率4%，新增注册资本23.07亿元。"), varied by number, with
 * four gold spans per sentence (ORG and three METRICs), until it holds the spans asked for.
 */
final class SyntheticReports implements Iterable<SyntheticReports.Item> {

	/** One report and its positives (the gold layer's spans, sorted by begin) and split. */
	record Item(Report report, List<Span> spans, String split) {
	}

	private static final ReportbankFactory F = ReportbankFactory.eINSTANCE;
	private static final String[] ORGS = { "区司法局", "市场监督管理局", "区人民政府", "城中分局柳东派出所" };
	private static final String[] SPLITS = { "train", "train", "train", "train", "train", "train", "train", "train", "dev", "test" };

	private final long totalSpans;
	private final int spansPerReport;

	SyntheticReports(long totalSpans, int spansPerReport) {
		this.totalSpans = totalSpans;
		this.spansPerReport = Math.max(4, spansPerReport - spansPerReport % 4);
	}

	long reports() {
		return (totalSpans + spansPerReport - 1) / spansPerReport;
	}

	@Override
	public Iterator<Item> iterator() {
		return new Iterator<>() {
			private long made;
			private long spans;

			@Override
			public boolean hasNext() {
				return spans < totalSpans;
			}

			@Override
			public Item next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				int n = (int) Math.min(spansPerReport, totalSpans - spans);
				Item item = report(made++, n);
				spans += item.spans().size();
				return item;
			}
		};
	}

	private static Item report(long index, int spanCount) {
		Report report = F.createReport();
		report.setId(String.format("%016x", 0x5e0000000000L + index));
		report.setTitle("合成区" + (2020 + index % 4) + "年法治政府建设工作报告 " + index);
		report.setRegion("合成区" + index % 17);
		report.setYear((int) (2020 + index % 4));
		Layer gold = F.createLayer();
		gold.setId("gold");
		gold.setKind(LayerKind.GOLD);
		StringBuilder text = new StringBuilder(spanCount * 12);
		List<Span> spans = new ArrayList<>(spanCount);
		int sentence = 0;
		while (spans.size() < spanCount) {
			String org = ORGS[(int) ((index + sentence) % ORGS.length)];
			int at = text.length();
			text.append(org).append("受理行政复议申请");
			int count = at + org.length() + 8;
			String number = Integer.toString(10 + (sentence * 37 + (int) index) % 990);
			text.append(number).append("件，败诉率");
			int rate = text.length();
			text.append(sentence % 10).append("%，新增注册资本");
			int money = text.length();
			text.append(sentence % 100).append(".07亿元。");
			if (sentence % 5 == 4) {
				text.append('\n');
			}
			add(gold, spans, F.createEntity(), report.getId(), sentence, at, at + org.length(), "ORG", spanCount);
			add(gold, spans, metric(), report.getId(), sentence, count, count + number.length() + 1, "METRIC", spanCount);
			add(gold, spans, metric(), report.getId(), sentence, rate, rate + 2, "METRIC", spanCount);
			add(gold, spans, metric(), report.getId(), sentence, money, text.indexOf("亿元", money) + 2, "METRIC", spanCount);
			sentence++;
		}
		report.setText(text.toString());
		report.getLayers().add(gold);
		return new Item(report, spans, SPLITS[(int) (index % SPLITS.length)]);
	}

	private static Metric metric() {
		Metric metric = F.createMetric();
		metric.setUnit("件");
		return metric;
	}

	private static void add(Layer layer, List<Span> spans, Span span, String reportId, int sentence, int begin, int end, String label,
			int max) {
		if (spans.size() >= max) {
			return;
		}
		span.setId(reportId + ":" + sentence + ":" + begin);
		span.setBegin(begin);
		span.setEnd(end);
		span.setLabel(label);
		span.setOrigin(SpanOrigin.HUMAN);
		span.setStatus(SpanStatus.ACCEPTED);
		layer.getSpans().add(span);
		spans.add(span);
	}

	/**
	 * A cheap stand-in for HanLP, so the benchmark measures the writers and not the segmenter:
	 * runs of Han characters cut in twos, runs of digits and Latin letters kept whole, every other
	 * non-blank character a token of its own. (HanLP's own speed is what ./reportbank benchmark measures.)
	 */
	static final Tokenizer TOKENIZER = text -> {
		List<Tokenizer.Token> tokens = new ArrayList<>(text.length() / 2 + 1);
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
				continue;
			}
			int end = i + 1;
			if (Character.isLetterOrDigit(c) && c < 0x3000) {
				while (end < text.length() && Character.isLetterOrDigit(text.charAt(end)) && text.charAt(end) < 0x3000
						|| end < text.length() && text.charAt(end) == '.') {
					end++;
				}
			} else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && end < text.length()
					&& Character.UnicodeScript.of(text.charAt(end)) == Character.UnicodeScript.HAN) {
				end++;
			}
			tokens.add(new Tokenizer.Token(i, end, "_"));
			i = end;
		}
		return tokens;
	};
}
