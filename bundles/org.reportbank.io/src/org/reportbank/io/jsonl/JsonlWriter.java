package org.reportbank.io.jsonl;

import static org.reportbank.io.jsonl.JsonlFields.*;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

import org.reportbank.model.Check;
import org.reportbank.model.Claim;
import org.reportbank.model.Entity;
import org.reportbank.model.Layer;
import org.reportbank.model.MetadataEntry;
import org.reportbank.model.Metric;
import org.reportbank.model.Normalization;
import org.reportbank.model.Report;
import org.reportbank.model.Section;
import org.reportbank.model.Span;

import com.google.gson.stream.JsonWriter;

/**
 * Writes a report as one line of the lossless JSONL format: every field of the report and every
 * span of every layer, rejected suggestions included, so reading the line back gives the same
 * report. Streams straight to the writer; nothing is built in memory.
 */
public final class JsonlWriter {

	public void write(Report report, Writer out) throws IOException {
		JsonWriter json = new JsonWriter(new NoCloseWriter(out));
		json.setSerializeNulls(true);
		json.setHtmlSafe(false);
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
		for (MetadataEntry entry : report.getMetadata()) {
			json.name(entry.getKey()).value(entry.getValue());
		}
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
					.value(layer.getAnnotator()).name(MODIFIED).value(layer.getModified()).name(TOKENIZATION);
			if (layer.getTokenization() == null) {
				json.nullValue();
			} else {
				json.beginObject().name(TOOL).value(layer.getTokenization().getTool()).name(LENGTHS)
						.value(layer.getTokenization().getLengths()).endObject();
			}
			json.endObject();
		}
		json.endArray();
		writeSpans(report, ENTITIES, Entity.class, json);
		writeSpans(report, METRICS, Metric.class, json);
		writeSpans(report, CLAIMS, Claim.class, json);
		writeSpans(report, SPANS, null, json);
		writeChecks(report, json);
		json.endObject();
		json.flush();
		out.write('\n');
	}

	private static void writeSource(Report report, JsonWriter json) throws IOException {
		json.name(SOURCE);
		if (report.getSource() == null) {
			json.nullValue();
			return;
		}
		var source = report.getSource();
		json.beginObject().name(FILE).value(source.getFile()).name(FORMAT).value(source.getFormat()).name(ENCODING)
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

	/** Spans of one kind from every layer; {@code type == null} means plain spans of no subtype. */
	private static void writeSpans(Report report, String field, Class<? extends Span> type, JsonWriter json)
			throws IOException {
		json.name(field).beginArray();
		for (Layer layer : report.getLayers()) {
			for (Span span : layer.getSpans()) {
				boolean plain = !(span instanceof Entity || span instanceof Metric || span instanceof Claim);
				if (type == null ? plain : type.isInstance(span)) {
					writeSpan(report, layer, span, json);
				}
			}
		}
		json.endArray();
	}

	private static void writeSpan(Report report, Layer layer, Span span, JsonWriter json) throws IOException {
		json.beginObject();
		json.name(ID).value(span.getId());
		json.name(LAYER).value(layer.getId());
		json.name(BEGIN).value(span.getBegin());
		json.name(END).value(span.getEnd());
		json.name(TEXT).value(textOf(report, span.getBegin(), span.getEnd()));
		json.name(span instanceof Claim ? TYPE : LABEL).value(span.getLabel());
		json.name(ORIGIN).value(span.getOrigin().getLiteral());
		json.name(STATUS).value(span.getStatus().getLiteral());
		json.name(ANNOTATOR).value(span.getAnnotator());
		json.name(CONFIDENCE).value(span.getConfidence());
		json.name(TOOL).value(span.getTool());
		json.name(NOTE).value(span.getNote());
		json.name(BASED_ON).value(span.getBasedOn());
		if (span instanceof Entity entity) {
			json.name(CANONICAL).value(entity.getCanonical());
		} else if (span instanceof Metric metric) {
			decimal(json.name(VALUE), metric.getValue());
			json.name(UNIT).value(metric.getUnit());
			json.name(APPROXIMATE).value(metric.isApproximate());
			json.name(QUALIFIER).value(metric.getQualifier());
			json.name(KIND).value(metric.getKind().getLiteral());
			json.name(NORMALIZED).beginObject();
			decimal(json.name(VALUE), metric.getNormalizedValue());
			json.name(UNIT).value(metric.getNormalizedUnit()).endObject();
			json.name(INDICATOR).value(metric.getIndicator());
			json.name(PERIOD).value(metric.getPeriod());
			json.name(COMPARISON).value(metric.getComparison());
		} else if (span instanceof Claim claim) {
			json.name(SECTION).value(claim.getSection());
			json.name(METRICS).beginArray();
			for (Metric metric : claim.getMetrics()) {
				json.value(metric.getId());
			}
			json.endArray();
		}
		json.endObject();
	}

	private static void writeChecks(Report report, JsonWriter json) throws IOException {
		json.name(CHECKS).beginArray();
		for (Layer layer : report.getLayers()) {
			for (Check check : layer.getChecks()) {
				json.beginObject().name(ID).value(check.getId()).name(LAYER).value(layer.getId()).name(KIND)
						.value(check.getKind()).name(VERDICT).value(check.getVerdict().getLiteral()).name(BEGIN)
						.value(check.getBegin()).name(END).value(check.getEnd()).name(TEXT)
						.value(textOf(report, check.getBegin(), check.getEnd())).name(MESSAGE).value(check.getMessage());
				decimal(json.name(STATED), check.getStated());
				decimal(json.name(RECOMPUTED), check.getRecomputed());
				json.name(METRICS).beginArray();
				for (Metric metric : check.getMetrics()) {
					json.value(metric.getId());
				}
				json.endArray().endObject();
			}
		}
		json.endArray();
	}

	/** Exact decimal text (23.07, never 2.307E+1), so no consumer loses precision to binary floating point. */
	private static void decimal(JsonWriter json, BigDecimal value) throws IOException {
		if (value == null) {
			json.nullValue();
		} else {
			json.jsonValue(value.toPlainString());
		}
	}

	private static String textOf(Report report, int begin, int end) {
		String text = report.getText();
		if (text == null || begin < 0 || end > text.length() || begin > end) {
			return null;
		}
		return text.substring(begin, end);
	}

	/** The caller owns the stream; a JsonWriter must not close it after one line. */
	private static final class NoCloseWriter extends java.io.FilterWriter {
		NoCloseWriter(Writer out) {
			super(out);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}
}
