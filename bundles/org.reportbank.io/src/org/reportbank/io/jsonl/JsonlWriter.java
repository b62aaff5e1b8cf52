package org.reportbank.io.jsonl;

import static org.reportbank.io.jsonl.JsonlFields.*;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.reportbank.model.Check;
import org.reportbank.model.Claim;
import org.reportbank.model.Entity;
import org.reportbank.model.Layer;
import org.reportbank.model.MetadataEntry;
import org.reportbank.model.Metric;
import org.reportbank.model.Normalization;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankPackage;
import org.reportbank.model.Section;
import org.reportbank.model.Span;

import com.google.gson.stream.JsonWriter;

/**
 * Writes a report as one line of the lossless JSONL format: every field of the report and every
 * span of every layer, rejected suggestions included, so reading the line back gives the same
 * report. A field whose value is null is left out (a reader takes a missing field as null), and
 * so are three values a reader takes as their default: a span's {@code confidence} of 1.0, a
 * metric's {@code approximate} when false, and its {@code normalized} when it holds neither value
 * nor unit. Enumerated fields (status, origin, kinds, verdict) are always written. Metadata values
 * stay explicit, null included: the key itself is the information.
 * <p>
 * The line is built in a buffer and written to the stream at once; one instance reuses that
 * buffer, so an instance is for one thread at a time.
 */
public final class JsonlWriter {

	/** The confidence a span has unless set (the model's default, 1.0): left out of the record, as the reader keeps it. */
	static final double DEFAULT_CONFIDENCE = (Double) ReportbankPackage.Literals.SPAN__CONFIDENCE.getDefaultValue();

	private final LineBuffer line = new LineBuffer();

	public void write(Report report, Writer out) throws IOException {
		line.clear();
		JsonWriter json = new JsonWriter(line); // one top-level value per JsonWriter
		json.setSerializeNulls(false);
		json.setHtmlSafe(false);
		writeReport(report, json);
		json.flush();
		line.write('\n');
		line.writeTo(out);
	}

	private static void writeReport(Report report, JsonWriter json) throws IOException {
		json.beginObject();
		json.name(ID).value(report.getId());
		json.name(TITLE).value(report.getTitle());
		json.name(REGION).value(report.getRegion());
		json.name(YEAR).value(report.getYear());
		json.name(PUBLISHER).value(report.getPublisher());
		json.name(PUBLISHED).value(report.getPublished());
		json.name(DOCUMENT_KIND).value(report.getDocumentKind().getLiteral());
		json.name(STATUS).value(report.getStatus().getLiteral());
		json.name(METADATA).beginObject();
		json.setSerializeNulls(true); // a key without value is still a metadata entry
		for (MetadataEntry entry : report.getMetadata()) {
			json.name(entry.getKey()).value(entry.getValue());
		}
		json.setSerializeNulls(false);
		json.endObject();
		writeSource(report, json);
		json.name(TEXT).value(report.getText());
		json.name(OFFSETS).value(OFFSET_UNIT);
		json.name(NORMALIZATIONS).beginArray();
		for (Normalization n : report.getNormalizations()) {
			json.beginObject().name(KIND).value(n.getKind()).name(COUNT).value(n.getCount()).name(EXAMPLES).beginArray();
			for (String example : n.getExamples()) {
				json.value(example);
			}
			json.endArray().endObject();
		}
		json.endArray();
		json.name(SECTIONS).beginArray();
		writeSections(report.getSections(), null, json);
		json.endArray();
		json.name(LAYERS).beginArray();
		for (Layer layer : report.getLayers()) {
			json.beginObject().name(ID).value(layer.getId()).name(KIND).value(layer.getKind().getLiteral()).name(ANNOTATOR)
					.value(layer.getAnnotator()).name(MODIFIED).value(layer.getModified());
			if (layer.getTokenization() != null) {
				json.name(TOKENIZATION).beginObject().name(TOOL).value(layer.getTokenization().getTool()).name(LENGTHS)
						.value(layer.getTokenization().getLengths()).endObject();
			}
			json.endObject();
		}
		json.endArray();
		String text = report.getText();
		writeSpans(report, text, ENTITIES, ENTITY, json);
		writeSpans(report, text, METRICS, METRIC, json);
		writeSpans(report, text, CLAIMS, CLAIM, json);
		writeSpans(report, text, SPANS, PLAIN, json);
		writeChecks(report, text, json);
		json.endObject();
	}

