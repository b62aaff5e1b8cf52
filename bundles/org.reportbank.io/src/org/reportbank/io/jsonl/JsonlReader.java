package org.reportbank.io.jsonl;

import static org.reportbank.io.jsonl.JsonlFields.*;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.reportbank.model.Check;
import org.reportbank.model.CheckVerdict;
import org.reportbank.model.Claim;
import org.reportbank.model.DocumentKind;
import org.reportbank.model.Entity;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.MetadataEntry;
import org.reportbank.model.Metric;
import org.reportbank.model.MetricKind;
import org.reportbank.model.Normalization;
import org.reportbank.model.Report;
import org.reportbank.model.ReportStatus;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.Section;
import org.reportbank.model.SectionKind;
import org.reportbank.model.Source;
import org.reportbank.model.Span;
import org.reportbank.model.SpanOrigin;
import org.reportbank.model.SpanStatus;
import org.reportbank.model.Tokenization;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Reads one line of the lossless JSONL format back into a report with its layers. Anything that
 * does not fit (a missing text, an offset outside it, an unknown label kind) is an error naming
 * the field, never silently dropped.
 */
public final class JsonlReader {

	private static final ReportbankFactory FACTORY = ReportbankFactory.eINSTANCE;

	/** A line that is not a valid report record; the message says which field is wrong. */
	public static final class FormatException extends Exception {
		private static final long serialVersionUID = 1L;

		public FormatException(String message) {
			super(message);
		}
	}

	public Report read(String line) throws FormatException {
		JsonObject json;
		try {
			JsonElement element = JsonParser.parseString(line);
			if (!element.isJsonObject()) {
				throw new FormatException("not a JSON object");
			}
			json = element.getAsJsonObject();
		} catch (JsonParseException e) {
			throw new FormatException("not valid JSON: " + e.getMessage());
		}
		try {
			return report(json);
		} catch (IllegalStateException | IllegalArgumentException | NullPointerException | UnsupportedOperationException e) {
			throw new FormatException("malformed record: " + e.getMessage());
		}
	}

	private Report report(JsonObject json) throws FormatException {
		Report report = FACTORY.createReport();
		report.setId(requiredString(json, ID));
		report.setText(requiredString(json, TEXT));
		String offsets = string(json, OFFSETS);
		if (offsets != null && !OFFSET_UNIT.equals(offsets)) {
			throw new FormatException("offsets are in " + offsets + "; this reader takes " + OFFSET_UNIT);
		}
		report.setTitle(string(json, TITLE));
		report.setRegion(string(json, REGION));
		report.setYear(isNull(json, YEAR) ? null : json.get(YEAR).getAsInt());
		report.setPublisher(string(json, PUBLISHER));
		report.setPublished(string(json, PUBLISHED));
		report.setDocumentKind(literal(DocumentKind.get(orDefault(json, DOCUMENT_KIND, "report")), DOCUMENT_KIND, json));
		report.setStatus(literal(ReportStatus.get(orDefault(json, STATUS, "new")), STATUS, json));
		if (json.has(METADATA) && !json.get(METADATA).isJsonNull()) {
			for (Map.Entry<String, JsonElement> field : json.getAsJsonObject(METADATA).entrySet()) {
				MetadataEntry entry = FACTORY.createMetadataEntry();
				entry.setKey(field.getKey());
				entry.setValue(field.getValue().isJsonNull() ? null : field.getValue().getAsString());
				report.getMetadata().add(entry);
			}
		}
		if (!isNull(json, SOURCE)) {
			JsonObject s = json.getAsJsonObject(SOURCE);
			Source source = FACTORY.createSource();
			source.setFile(string(s, FILE));
			source.setFormat(string(s, FORMAT));
			source.setEncoding(string(s, ENCODING));
			source.setSha256(string(s, SHA256));
			source.setImported(string(s, IMPORTED));
			report.setSource(source);
		}
		for (JsonElement e : array(json, NORMALIZATIONS)) {
			JsonObject n = e.getAsJsonObject();
			Normalization normalization = FACTORY.createNormalization();
			normalization.setKind(string(n, KIND));
			normalization.setCount(n.get(COUNT).getAsInt());
			for (JsonElement example : array(n, EXAMPLES)) {
				normalization.getExamples().add(example.getAsString());
			}
			report.getNormalizations().add(normalization);
		}
		readSections(json, report);
		readLayers(json, report);
		return report;
	}

