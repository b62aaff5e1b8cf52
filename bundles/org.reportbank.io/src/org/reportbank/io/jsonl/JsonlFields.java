package org.reportbank.io.jsonl;

/**
 * Field names of the lossless JSONL format, shared by writer and reader so the two cannot drift.
 * The format is documented in docs/formats.md.
 */
final class JsonlFields {
	static final String OFFSET_UNIT = "utf16";

	static final String ID = "id", TITLE = "title", REGION = "region", YEAR = "year", PUBLISHER = "publisher",
			PUBLISHED = "published", DOCUMENT_KIND = "document_kind", STATUS = "status", METADATA = "metadata",
			SOURCE = "source", TEXT = "text", OFFSETS = "offsets", NORMALIZATIONS = "normalizations", SECTIONS = "sections",
			LAYERS = "layers", ENTITIES = "entities", METRICS = "metrics", CLAIMS = "claims", SPANS = "spans",
			CHECKS = "checks";

	static final String FIELD_SOURCES = "field_sources", FIELD = "field", RULE = "rule", LINE = "line";
	static final String FIELD_DECISIONS = "field_decisions", SUGGESTED = "suggested";
	static final String FILE = "file", FORMAT = "format", ENCODING = "encoding", SHA256 = "sha256", IMPORTED = "imported";
	static final String KIND = "kind", COUNT = "count", EXAMPLES = "examples";
	static final String LEVEL = "level", NUMBERING = "numbering", HEADING = "heading", BEGIN = "begin", END = "end",
			HEADING_END = "heading_end", PARENT = "parent";
	static final String ANNOTATOR = "annotator", MODIFIED = "modified", LAYER = "layer";
	static final String LABEL = "label", TYPE = "type", ORIGIN = "origin", CONFIDENCE = "confidence", TOOL = "tool",
			NOTE = "note", CANONICAL = "canonical", BASED_ON = "based_on", SOURCES = "sources";
	static final String TOKENIZATION = "tokenization", LENGTHS = "lengths", PARTS_OF_SPEECH = "parts_of_speech";
	static final String VALUE = "value", UNIT = "unit", APPROXIMATE = "approximate", QUALIFIER = "qualifier",
			NORMALIZED = "normalized", INDICATOR = "indicator", PERIOD = "period", COMPARISON = "comparison", UPPER = "upper";
	static final String SECTION = "section";
	static final String VERDICT = "verdict", MESSAGE = "message", STATED = "stated", RECOMPUTED = "recomputed";

	private JsonlFields() {
	}
}