	private static void writeSource(Report report, JsonWriter json) throws IOException {
		var source = report.getSource();
		if (source == null) {
			return;
		}
		json.name(SOURCE).beginObject().name(FILE).value(source.getFile()).name(FORMAT).value(source.getFormat()).name(ENCODING)
				.value(source.getEncoding()).name(SHA256).value(source.getSha256()).name(IMPORTED).value(source.getImported())
				.endObject();
	}

	private static void writeSections(List<Section> sections, Section parent, JsonWriter json) throws IOException {
		for (Section s : sections) {
			json.beginObject().name(ID).value(s.getId()).name(LEVEL).value(s.getLevel()).name(NUMBERING)
					.value(s.getNumbering()).name(HEADING).value(s.getHeading()).name(KIND).value(s.getKind().getLiteral())
					.name(BEGIN).value(s.getBegin()).name(END).value(s.getEnd()).name(HEADING_END).value(s.getHeadingEnd())
					.name(PARENT).value(parent == null ? null : parent.getId()).endObject();
			writeSections(s.getChildren(), s, json);
		}
	}

	private static final int PLAIN = 0, ENTITY = 1, METRIC = 2, CLAIM = 3;

	private static int kindOf(Span span) {
		if (span instanceof Entity) {
			return ENTITY;
		}
		if (span instanceof Metric) {
			return METRIC;
		}
		return span instanceof Claim ? CLAIM : PLAIN;
	}

	/** Spans of one kind from every layer; {@code PLAIN} means plain spans of no subtype. */
	private static void writeSpans(Report report, String text, String field, int kind, JsonWriter json) throws IOException {
		json.name(field).beginArray();
		for (Layer layer : report.getLayers()) {
			String layerId = layer.getId();
			for (Span span : layer.getSpans()) {
				if (kindOf(span) == kind) {
					writeSpan(text, layerId, span, kind, json);
				}
			}
		}
		json.endArray();
	}

	private static void writeSpan(String text, String layerId, Span span, int kind, JsonWriter json) throws IOException {
		int begin = span.getBegin();
		int end = span.getEnd();
		json.beginObject();
		json.name(ID).value(span.getId());
		json.name(LAYER).value(layerId);
		json.name(BEGIN).value(begin);
		json.name(END).value(end);
		json.name(TEXT).value(textOf(text, begin, end));
		json.name(kind == CLAIM ? TYPE : LABEL).value(span.getLabel());
		json.name(ORIGIN).value(span.getOrigin().getLiteral());
		json.name(STATUS).value(span.getStatus().getLiteral());
		json.name(ANNOTATOR).value(span.getAnnotator());
		double confidence = span.getConfidence();
		if (Double.compare(confidence, DEFAULT_CONFIDENCE) != 0) {
			json.name(CONFIDENCE).value(confidence);
		}
		json.name(TOOL).value(span.getTool());
		json.name(NOTE).value(span.getNote());
		json.name(BASED_ON).value(span.getBasedOn());
		switch (kind) {
		case ENTITY -> json.name(CANONICAL).value(((Entity) span).getCanonical());
		case METRIC -> {
			Metric metric = (Metric) span;
			decimal(json, VALUE, metric.getValue());
			json.name(UNIT).value(metric.getUnit());
			if (metric.isApproximate()) {
				json.name(APPROXIMATE).value(true);
			}
			json.name(QUALIFIER).value(metric.getQualifier());
			json.name(KIND).value(metric.getKind().getLiteral());
			if (metric.getNormalizedValue() != null || metric.getNormalizedUnit() != null) {
				json.name(NORMALIZED).beginObject();
				decimal(json, VALUE, metric.getNormalizedValue());
				json.name(UNIT).value(metric.getNormalizedUnit()).endObject();
			}
			json.name(INDICATOR).value(metric.getIndicator());
			json.name(PERIOD).value(metric.getPeriod());
			json.name(COMPARISON).value(metric.getComparison());
		}
		case CLAIM -> {
			Claim claim = (Claim) span;
			json.name(SECTION).value(claim.getSection());
			json.name(METRICS).beginArray();
			for (Metric metric : claim.getMetrics()) {
				json.value(metric.getId());
			}
			json.endArray();
		}
		default -> {
			// a plain span has no more fields
		}
		}
		json.endObject();
	}

