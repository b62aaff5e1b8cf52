package org.reportbank.io.jsonl;

import static org.reportbank.io.jsonl.JsonlFields.*;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.reportbank.core.fields.DocumentFields;
import org.reportbank.core.store.LayerIds;
import org.reportbank.core.store.ReportIds;
import org.reportbank.core.store.StoreLimits;
import org.reportbank.core.text.Untrusted;
import org.reportbank.io.json.JsonProblem;
import org.reportbank.io.json.JsonRecord;
import org.reportbank.io.json.StrictJson;
import org.reportbank.model.Check;
import org.reportbank.model.CheckVerdict;
import org.reportbank.model.Claim;
import org.reportbank.model.DocumentKind;
import org.reportbank.model.Entity;
import org.reportbank.model.FieldDecision;
import org.reportbank.model.FieldDecisionStatus;
import org.reportbank.model.FieldSource;
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

/**
 * Reads one line of the lossless JSONL format back into a report with its layers. The line comes
 * from someone else's file, so nothing in it is taken on trust; anything that does not fit is a
 * {@link FormatException} naming the field by its path ({@code "sections[3].begin"}) and the
 * problem, never silently dropped, cut down or turned into a runtime exception:
 * <ul>
 * <li>JSON: strict, nested at most {@value StrictJson#MAX_NESTING} deep, each name once in an
 * object ({@link StrictJson}).</li>
 * <li>Types: every field must have its JSON type (a string where a string belongs, an array where
 * an array belongs); a missing field or JSON null reads as absent.</li>
 * <li>Numbers are JSON numbers: offsets and counts whole and in range (offsets within the text,
 * {@code begin <= end}); {@code year} a whole number from {@value #MIN_YEAR} to {@value #MAX_YEAR}
 * (the People's Republic's first year to a bound no report will reach); decimals ({@code value},
 * {@code normalized.value}, {@code stated}, {@code recomputed}) JSON numbers, as the writer writes
 * them, of at most 100 digits before and after the point; {@code confidence} from 0 to 1.</li>
 * <li>Strings that are stored, metadata names included, hold only characters XML 1.0 can hold.</li>
 * <li>Names: the report id in the importer's hash format ({@link ReportIds}), layer ids after their
 * kind or annotator ({@link LayerIds}), each layer once; span and check ids (XML IDs of the layer's
 * file) once per layer; section ids once per report.</li>
 * <li>References stay inside the report and its files: a span's layer must be in {@code layers}, a
 * section's parent must come before it (at most {@link StoreLimits#MAX_SECTION_DEPTH} deep), and a
 * claim or check cites metrics of its own layer only (a layer is its own file).</li>
 * <li>A layer's field decisions: each on a document field ({@link DocumentFields}), once per layer,
 * a correction to a value the field can hold.</li>
 * </ul>
 * Unknown fields are ignored.
 */
public final class JsonlReader {

	/** The earliest year a report may be about: the first year of the People's Republic. */
	public static final int MIN_YEAR = DocumentFields.MIN_YEAR;
	/** The latest year a report may be about; later ones are typing errors, not reports. */
	public static final int MAX_YEAR = DocumentFields.MAX_YEAR;

	private static final ReportbankFactory FACTORY = ReportbankFactory.eINSTANCE;
	private static final int MAX_COUNT = Integer.MAX_VALUE;

	/** A line that is not a valid report record; the message says which field is wrong. */
	public static final class FormatException extends Exception {
		private static final long serialVersionUID = 1L;

		public FormatException(String message) {
			super(message);
		}
	}

	/** A layer being read, with the ids its file holds and the metrics its claims and checks may cite. */
	private record LayerRecords(Layer layer, Set<String> ids, Map<String, Metric> metrics) {
		LayerRecords(Layer layer) {
			this(layer, new HashSet<>(), new HashMap<>());
		}
	}

	public Report read(String line) throws FormatException {
		try {
			return report(JsonRecord.parse(line));
		} catch (JsonProblem e) {
			throw new FormatException(e.getMessage());
		}
	}

