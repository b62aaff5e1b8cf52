package org.reportbank.io.tests;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.reportbank.core.text.Tokenizer;
import org.reportbank.model.Claim;
import org.reportbank.model.Entity;
import org.reportbank.model.Metric;
import org.reportbank.model.MetricKind;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.Span;
import org.reportbank.model.SpanOrigin;
import org.reportbank.model.SpanStatus;

/**
 * The small reports the format tests export: astral characters (𠀀 CJK Extension B, 😀 emoji) before
 * the spans so that UTF-16 and code point offsets differ, nested spans, a span over a line break and a
 * rejected suggestion.
 */
final class FormatSamples {

	private static final ReportbankFactory F = ReportbankFactory.eINSTANCE;

	/**
	 * UTF-16: 𠀀 0-1, 区 2, 司法局 3-5, 😀 6-7, 新增 8-9, 23.07亿元 10-16, 。 17, \n 18, 柳州市 19-21, \n 22,
	 * 城中区法院 23-27, 办结 28-29, 。 30. Code points: minus 1 from 2 on, minus 2 from 8 on.
	 */
	static final String TEXT_1 = "𠀀区司法局😀新增23.07亿元。\n柳州市\n城中区法院办结。";

	static final String TEXT_2 = "在 京开会。";

	final Report report1;
	final List<Span> spans1 = new ArrayList<>();
	final Report report2;
	final List<Span> spans2 = new ArrayList<>();

	FormatSamples() {
		report1 = report("r1", TEXT_1);
		spans1.add(span(F.createEntity(), TEXT_1, 0, "𠀀区", "LOC", SpanOrigin.HANLP, SpanStatus.ACCEPTED));
		spans1.add(span(F.createEntity(), TEXT_1, 0, "𠀀区司法局", "ORG", SpanOrigin.HANLP, SpanStatus.ACCEPTED));
		spans1.add(span(F.createEntity(), TEXT_1, 0, "新增", "PER", SpanOrigin.HANLP, SpanStatus.REJECTED));
		Claim claim = span(F.createClaim(), TEXT_1, 0, "新增23.07亿元。", "ACHIEVEMENT", SpanOrigin.RULE, SpanStatus.SUGGESTED);
		spans1.add(claim);
		Metric money = span(F.createMetric(), TEXT_1, 0, "23.07亿元", "METRIC", SpanOrigin.RULE, SpanStatus.SUGGESTED);
		money.setValue(new BigDecimal("23.07"));
		money.setUnit("亿元");
		money.setKind(MetricKind.MONEY);
		money.setNormalizedValue(new BigDecimal("23.07").movePointRight(8));
		money.setNormalizedUnit("元");
		claim.getMetrics().add(money);
		spans1.add(money);
		Entity court = span(F.createEntity(), TEXT_1, 0, "柳州市\n城中区法院", "ORG", SpanOrigin.HUMAN, SpanStatus.ACCEPTED);
		court.setNote("跨行\t的名称");
		spans1.add(court);

		report2 = report("r2", TEXT_2);
		spans2.add(span(F.createEntity(), TEXT_2, 0, "京", "LOC", SpanOrigin.HANLP, SpanStatus.SUGGESTED));
	}

	/** The spans as the export hands them to a format: sorted by begin (here with a rejected one, which the format must drop). */
	static List<Span> sorted(List<Span> spans) {
		List<Span> copy = new ArrayList<>(spans);
		copy.sort((a, b) -> a.getBegin() != b.getBegin() ? Integer.compare(a.getBegin(), b.getBegin())
				: Integer.compare(a.getEnd(), b.getEnd()));
		return copy;
	}

	/** Greedy longest match over a fixed word list (POS "n"), else one code point per token (POS blank); blanks skipped. */
	static final Tokenizer TOKENIZER = text -> {
		List<String> words = List.of("𠀀区", "司法局", "新增", "23.07亿元", "柳州市", "城中区", "法院", "办结", "开会");
		List<Tokenizer.Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			int cp = text.codePointAt(i);
			if (Character.isWhitespace(cp)) {
				i += Character.charCount(cp);
				continue;
			}
			String match = null;
			for (String w : words) {
				if (text.startsWith(w, i) && (match == null || w.length() > match.length())) {
					match = w;
				}
			}
			int end = match != null ? i + match.length() : i + Character.charCount(cp);
			tokens.add(new Tokenizer.Token(i, end, match != null ? "n" : ""));
			i = end;
		}
		return tokens;
	};

	private static Report report(String id, String text) {
		Report report = F.createReport();
		report.setId(id);
		report.setText(text);
		return report;
	}

	private static <T extends Span> T span(T span, String text, int from, String covered, String label, SpanOrigin origin,
			SpanStatus status) {
		int begin = text.indexOf(covered, from);
		if (begin < 0) {
			throw new IllegalArgumentException(covered);
		}
		span.setId(label + begin);
		span.setBegin(begin);
		span.setEnd(begin + covered.length());
		span.setLabel(label);
		span.setOrigin(origin);
		span.setStatus(status);
		return span;
	}
}