	private static void writeChecks(Report report, String text, JsonWriter json) throws IOException {
		json.name(CHECKS).beginArray();
		for (Layer layer : report.getLayers()) {
			for (Check check : layer.getChecks()) {
				json.beginObject().name(ID).value(check.getId()).name(LAYER).value(layer.getId()).name(KIND)
						.value(check.getKind()).name(VERDICT).value(check.getVerdict().getLiteral()).name(BEGIN)
						.value(check.getBegin()).name(END).value(check.getEnd()).name(TEXT)
						.value(textOf(text, check.getBegin(), check.getEnd())).name(MESSAGE).value(check.getMessage());
				decimal(json, STATED, check.getStated());
				decimal(json, RECOMPUTED, check.getRecomputed());
				json.name(METRICS).beginArray();
				for (Metric metric : check.getMetrics()) {
					json.value(metric.getId());
				}
				json.endArray().endObject();
			}
		}
		json.endArray();
	}

	/** Exact decimal text (23.07, never 2.307E+1), so no consumer loses precision to binary floating point; nothing when null. */
	private static void decimal(JsonWriter json, String name, BigDecimal value) throws IOException {
		if (value != null) {
			json.name(name).jsonValue(value.toPlainString());
		}
	}

	private static String textOf(String text, int begin, int end) {
		if (text == null || begin < 0 || end > text.length() || begin > end) {
			return null;
		}
		return text.substring(begin, end);
	}

	/**
	 * The line being written, in a char array that grows as needed: no lock per write (as
	 * StringWriter and BufferedWriter take; the JsonWriter makes several small writes per field, and
	 * those locks were most of the format's time), and no copy into a String at the end.
	 */
	private static final class LineBuffer extends Writer {
		private static final int INITIAL = 1 << 16;
		private static final int KEPT = 1 << 22;

		private char[] chars = new char[INITIAL];
		private int count;

		void clear() {
			count = 0;
			if (chars.length > KEPT) {
				chars = new char[INITIAL]; // one huge report must not pin its buffer for the rest of the export
			}
		}

		void writeTo(Writer out) throws IOException {
			out.write(chars, 0, count);
		}

		private void room(int more) {
			if (count + more > chars.length) {
				chars = Arrays.copyOf(chars, Math.max(chars.length * 2, count + more));
			}
		}

		@Override
		public void write(int c) {
			room(1);
			chars[count++] = (char) c;
		}

		@Override
		public void write(char[] source, int offset, int length) {
			room(length);
			System.arraycopy(source, offset, chars, count, length);
			count += length;
		}

		@Override
		public void write(String s) {
			write(s, 0, s.length());
		}

		@Override
		public void write(String s, int offset, int length) {
			room(length);
			s.getChars(offset, offset + length, chars, count);
			count += length;
		}

		@Override
		public Writer append(CharSequence s) {
			String string = String.valueOf(s);
			write(string, 0, string.length());
			return this;
		}

		@Override
		public Writer append(char c) {
			write(c);
			return this;
		}

		@Override
		public void flush() {
			// nothing to flush: the caller writes the line out
		}

		@Override
		public void close() {
			// nothing to close
		}
	}
}