	private static Report report(JsonRecord json) throws JsonProblem {
		Report report = FACTORY.createReport();
		String id = json.requiredString(ID);
		String idProblem = ReportIds.problem(id);
		if (idProblem != null) {
			throw json.problem(ID, "is not accepted: " + idProblem);
		}
		report.setId(id);
		report.setText(json.requiredString(TEXT));
		String offsets = json.string(OFFSETS);
		if (offsets != null && !OFFSET_UNIT.equals(offsets)) {
			throw json.problem(OFFSETS, "is " + Untrusted.quote(offsets) + "; this reader takes " + OFFSET_UNIT);
		}
		report.setTitle(json.string(TITLE));
		report.setRegion(json.string(REGION));
		report.setYear(json.whole(YEAR, MIN_YEAR, MAX_YEAR, "the years " + MIN_YEAR + " to " + MAX_YEAR));
		report.setPublisher(json.string(PUBLISHER));
		report.setPublished(json.string(PUBLISHED));
		report.setDocumentKind(literal(json, DOCUMENT_KIND, DocumentKind.VALUES, DocumentKind.REPORT));
		report.setStatus(literal(json, STATUS, ReportStatus.VALUES, ReportStatus.NEW));
		for (Map.Entry<String, String> field : json.stringMap(METADATA).entrySet()) {
			MetadataEntry entry = FACTORY.createMetadataEntry();
			entry.setKey(field.getKey());
			entry.setValue(field.getValue());
			report.getMetadata().add(entry);
		}
		for (JsonRecord f : json.objects(FIELD_SOURCES)) {
			FieldSource from = FACTORY.createFieldSource();
			from.setField(f.string(FIELD));
			from.setRule(f.string(RULE));
			from.setLine(f.requiredWhole(LINE, 0, Integer.MAX_VALUE));
			from.setText(f.string(TEXT));
			report.getFieldSources().add(from);
		}
		JsonRecord s = json.object(SOURCE);
		if (s != null) {
			Source source = FACTORY.createSource();
			source.setFile(s.string(FILE));
			source.setFormat(s.string(FORMAT));
			source.setEncoding(s.string(ENCODING));
			source.setSha256(s.string(SHA256));
			source.setImported(s.string(IMPORTED));
			report.setSource(source);
		}
		for (JsonRecord n : json.objects(NORMALIZATIONS)) {
			Normalization normalization = FACTORY.createNormalization();
			normalization.setKind(n.string(KIND));
			normalization.setCount(n.requiredWhole(COUNT, 0, MAX_COUNT));
			normalization.getExamples().addAll(n.distinctStrings(EXAMPLES));
			report.getNormalizations().add(normalization);
		}
		readSections(json, report);
		readLayers(json, report);
		return report;
	}

	/**
	 * Sections come parent before child, so each one's depth is its parent's plus one and is known
	 * when it is read: the tree is checked without walking it, and never deeper than the store takes.
	 */
	private static void readSections(JsonRecord json, Report report) throws JsonProblem {
		Map<String, Section> byId = new HashMap<>();
		Map<Section, Integer> depths = new HashMap<>();
		for (JsonRecord s : json.objects(SECTIONS)) {
			Section section = FACTORY.createSection();
			section.setId(s.requiredString(ID));
			section.setLevel(s.requiredWhole(LEVEL, 0, StoreLimits.MAX_SECTION_DEPTH));
			section.setNumbering(s.string(NUMBERING));
			section.setHeading(s.string(HEADING));
			section.setKind(literal(s, KIND, SectionKind.VALUES, SectionKind.OTHER));
			int[] range = range(s, report);
			section.setBegin(range[0]);
			section.setEnd(range[1]);
			section.setHeadingEnd(s.requiredWhole(HEADING_END, range[0], range[1],
					"the section (" + range[0] + " to " + range[1] + ")"));
			String parentId = s.string(PARENT);
			int depth = 1;
			if (parentId == null) {
				report.getSections().add(section);
			} else {
				Section parent = byId.get(parentId);
				if (parent == null) {
					throw s.problem(PARENT, "names section " + Untrusted.quote(parentId) + ", which does not come before it");
				}
				depth = depths.get(parent) + 1;
				if (depth > StoreLimits.MAX_SECTION_DEPTH) {
					throw s.problem(PARENT, "nests the section " + depth + " deep; at most " + StoreLimits.MAX_SECTION_DEPTH
							+ " levels are taken");
				}
				parent.getChildren().add(section);
			}
			if (byId.putIfAbsent(section.getId(), section) != null) {
				throw s.problem(ID, "repeats section id " + Untrusted.quote(section.getId()));
			}
			depths.put(section, depth);
		}
	}

