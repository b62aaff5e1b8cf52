package org.reportbank.io.formats;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.reportbank.io.dataset.DatasetFormat;
import org.reportbank.io.dataset.FormatSink;
import org.reportbank.io.dataset.ReportFileNames;
import org.reportbank.core.text.Tokenizer;
import org.reportbank.model.Metric;
import org.reportbank.model.Report;
import org.reportbank.model.Span;
import org.reportbank.model.SpanOrigin;
import org.reportbank.model.SpanStatus;

/**
 * brat standoff: {@code brat/<split>/<reportId>.txt} (exactly the report text, UTF-8) and
 * {@code brat/<split>/<reportId>.ann}, plus {@code brat/annotation.conf} and {@code brat/visual.conf}
 * so that brat accepts the folder. Offsets in the .ann file count <b>code points</b>, as brat (Python)
 * does, converted from Reportbank's UTF-16 offsets.
 * <pre>
 * T1	ORG 1 6	区司法局
 * A1	Status T1 accepted
 * A2	Origin T1 hanlp
 * T2	METRIC 20 27	23.07亿元
 * A3	Status T2 suggested
 * A4	Origin T2 rule
 * #1	AnnotatorNotes T2	value=23.07 unit=亿元 normalized=2307000000 元 kind=money indicator=新增注册资本
 * T3	ORG 40 43;44 47	柳州市 城中区
 * </pre>
 * File names come from {@link ReportFileNames}: unique per report even where ids would collide.
 * A span over a line break is written as fragments split at the line breaks (brat allows no text
 * annotation across one); its text is the fragments joined by a space, as brat writes it.
 */
public final class BratFormat implements DatasetFormat {

	static final List<String> STATUS_VALUES = List.of(SpanStatus.ACCEPTED.getLiteral(), SpanStatus.SUGGESTED.getLiteral());

	@Override
	public String name() {
		return "brat";
	}

	@Override
	public String offsetUnit() {
		return "code points";
	}

	@Override
	public String leavesOut() {
		return "span ids, annotator, confidence, tool, based-on links, claim-to-metric links and the rate checks;"
				+ " metric values go into AnnotatorNotes (value=… unit=… normalized=… kind=…), claims are written as"
				+ " spans (ACHIEVEMENT, PROBLEM, PLAN), nested and overlapping spans are all kept";
	}

	/** Opened alone, the format names its files itself, every report's its own. */
	@Override
	public FormatSink open(Path folder, Tokenizer tokenizer) throws IOException {
		return open(folder, tokenizer, new ReportFileNames());
	}

	@Override
	public FormatSink open(Path folder, Tokenizer tokenizer, ReportFileNames fileNames) throws IOException {
		Path root = folder; // the format's own folder: brat/SPLIT/ID.txt in a dataset, as for the other formats
		Files.createDirectories(root);
		return new FormatSink() {
			private final Set<String> labels = new TreeSet<>();
			private final Map<String, Path> splits = new HashMap<>();
			private final StringBuilder ann = new StringBuilder(1 << 14);

			@Override
			public void write(Report report, List<Span> spans, String split) throws IOException {
				Path dir = splits.get(split);
				if (dir == null) { // created once per split, not asked again for every report
					dir = Files.createDirectories(root.resolve(split));
					splits.put(split, dir);
				}
				String text = report.getText() == null ? "" : report.getText();
				String id = fileNames.of(report.getId());
				Files.writeString(dir.resolve(id + ".txt"), text, StandardCharsets.UTF_8);
				ann.setLength(0);
				appendAnn(text, spans, ann, labels);
				Files.writeString(dir.resolve(id + ".ann"), ann, StandardCharsets.UTF_8); // one write per file
			}

			@Override
			public void close() throws IOException {
				writeConf(root, labels);
			}
		};
	}

	/** Writes the .ann lines of one text; adds the labels it uses to {@code labels}. */
	static void writeAnn(String text, List<Span> spans, Writer out, Set<String> labels) throws IOException {
		StringBuilder ann = new StringBuilder(spans.size() * 96);
		appendAnn(text, spans, ann, labels);
		out.append(ann);
	}

