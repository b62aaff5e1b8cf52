package org.reportbank.io.formats;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.reportbank.io.dataset.DatasetFormat;
import org.reportbank.io.dataset.FormatSink;
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

	@Override
	public FormatSink open(Path folder, Tokenizer tokenizer) throws IOException {
		Path root = folder.resolve("brat");
		Files.createDirectories(root);
		return new FormatSink() {
			private final Set<String> labels = new TreeSet<>();

			@Override
			public void write(Report report, List<Span> spans, String split) throws IOException {
				Path dir = root.resolve(split);
				Files.createDirectories(dir);
				String text = report.getText() == null ? "" : report.getText();
				String id = fileName(report.getId());
				Files.writeString(dir.resolve(id + ".txt"), text, StandardCharsets.UTF_8);
				try (Writer out = new BufferedWriter(Files.newBufferedWriter(dir.resolve(id + ".ann"), StandardCharsets.UTF_8))) {
					writeAnn(text, spans, out, labels);
				}
			}

			@Override
			public void close() throws IOException {
				writeConf(root, labels);
			}
		};
	}

	/** Writes the .ann lines of one text; adds the labels it uses to {@code labels}. */
	static void writeAnn(String text, List<Span> spans, Writer out, Set<String> labels) throws IOException {
		CodePointOffsets offsets = CodePointOffsets.of(text);
		StringBuilder ann = new StringBuilder(spans.size() * 96); // one write per document
		int t = 0;
		int a = 0;
		int note = 0;
		for (Span span : SpanSelection.positives(spans, text)) {
			List<int[]> fragments = fragments(text, span.getBegin(), span.getEnd());
			if (fragments.isEmpty()) {
				continue;
			}
			String label = SpanSelection.tagLabel(span.getLabel());
			labels.add(label);
			String id = "T" + (++t);
			StringBuilder line = new StringBuilder(id).append('\t').append(label).append(' ');
			StringBuilder covered = new StringBuilder();
			for (int f = 0; f < fragments.size(); f++) {
				int[] fragment = fragments.get(f);
				if (f > 0) {
					line.append(';');
					covered.append(' ');
				}
				line.append(offsets.toCodePoint(fragment[0])).append(' ').append(offsets.toCodePoint(fragment[1]));
				covered.append(oneLine(text.substring(fragment[0], fragment[1])));
			}
			ann.append(line).append('\t').append(covered).append('\n');
			ann.append('A').append(Integer.toString(++a)).append("\tStatus ").append(id).append(' ')
					.append(status(span)).append('\n');
			ann.append('A').append(Integer.toString(++a)).append("\tOrigin ").append(id).append(' ')
					.append(origin(span)).append('\n');
			String notes = notes(span);
			if (notes != null) {
				ann.append('#').append(Integer.toString(++note)).append("\tAnnotatorNotes ").append(id).append('\t')
						.append(notes).append('\n');
			}
		}
		out.append(ann);
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
		if (span instanceof Metric metric) {
			field(b, "value", plain(metric.getValue()));
			field(b, "unit", metric.getUnit());
			if (metric.getNormalizedValue() != null) {
				field(b, "normalized", plain(metric.getNormalizedValue())
						+ (metric.getNormalizedUnit() == null ? "" : " " + metric.getNormalizedUnit()));
			}
			field(b, "kind", metric.getKind() == null ? null : metric.getKind().getLiteral());
			if (metric.isApproximate()) {
				field(b, "approximate", "true");
			}
			field(b, "qualifier", metric.getQualifier());
			field(b, "indicator", metric.getIndicator());
			field(b, "comparison", metric.getComparison());
			field(b, "period", metric.getPeriod());
		}
		if (span.getNote() != null && !span.getNote().isBlank()) {
			if (b.length() > 0) {
				b.append("; ");
			}
			b.append(oneLine(span.getNote().strip()));
		}
		return b.length() == 0 ? null : b.toString();
	}

	private static void field(StringBuilder b, String key, String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		if (b.length() > 0) {
			b.append(' ');
		}
		b.append(key).append('=').append(oneLine(value.strip()));
	}

	private static String plain(BigDecimal value) {
		return value == null ? null : value.toPlainString();
	}

	/** Tabs and line breaks would break the line format: they become spaces. */
	static String oneLine(String value) {
		return value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
	}

	/** A report id as a file name (ids are hex digests; anything else is made safe). */
	static String fileName(String id) {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("a report without id cannot be written as brat files");
		}
		return id.replaceAll("[^A-Za-z0-9._-]", "_");
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