	private static void readLayers(JsonRecord json, Report report) throws JsonProblem {
		Map<String, LayerRecords> layers = new HashMap<>();
		for (JsonRecord l : json.objects(LAYERS)) {
			Layer layer = FACTORY.createLayer();
			layer.setId(l.requiredString(ID));
			layer.setKind(literal(l, KIND, LayerKind.VALUES, LayerKind.ANNOTATOR));
			String idProblem = LayerIds.problem(layer.getId(), layer.getKind());
			if (idProblem != null) {
				throw l.problem(ID, "is not accepted: " + idProblem);
			}
			if (layers.putIfAbsent(layer.getId(), new LayerRecords(layer)) != null) {
				throw l.problem(ID, "repeats layer " + Untrusted.quote(layer.getId()) + "; each layer is given once");
			}
			layer.setAnnotator(l.string(ANNOTATOR));
			layer.setModified(l.string(MODIFIED));
			layer.setStatus(literal(l, STATUS, ReportStatus.VALUES, ReportStatus.NEW));
			JsonRecord t = l.object(TOKENIZATION);
			if (t != null) {
				Tokenization tokenization = FACTORY.createTokenization();
				tokenization.setTool(t.string(TOOL));
				tokenization.setLengths(tokenLengths(t, report));
				tokenization.setPartsOfSpeech(partsOfSpeech(t, tokenization.getLengths()));
				layer.setTokenization(tokenization);
			}
			readFieldDecisions(l, layer);
			report.getLayers().add(layer);
		}
		for (JsonRecord o : json.objects(ENTITIES)) {
			Entity entity = FACTORY.createEntity();
			span(entity, o, LABEL, layers, report);
			entity.setCanonical(o.string(CANONICAL));
		}
		for (JsonRecord o : json.objects(METRICS)) {
			Metric metric = FACTORY.createMetric();
			LayerRecords layer = span(metric, o, LABEL, layers, report);
			metric.setValue(o.decimal(VALUE));
			metric.setUpperValue(o.decimal(UPPER));
			metric.setUnit(o.string(UNIT));
			metric.setApproximate(o.bool(APPROXIMATE, false));
			metric.setQualifier(o.string(QUALIFIER));
			metric.setKind(literal(o, KIND, MetricKind.VALUES, MetricKind.OTHER));
			JsonRecord normalized = o.object(NORMALIZED);
			if (normalized != null) {
				metric.setNormalizedValue(normalized.decimal(VALUE));
				metric.setNormalizedUpperValue(normalized.decimal(UPPER));
				metric.setNormalizedUnit(normalized.string(UNIT));
			}
			metric.setIndicator(o.string(INDICATOR));
			metric.setPeriod(o.string(PERIOD));
			metric.setComparison(o.string(COMPARISON));
			if (metric.getId() != null) {
				layer.metrics().put(metric.getId(), metric);
			}
		}
		for (JsonRecord o : json.objects(CLAIMS)) {
			Claim claim = FACTORY.createClaim();
			LayerRecords layer = span(claim, o, TYPE, layers, report);
			claim.setSection(o.string(SECTION));
			claim.getMetrics().addAll(citedMetrics(o, layer));
		}
		for (JsonRecord o : json.objects(SPANS)) {
			span(FACTORY.createSpan(), o, LABEL, layers, report);
		}
		for (JsonRecord o : json.objects(CHECKS)) {
			Check check = FACTORY.createCheck();
			LayerRecords layer = layerOf(o, layers);
			check.setId(uniqueId(o, layer));
			check.setKind(o.string(KIND));
			check.setVerdict(literal(o, VERDICT, CheckVerdict.VALUES, CheckVerdict.UNVERIFIABLE));
			int[] range = range(o, report);
			check.setBegin(range[0]);
			check.setEnd(range[1]);
			check.setMessage(o.string(MESSAGE));
			check.setStated(o.decimal(STATED));
			check.setRecomputed(o.decimal(RECOMPUTED));
			check.getMetrics().addAll(citedMetrics(o, layer));
			layer.layer().getChecks().add(check);
		}
	}