	private static void readSections(JsonObject json, Report report) throws FormatException {
		Map<String, Section> byId = new HashMap<>();
		for (JsonElement e : array(json, SECTIONS)) {
			JsonObject s = e.getAsJsonObject();
			Section section = FACTORY.createSection();
			section.setId(requiredString(s, ID));
			section.setLevel(s.get(LEVEL).getAsInt());
			section.setNumbering(string(s, NUMBERING));
			section.setHeading(string(s, HEADING));
			section.setKind(literal(SectionKind.get(orDefault(s, KIND, "other")), KIND, s));
			section.setBegin(offset(s, BEGIN, report));
			section.setEnd(offset(s, END, report));
			section.setHeadingEnd(offset(s, HEADING_END, report));
			String parent = string(s, PARENT);
			if (parent == null) {
				report.getSections().add(section);
			} else if (byId.containsKey(parent)) {
				byId.get(parent).getChildren().add(section);
			} else {
				throw new FormatException("section " + section.getId() + " names parent " + parent
						+ ", which does not come before it");
			}
			byId.put(section.getId(), section);
		}
	}

	private void readLayers(JsonObject json, Report report) throws FormatException {
		Map<String, Layer> layers = new HashMap<>();
		for (JsonElement e : array(json, LAYERS)) {
			JsonObject l = e.getAsJsonObject();
			Layer layer = FACTORY.createLayer();
			layer.setId(requiredString(l, ID));
			layer.setKind(literal(LayerKind.get(orDefault(l, KIND, "annotator")), KIND, l));
			layer.setAnnotator(string(l, ANNOTATOR));
			layer.setModified(string(l, MODIFIED));
			layer.setStatus(literal(ReportStatus.get(orDefault(l, STATUS, "new")), STATUS, l));
			if (!isNull(l, TOKENIZATION)) {
				JsonObject t = l.getAsJsonObject(TOKENIZATION);
				Tokenization tokenization = FACTORY.createTokenization();
				tokenization.setTool(string(t, TOOL));
				tokenization.setLengths(string(t, LENGTHS));
				layer.setTokenization(tokenization);
			}
			layers.put(layer.getId(), layer);
			report.getLayers().add(layer);
		}
		Map<String, Metric> metrics = new HashMap<>();
		for (JsonElement e : array(json, ENTITIES)) {
			Entity entity = FACTORY.createEntity();
			JsonObject o = e.getAsJsonObject();
			span(entity, o, LABEL, layers, report);
			entity.setCanonical(string(o, CANONICAL));
		}
		for (JsonElement e : array(json, METRICS)) {
			Metric metric = FACTORY.createMetric();
			JsonObject o = e.getAsJsonObject();
			span(metric, o, LABEL, layers, report);
			metric.setValue(decimal(o, VALUE));
			metric.setUnit(string(o, UNIT));
			metric.setApproximate(o.has(APPROXIMATE) && o.get(APPROXIMATE).getAsBoolean());
			metric.setQualifier(string(o, QUALIFIER));
			metric.setKind(literal(MetricKind.get(orDefault(o, KIND, "other")), KIND, o));
			if (!isNull(o, NORMALIZED)) {
				JsonObject normalized = o.getAsJsonObject(NORMALIZED);
				metric.setNormalizedValue(decimal(normalized, VALUE));
				metric.setNormalizedUnit(string(normalized, UNIT));
			}
			metric.setIndicator(string(o, INDICATOR));
			metric.setPeriod(string(o, PERIOD));
			metric.setComparison(string(o, COMPARISON));
			metrics.put(metric.getId(), metric);
		}
		for (JsonElement e : array(json, CLAIMS)) {
			Claim claim = FACTORY.createClaim();
			JsonObject o = e.getAsJsonObject();
			span(claim, o, TYPE, layers, report);
			claim.setSection(string(o, SECTION));
			for (JsonElement id : array(o, METRICS)) {
				claim.getMetrics().add(metric(metrics, id.getAsString(), "claim " + claim.getId()));
			}
		}
		for (JsonElement e : array(json, SPANS)) {
			span(FACTORY.createSpan(), e.getAsJsonObject(), LABEL, layers, report);
		}
		for (JsonElement e : array(json, CHECKS)) {
			JsonObject o = e.getAsJsonObject();
			Check check = FACTORY.createCheck();
			check.setId(string(o, ID));
			check.setKind(string(o, KIND));
			check.setVerdict(literal(CheckVerdict.get(orDefault(o, VERDICT, "unverifiable")), VERDICT, o));
			check.setBegin(offset(o, BEGIN, report));
			check.setEnd(offset(o, END, report));
			check.setMessage(string(o, MESSAGE));
			check.setStated(decimal(o, STATED));
			check.setRecomputed(decimal(o, RECOMPUTED));
			for (JsonElement id : array(o, METRICS)) {
				check.getMetrics().add(metric(metrics, id.getAsString(), "check " + check.getId()));
			}
			layer(layers, string(o, LAYER), "check " + check.getId()).getChecks().add(check);
		}
	}

