package org.reportbank.io.jsonl;

import static org.reportbank.io.jsonl.JsonlFields.*;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

import org.reportbank.model.Check;
import org.reportbank.model.Claim;
import org.reportbank.model.Entity;
import org.reportbank.model.FieldDecision;
import org.reportbank.model.FieldSource;
import org.reportbank.model.Layer;
import org.reportbank.model.MetadataEntry;
import org.reportbank.model.Metric;
import org.reportbank.model.Normalization;
import org.reportbank.model.Report;
import org.reportbank.model.ReportStatus;
import org.reportbank.model.ReportbankPackage;
import org.reportbank.model.Section;
import org.reportbank.model.Source;
import org.reportbank.model.Span;
import org.reportbank.model.Tokenization;

/**
 * Writes a report as one line of the lossless JSONL format: every field of the report and every
 * span of every layer, rejected suggestions included, so reading the line back gives the same
 * report. A field whose value is null is left out (a reader takes a missing field as null), and
 * so are three values a reader takes as their default: a span's {@code confidence} of 1.0, a
 * metric's {@code approximate} when false, and its {@code normalized} when it holds neither value
 * nor unit. Enumerated fields (status, origin, kinds, verdict) are always written. Metadata values
 * stay explicit, null included: the key itself is the information.
 * <p>
 * The line is built in a buffer ({@link JsonLine}, which writes what Gson's JsonWriter writes) and
 * written to the stream at once; one instance reuses that buffer, so an instance is for one thread
 * at a time.
 */
public final class JsonlWriter {

	/** The confidence a span has unless set (the model's default, 1.0): left out of the record, as the reader keeps it. */
	static final double DEFAULT_CONFIDENCE = (Double) ReportbankPackage.Literals.SPAN__CONFIDENCE.getDefaultValue();

	private final JsonLine json = new JsonLine();

	public void write(Report report, Writer out) throws IOException {
		json.clear();
		writeReport(report, json);
		json.writeLineTo(out);
	}

	private static void writeReport(Report report, JsonLine json) {
		json.beginObject();
		json.string(ID, report.getId());
		json.string(TITLE, report.getTitle());
		json.string(REGION, report.getRegion());
		json.number(YEAR, report.getYear());
		json.string(PUBLISHER, report.getPublisher());
		json.string(PUBLISHED, report.getPublished());
		json.string(DOCUMENT_KIND, report.getDocumentKind().getLiteral());
		json.string(STATUS, report.getStatus().getLiteral());
		json.name(METADATA).beginObject();
		for (MetadataEntry entry : report.getMetadata()) {
			json.key(entry.getKey()).valueOrNull(entry.getValue()); // a key without value is still a metadata entry
		}
		json.endObject();
		json.name(FIELD_SOURCES).beginArray();
		for (FieldSource from : report.getFieldSources()) {
			json.elementStart().beginObject().string(FIELD, from.getField()).string(RULE, from.getRule()).number(LINE, from.getLine())
					.string(TEXT, from.getText()).endObject();
		}
		json.endArray();
		Source source = report.getSource();
		if (source != null) {
			json.name(SOURCE).beginObject().string(FILE, source.getFile()).string(FORMAT, source.getFormat())
					.string(ENCODING, source.getEncoding()).string(SHA256, source.getSha256()).string(IMPORTED, source.getImported())
					.endObject();
		}
		json.string(TEXT, report.getText());
		json.string(OFFSETS, OFFSET_UNIT);
		json.name(NORMALIZATIONS).beginArray();
		for (Normalization n : report.getNormalizations()) {
			json.elementStart().beginObject().string(KIND, n.getKind()).number(COUNT, n.getCount()).name(EXAMPLES).beginArray();
			for (String example : n.getExamples()) {
				json.element(example);
			}
			json.endArray().endObject();
		}
		json.endArray();
		json.name(SECTIONS).beginArray();
		writeSections(report.getSections(), null, json);
		json.endArray();
		json.name(LAYERS).beginArray();
		for (Layer layer : report.getLayers()) {
			json.elementStart().beginObject().string(ID, layer.getId()).string(KIND, layer.getKind().getLiteral())
					.string(ANNOTATOR, layer.getAnnotator()).string(MODIFIED, layer.getModified());
			if (layer.getStatus() != ReportStatus.NEW) { // new, the default, is left out like every default
				json.string(STATUS, layer.getStatus().getLiteral());
			}
			Tokenization tokenization = layer.getTokenization();
			if (tokenization != null) {
				json.name(TOKENIZATION).beginObject().string(TOOL, tokenization.getTool()).string(LENGTHS, tokenization.getLengths())
						.string(PARTS_OF_SPEECH, tokenization.getPartsOfSpeech()).endObject();
			}
			if (!layer.getFieldDecisions().isEmpty()) { // an annotator's word on the document fields, else absent
				json.name(FIELD_DECISIONS).beginArray();
				for (FieldDecision decision : layer.getFieldDecisions()) {
					json.elementStart().beginObject().string(FIELD, decision.getField()).string(SUGGESTED, decision.getSuggested())
							.string(VALUE, decision.getValue()).string(STATUS, decision.getStatus().getLiteral()).endObject();
				}
				json.endArray();
			}
			json.endObject();
		}
		json.endArray();
		writeSpans(report, ENTITIES, ENTITY, json);
		writeSpans(report, METRICS, METRIC, json);
		writeSpans(report, CLAIMS, CLAIM, json);
		writeSpans(report, SPANS, PLAIN, json);
		writeChecks(report, json);
		json.endObject();
	}