	/** The layer's decisions on document fields, by the rules the store keeps for a layer file. */
	private static void readFieldDecisions(JsonRecord l, Layer layer) throws JsonProblem {
		Set<String> decided = new HashSet<>();
		for (JsonRecord d : l.objects(FIELD_DECISIONS)) {
			FieldDecision decision = FACTORY.createFieldDecision();
			decision.setField(d.requiredString(FIELD));
			decision.setSuggested(d.string(SUGGESTED));
			decision.setValue(d.string(VALUE));
			decision.setStatus(literal(d, STATUS, FieldDecisionStatus.VALUES, FieldDecisionStatus.ACCEPTED));
			String problem = DocumentFields.problem(decision.getField(), null);
			if (problem != null || !decided.add(decision.getField())) {
				throw d.problem(FIELD, problem != null ? "is not accepted: " + problem
						: "decides field "
								+ Untrusted.quote(decision.getField()) + " a second time in layer " + Untrusted.quote(layer.getId()));
			}
			problem = decision.getStatus() == FieldDecisionStatus.CORRECTED
					? DocumentFields.problem(decision.getField(), decision.getValue())
					: null;
			if (problem != null) {
				throw d.problem(VALUE, "is not accepted: " + problem);
			}
			layer.getFieldDecisions().add(decision);
		}
	}

	/** Reads the fields every span has and adds it to its layer, which it returns. */
	private static LayerRecords span(Span span, JsonRecord o, String labelField, Map<String, LayerRecords> layers,
			Report report) throws JsonProblem {
		LayerRecords layer = layerOf(o, layers);
		span.setId(uniqueId(o, layer));
		int[] range = range(o, report);
		span.setBegin(range[0]);
		span.setEnd(range[1]);
		span.setLabel(o.string(labelField));
		span.setOrigin(literal(o, ORIGIN, SpanOrigin.VALUES, SpanOrigin.HUMAN));
		span.setStatus(literal(o, STATUS, SpanStatus.VALUES, SpanStatus.ACCEPTED));
		span.setAnnotator(o.string(ANNOTATOR));
		span.setConfidence(o.fraction(CONFIDENCE, 0, 1, JsonlWriter.DEFAULT_CONFIDENCE));
		span.setTool(o.string(TOOL));
		span.setNote(o.string(NOTE));
		span.setBasedOn(o.string(BASED_ON));
		span.getSources().addAll(o.distinctStrings(SOURCES));
		layer.layer().getSpans().add(span);
		return layer;
	}

	private static LayerRecords layerOf(JsonRecord o, Map<String, LayerRecords> layers) throws JsonProblem {
		String id = o.requiredString(LAYER);
		LayerRecords layer = layers.get(id);
		if (layer == null) {
			throw o.problem(LAYER, "names layer " + Untrusted.quote(id) + ", which is not in \"layers\"");
		}
		return layer;
	}

	/** The record's id (null when it has none), refused when its layer's file already holds it: it is an XML ID there. */
	private static String uniqueId(JsonRecord o, LayerRecords layer) throws JsonProblem {
		String id = o.string(ID);
		if (id != null && !layer.ids().add(id)) {
			throw o.problem(ID, "repeats id " + Untrusted.quote(id) + " of another span or check of layer "
					+ Untrusted.quote(layer.layer().getId()));
		}
		return id;
	}