	/** Appends the .ann lines of one text; adds the labels it uses to {@code labels}. */
	static void appendAnn(String text, List<Span> spans, StringBuilder ann, Set<String> labels) {
		CodePointOffsets offsets = CodePointOffsets.of(text);
		int t = 0;
		int a = 0;
		int note = 0;
		String previousLabel = null;
		for (Span span : SpanSelection.positives(spans, text)) {
			int begin = span.getBegin();
			int end = span.getEnd();
			int lineBreak = lineBreak(text, begin, end);
			List<int[]> fragments = lineBreak < 0 ? null : fragments(text, begin, end);
			if (fragments != null && fragments.isEmpty()) {
				continue;
			}
			String label = SpanSelection.tagLabel(span.getLabel());
			if (!label.equals(previousLabel)) { // spans of one label come in runs: no set lookup for each
				labels.add(label);
				previousLabel = label;
			}
			int id = ++t;
			ann.append('T').append(id).append('\t').append(label).append(' ');
			if (fragments == null) {
				ann.append(offsets.toCodePoint(begin)).append(' ').append(offsets.toCodePoint(end)).append('\t');
				appendOneLine(ann, text, begin, end);
			} else {
				for (int f = 0; f < fragments.size(); f++) {
					int[] fragment = fragments.get(f);
					if (f > 0) {
						ann.append(';');
					}
					ann.append(offsets.toCodePoint(fragment[0])).append(' ').append(offsets.toCodePoint(fragment[1]));
				}
				ann.append('\t');
				for (int f = 0; f < fragments.size(); f++) {
					int[] fragment = fragments.get(f);
					if (f > 0) {
						ann.append(' ');
					}
					appendOneLine(ann, text, fragment[0], fragment[1]);
				}
			}
			ann.append('\n');
			ann.append('A').append(++a).append("\tStatus T").append(id).append(' ').append(status(span)).append('\n');
			ann.append('A').append(++a).append("\tOrigin T").append(id).append(' ').append(origin(span)).append('\n');
			int mark = ann.length();
			ann.append('#').append(note + 1).append("\tAnnotatorNotes T").append(id).append('\t');
			if (appendNotes(span, ann)) {
				note++;
				ann.append('\n');
			} else {
				ann.setLength(mark);
			}
		}
	}