	private static void writeSections(List<Section> sections, Section parent, JsonLine json) {
		for (Section s : sections) {
			json.elementStart().beginObject().string(ID, s.getId()).number(LEVEL, s.getLevel()).string(NUMBERING, s.getNumbering())
					.string(HEADING, s.getHeading()).string(KIND, s.getKind().getLiteral()).number(BEGIN, s.getBegin())
					.number(END, s.getEnd()).number(HEADING_END, s.getHeadingEnd()).string(PARENT, parent == null ? null : parent.getId())
					.endObject();
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
	private static void writeSpans(Report report, String field, int kind, JsonLine json) {
		String text = report.getText();
		json.name(field).beginArray();
		for (Layer layer : report.getLayers()) {
			String layerId = layer.getId();
			List<Span> spans = layer.getSpans();
			for (int i = 0, n = spans.size(); i < n; i++) { // by index: no EMF iterator and its checks per span
				Span span = spans.get(i);
				if (kindOf(span) == kind) {
					writeSpan(text, layerId, span, kind, json);
				}
			}
		}
		json.endArray();
	}

	private static void writeSpan(String text, String layerId, Span span, int kind, JsonLine json) {
		int begin = span.getBegin();
		int end = span.getEnd();
		json.elementStart().beginObject();
		json.string(ID, span.getId());
		json.string(LAYER, layerId);
		json.number(BEGIN, begin);
		json.number(END, end);
		json.string(TEXT, textOf(text, begin, end));
		json.string(kind == CLAIM ? TYPE : LABEL, span.getLabel());
		json.string(ORIGIN, span.getOrigin().getLiteral());
		json.string(STATUS, span.getStatus().getLiteral());
		json.string(ANNOTATOR, span.getAnnotator());
		double confidence = span.getConfidence();
		if (Double.compare(confidence, DEFAULT_CONFIDENCE) != 0) {
			json.number(CONFIDENCE, confidence);
		}
		json.string(TOOL, span.getTool());
		json.string(NOTE, span.getNote());
		json.string(BASED_ON, span.getBasedOn());
		if (!span.getSources().isEmpty()) { // a gold span: the annotators it takes
			json.name(SOURCES).beginArray();
			for (String source : span.getSources()) {
				json.element(source);
			}
			json.endArray();
		}
		switch (kind) {
		case ENTITY -> json.string(CANONICAL, ((Entity) span).getCanonical());
		case METRIC -> {
			Metric metric = (Metric) span;
			json.raw(VALUE, decimal(metric.getValue()));
			json.raw(UPPER, decimal(metric.getUpperValue())); // a range's high end (1-2部), else absent
			json.string(UNIT, metric.getUnit());
			if (metric.isApproximate()) {
				json.bool(APPROXIMATE, true);
			}
			json.string(QUALIFIER, metric.getQualifier());
			json.string(KIND, metric.getKind().getLiteral());
			if (metric.getNormalizedValue() != null || metric.getNormalizedUnit() != null) {
				json.name(NORMALIZED).beginObject().raw(VALUE, decimal(metric.getNormalizedValue()))
						.raw(UPPER, decimal(metric.getNormalizedUpperValue())).string(UNIT, metric.getNormalizedUnit()).endObject();
			}
			json.string(INDICATOR, metric.getIndicator());
			json.string(PERIOD, metric.getPeriod());
			json.string(COMPARISON, metric.getComparison());
		}
		case CLAIM -> {
			Claim claim = (Claim) span;
			json.string(SECTION, claim.getSection());
			json.name(METRICS).beginArray();
			for (Metric metric : claim.getMetrics()) {
				json.element(metric.getId());
			}
			json.endArray();
		}
		default -> {
			// a plain span has no more fields
		}
		}
		json.endObject();
	}

	private static void writeChecks(Report report, JsonLine json) {
		String text = report.getText();
		json.name(CHECKS).beginArray();
		for (Layer layer : report.getLayers()) {
			for (Check check : layer.getChecks()) {
				json.elementStart().beginObject().string(ID, check.getId()).string(LAYER, layer.getId()).string(KIND, check.getKind())
						.string(VERDICT, check.getVerdict().getLiteral()).number(BEGIN, check.getBegin()).number(END, check.getEnd())
						.string(TEXT, textOf(text, check.getBegin(), check.getEnd())).string(MESSAGE, check.getMessage())
						.raw(STATED, decimal(check.getStated())).raw(RECOMPUTED, decimal(check.getRecomputed()));
				json.name(METRICS).beginArray();
				for (Metric metric : check.getMetrics()) {
					json.element(metric.getId());
				}
				json.endArray().endObject();
			}
		}
		json.endArray();
	}

	/** Exact decimal text (23.07, never 2.307E+1), so no consumer loses precision to binary floating point; null for null. */
	private static String decimal(BigDecimal value) {
		return value == null ? null : value.toPlainString();
	}

	private static String textOf(String text, int begin, int end) {
		if (text == null || begin < 0 || end > text.length() || begin > end) {
			return null;
		}
		return text.substring(begin, end);
	}
}