	/**
	 * The metrics a claim or check cites, all of its own layer: a layer is a file of its own, and a
	 * reference to another layer's metric would tie the two files together.
	 */
	private static List<Metric> citedMetrics(JsonRecord o, LayerRecords layer) throws JsonProblem {
		List<String> ids = o.distinctStrings(METRICS);
		Metric[] cited = new Metric[ids.size()];
		for (int i = 0; i < cited.length; i++) {
			cited[i] = layer.metrics().get(ids.get(i));
			if (cited[i] == null) {
				throw o.problem(METRICS, "names metric " + Untrusted.quote(ids.get(i)) + ", which is not a metric of layer "
						+ Untrusted.quote(layer.layer().getId()) + " in \"metrics\"");
			}
		}
		return List.of(cited);
	}

	/** {@code begin} and {@code end}: offsets into the text, begin not after end. */
	private static int[] range(JsonRecord o, Report report) throws JsonProblem {
		int length = report.getText().length();
		String text = "the text (0 to " + length + " UTF-16 code units)";
		int begin = o.requiredWhole(BEGIN, 0, length, text);
		int end = o.requiredWhole(END, 0, length, text);
		if (begin > end) {
			throw o.problem("begins after it ends (begin " + begin + ", end " + end + ")");
		}
		return new int[] { begin, end };
	}

	/** The tokens' parts of speech, when given: one per token length (commas between them), so none is read for the wrong token. */
	private static String partsOfSpeech(JsonRecord t, String lengths) throws JsonProblem {
		String tags = t.string(PARTS_OF_SPEECH);
		if (tags == null) {
			return null;
		}
		long tokens = lengths == null || lengths.isEmpty() ? 0 : lengths.chars().filter(c -> c == ',').count() + 1;
		long given = tags.isEmpty() && tokens == 0 ? 0 : tags.chars().filter(c -> c == ',').count() + 1;
		if (given != tokens) {
			throw t.problem(PARTS_OF_SPEECH,
					"gives " + given + " parts of speech for " + tokens + " token lengths; one per token, comma-separated");
		}
		return tags;
	}

	/**
	 * Token lengths as the pre-annotator writes them ({@code 6,4,1}): whole numbers, comma-separated,
	 * adding up to no more than the text, so whoever splits them into token offsets stays inside it.
	 */
	private static String tokenLengths(JsonRecord t, Report report) throws JsonProblem {
		String lengths = t.string(LENGTHS);
		if (lengths == null || lengths.isEmpty()) {
			return lengths;
		}
		long covered = 0;
		long token = 0;
		int digits = 0;
		for (int i = 0; i <= lengths.length(); i++) {
			char c = i < lengths.length() ? lengths.charAt(i) : ',';
			if (c >= '0' && c <= '9' && digits < 10) {
				token = token * 10 + (c - '0');
				digits++;
			} else if (c == ',' && digits > 0) {
				covered += token;
				if (covered > report.getText().length()) {
					throw t.problem(LENGTHS, "adds up to more than the text's " + report.getText().length() + " UTF-16 code units");
				}
				token = 0;
				digits = 0;
			} else {
				throw t.problem(LENGTHS, "is not whole numbers separated by commas (at character " + i + ")");
			}
		}
		return lengths;
	}

	/** The enumerated value the field names, {@code fallback} when absent. */
	private static <T extends Enumerator> T literal(JsonRecord o, String field, List<T> values, T fallback)
			throws JsonProblem {
		String literal = o.string(field);
		if (literal == null) {
			return fallback;
		}
		for (T value : values) {
			if (value.getLiteral().equals(literal)) {
				return value;
			}
		}
		throw o.problem(field, "is " + Untrusted.quote(literal) + ", expected one of "
				+ values.stream().map(Enumerator::getLiteral).collect(Collectors.joining(", ")));
	}
}