	private static void span(Span span, JsonObject o, String labelField, Map<String, Layer> layers, Report report)
			throws FormatException {
		span.setId(string(o, ID));
		span.setBegin(offset(o, BEGIN, report));
		span.setEnd(offset(o, END, report));
		if (span.getBegin() > span.getEnd()) {
			throw new FormatException("span " + span.getId() + " begins after it ends");
		}
		span.setLabel(string(o, labelField));
		span.setOrigin(literal(SpanOrigin.get(orDefault(o, ORIGIN, "human")), ORIGIN, o));
		span.setStatus(literal(SpanStatus.get(orDefault(o, STATUS, "accepted")), STATUS, o));
		span.setAnnotator(string(o, ANNOTATOR));
		if (!isNull(o, CONFIDENCE)) {
			span.setConfidence(o.get(CONFIDENCE).getAsDouble());
		}
		span.setTool(string(o, TOOL));
		span.setNote(string(o, NOTE));
		span.setBasedOn(string(o, BASED_ON));
		if (!isNull(o, SOURCES)) {
			for (JsonElement source : array(o, SOURCES)) {
				span.getSources().add(source.getAsString());
			}
		}
		layer(layers, string(o, LAYER), "span " + span.getId()).getSpans().add(span);
	}

	private static Layer layer(Map<String, Layer> layers, String id, String owner) throws FormatException {
		Layer layer = layers.get(id);
		if (layer == null) {
			throw new FormatException(owner + " names layer " + id + ", which is not in \"layers\"");
		}
		return layer;
	}

	private static Metric metric(Map<String, Metric> metrics, String id, String owner) throws FormatException {
		Metric metric = metrics.get(id);
		if (metric == null) {
			throw new FormatException(owner + " names metric " + id + ", which is not in \"metrics\"");
		}
		return metric;
	}

	private static int offset(JsonObject o, String field, Report report) throws FormatException {
		if (isNull(o, field)) {
			throw new FormatException("\"" + field + "\" is missing");
		}
		int value = o.get(field).getAsInt();
		if (value < 0 || value > report.getText().length()) {
			throw new FormatException("\"" + field + "\" = " + value + " lies outside the text (length "
					+ report.getText().length() + " UTF-16 code units)");
		}
		return value;
	}

	private static <T> T literal(T value, String field, JsonObject o) throws FormatException {
		if (value == null) {
			throw new FormatException("\"" + field + "\" has an unknown value: " + o.get(field));
		}
		return value;
	}

	private static String orDefault(JsonObject o, String field, String fallback) {
		return isNull(o, field) ? fallback : o.get(field).getAsString();
	}

	private static boolean isNull(JsonObject o, String field) {
		return !o.has(field) || o.get(field).isJsonNull();
	}

	private static String string(JsonObject o, String field) {
		return isNull(o, field) ? null : o.get(field).getAsString();
	}

	private static String requiredString(JsonObject o, String field) throws FormatException {
		String value = string(o, field);
		if (value == null) {
			throw new FormatException("\"" + field + "\" is missing");
		}
		return value;
	}

	private static BigDecimal decimal(JsonObject o, String field) {
		return isNull(o, field) ? null : new BigDecimal(o.get(field).getAsString());
	}

	private static List<JsonElement> array(JsonObject o, String field) {
		if (isNull(o, field)) {
			return List.of();
		}
		JsonArray array = o.getAsJsonArray(field);
		return array.asList();
	}
}