	/** The first line break in text[begin, end), or -1. */
	private static int lineBreak(String text, int begin, int end) {
		for (int i = begin; i < end; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				return i;
			}
		}
		return -1;
	}

	/** text[begin, end) with tabs and line breaks as spaces, as {@link #oneLine} gives it. */
	private static void appendOneLine(StringBuilder out, String text, int begin, int end) {
		int run = begin;
		for (int i = begin; i < end; i++) {
			char c = text.charAt(i);
			if (c == '\t' || c == '\n' || c == '\r') {
				out.append(text, run, i).append(' ');
				run = i + 1;
			}
		}
		out.append(text, run, end);
	}

	/** [begin, end) split at line breaks, in UTF-16 units; empty pieces left out. */
	static List<int[]> fragments(String text, int begin, int end) {
		List<int[]> fragments = new ArrayList<>(1);
		int start = begin;
		for (int i = begin; i <= end; i++) {
			if (i == end || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
				if (i > start) {
					fragments.add(new int[] { start, i });
				}
				start = i + 1;
			}
		}
		return fragments;
	}

	static String status(Span span) {
		return span.getStatus() == null ? SpanStatus.SUGGESTED.getLiteral() : span.getStatus().getLiteral();
	}

	static String origin(Span span) {
		return span.getOrigin() == null ? SpanOrigin.HUMAN.getLiteral() : span.getOrigin().getLiteral();
	}

	/** The AnnotatorNotes text: the metric's values, then the span's own note; null when neither. */
	static String notes(Span span) {
		StringBuilder b = new StringBuilder();
		return appendNotes(span, b) ? b.toString() : null;
	}

	/** Appends the AnnotatorNotes text to {@code out}; false (and nothing appended) when there is none. */
	private static boolean appendNotes(Span span, StringBuilder out) {
		int start = out.length();
		if (span instanceof Metric metric) {
			field(out, start, "value", plain(metric.getValue()));
			field(out, start, "unit", metric.getUnit());
			if (metric.getNormalizedValue() != null) {
				field(out, start, "normalized", plain(metric.getNormalizedValue())
						+ (metric.getNormalizedUnit() == null ? "" : " " + metric.getNormalizedUnit()));
			}
			field(out, start, "kind", metric.getKind() == null ? null : metric.getKind().getLiteral());
			if (metric.isApproximate()) {
				field(out, start, "approximate", "true");
			}
			field(out, start, "qualifier", metric.getQualifier());
			field(out, start, "indicator", metric.getIndicator());
			field(out, start, "comparison", metric.getComparison());
			field(out, start, "period", metric.getPeriod());
		}
		if (span.getNote() != null && !span.getNote().isBlank()) {
			if (out.length() > start) {
				out.append("; ");
			}
			out.append(oneLine(span.getNote().strip()));
		}
		return out.length() > start;
	}

	/** Appends {@code key=value} (after a space unless it is the first since {@code start}); nothing for a blank value. */
	private static void field(StringBuilder b, int start, String key, String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		if (b.length() > start) {
			b.append(' ');
		}
		String stripped = value.strip();
		b.append(key).append('=');
		appendOneLine(b, stripped, 0, stripped.length());
	}

	private static String plain(BigDecimal value) {
		return value == null ? null : value.toPlainString();
	}

	/** Tabs and line breaks would break the line format: they become spaces. */
	static String oneLine(String value) {
		return value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
	}

	private static final Map<String, String> COLORS = Map.of("ORG", "#8fb2ff", "PER", "#ffccaa", "LOC", "#95dfff", "LAW",
			"#e0ff7a", "DATE", "#ffe000", "METRIC", "#aaffaa", "ACHIEVEMENT", "#e6f0e6", "PROBLEM", "#f7dede", "PLAN",
			"#e3e6f7");

	/** annotation.conf (entities used, Status and Origin attributes, overlaps allowed) and visual.conf. */
	static void writeConf(Path root, Set<String> labels) throws IOException {
		StringBuilder conf = new StringBuilder("# written by Reportbank: the labels of this export\n[entities]\n");
		for (String label : labels) {
			conf.append(label).append('\n');
		}
		conf.append("\n[relations]\n<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OL-TYPE>:<ANY>\n");
		conf.append("\n[events]\n");
		conf.append("\n[attributes]\n");
		conf.append("Status\tArg:<ENTITY>, Value:").append(String.join("|", STATUS_VALUES)).append('\n');
		List<String> origins = new ArrayList<>();
		for (SpanOrigin origin : SpanOrigin.VALUES) {
			origins.add(origin.getLiteral());
		}
		conf.append("Origin\tArg:<ENTITY>, Value:").append(String.join("|", origins)).append('\n');
		Files.writeString(root.resolve("annotation.conf"), conf, StandardCharsets.UTF_8);

		StringBuilder visual = new StringBuilder("[labels]\n");
		for (String label : labels) {
			visual.append(label).append(" | ").append(label).append('\n');
		}
		visual.append("\n[drawing]\nSPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken\n");
		visual.append("ATTRIBUTE_DEFAULT\tglyph:*\n");
		visual.append("Status\tglyph:✓|?\n");
		visual.append("Origin\tglyph:H|N|R|M\n");
		for (String label : labels) {
			String color = COLORS.get(label);
			if (color != null) {
				visual.append(label).append("\tbgColor:").append(color).append('\n');
			}
		}
		Files.writeString(root.resolve("visual.conf"), visual, StandardCharsets.UTF_8);
	}
}
