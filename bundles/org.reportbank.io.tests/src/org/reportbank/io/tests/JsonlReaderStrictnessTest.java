package org.reportbank.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.reportbank.core.store.StoreLimits;
import org.reportbank.io.jsonl.JsonlReader;
import org.reportbank.model.Claim;
import org.reportbank.model.Layer;
import org.reportbank.model.Metric;
import org.reportbank.model.Report;
import org.reportbank.model.Section;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The JSONL reader and lines from untrusted files: every field of the wrong type, size, range or
 * characters, and every reference that would leave the report or its layer, is refused with a
 * short message naming the field and the problem; nothing becomes a runtime exception, a stack
 * trace, a value cut down to fit, or a message holding the report's text.
 */
class JsonlReaderStrictnessTest {

	/** 22 UTF-16 units: 区司法局 0-4, 受理 4-6, 行政复议 6-10, 68件 12-15, 败诉率4% 16-21. */
	private static final String TEXT = "区司法局受理行政复议申请68件，败诉率4%。";

	/** A valid record using every part of the format; each test breaks one thing in it. */
	private static final String VALID = JsonParser.parseString("""
			{"id": "0123456789abcdef", "title": "报告", "year": 2023, "text": "区司法局受理行政复议申请68件，败诉率4%。",
			 "offsets": "utf16", "metadata": {"信息员": "庞翰雯", "审核领导": null},
			 "source": {"file": "a.txt", "format": "txt"},
			 "normalizations": [{"kind": "trimmed", "count": 1, "examples": ["例"]}],
			 "sections": [{"id": "s1", "level": 1, "kind": "achievements", "begin": 0, "end": 22, "heading_end": 4},
			              {"id": "s1.1", "level": 2, "kind": "other", "begin": 4, "end": 22, "heading_end": 6, "parent": "s1"}],
			 "layers": [{"id": "preannotation", "kind": "preannotation", "tokenization": {"tool": "hanlp", "lengths": "4,2,4"}},
			            {"id": "王芳", "kind": "annotator", "annotator": "王芳"}],
			 "entities": [{"id": "e1", "layer": "preannotation", "begin": 0, "end": 4, "label": "ORG", "origin": "hanlp",
			               "status": "suggested", "confidence": 0.93}],
			 "metrics": [{"id": "m1", "layer": "preannotation", "begin": 12, "end": 15, "label": "METRIC", "value": 68,
			              "unit": "件", "kind": "count", "normalized": {"value": 68, "unit": "件"}},
			             {"id": "m1", "layer": "王芳", "begin": 12, "end": 15, "label": "METRIC", "value": 68}],
			 "claims": [{"id": "c1", "layer": "preannotation", "begin": 0, "end": 22, "type": "ACHIEVEMENT", "metrics": ["m1"]}],
			 "spans": [{"id": "t1", "layer": "王芳", "begin": 6, "end": 10, "label": "TOPIC", "sources": ["王芳"]}],
			 "checks": [{"id": "k1", "layer": "preannotation", "kind": "rate", "verdict": "inconsistent", "begin": 16,
			             "end": 21, "stated": 4, "recomputed": 2.9, "metrics": ["m1"]}]}
			""").toString();

	@Test
	void theValidRecordIsReadWhole() throws Exception {
		Report report = new JsonlReader().read(VALID);
		assertEquals(TEXT, report.getText());
		assertEquals(2023, report.getYear());
		assertEquals(2, report.getLayers().size());
		Layer preannotation = report.getLayers().get(0);
		assertEquals(3, preannotation.getSpans().size());
		Claim claim = (Claim) preannotation.getSpans().get(2);
		assertEquals(preannotation, claim.getMetrics().get(0).eContainer(), "the claim cites the metric of its own layer");
		assertEquals(new BigDecimal("2.9"), preannotation.getChecks().get(0).getRecomputed());
		assertEquals("s1.1", report.getSections().get(0).getChildren().get(0).getId());
	}

	// --- numbers ---

	@Test
	void aYearMustBeAWholeNumberOfAPlausibleYear() throws Exception {
		assertEquals("\"year\" is 1e10, outside the years 1949 to 2100", refused(edit("\"year\":2023", "\"year\":1e10")));
		assertEquals("\"year\" is 2021.9, not a whole number", refused(edit("\"year\":2023", "\"year\":2021.9")));
		assertEquals("\"year\" is a string (\"2021\"), expected a whole number", refused(edit("\"year\":2023", "\"year\":\"2021\"")));
		assertEquals("\"year\" is 1948, outside the years 1949 to 2100", refused(edit("\"year\":2023", "\"year\":1948")));
		assertEquals(2021, new JsonlReader().read(edit("\"year\":2023", "\"year\":2021.0")).getYear(), "2021.0 is whole");
	}

	@Test
	void aFieldDecisionIsOnADocumentFieldOnceAndCorrectsToAValueTheFieldHolds() throws Exception {
		String layer = "\"annotator\":\"王芳\"}";
		String decisions = "\"annotator\":\"王芳\",\"field_decisions\":[%s]}";
		String year = "{\"field\":\"year\",\"suggested\":\"2023\",\"value\":\"2022\",\"status\":\"corrected\"}";
		assertEquals("2022", new JsonlReader().read(edit(layer, decisions.formatted(year))).getLayers().get(1).getFieldDecisions()
				.get(0).getValue());
		assertEquals("\"layers[1].field_decisions[1].field\" decides field \"year\" a second time in layer \"王芳\"",
				refused(edit(layer, decisions.formatted(year + "," + year))));
		assertEquals("\"layers[1].field_decisions[0].value\" is not accepted: the year \"二〇二二\" is not a whole number from 1949 to 2100",
				refused(edit(layer, decisions.formatted(year.replace("\"2022\"", "\"二〇二二\"")))));
		assertEquals("\"layers[1].field_decisions[0].field\" is not accepted: \"author\" is no document field (title, region, year,"
				+ " publisher, published)", refused(edit(layer, decisions.formatted(year.replace("\"year\"", "\"author\"")))));
	}

	@Test
	void anOffsetBeyondIntIsOutsideTheTextNotWrappedAround() {
		assertEquals("\"entities[0].begin\" is 99999999999, outside the text (0 to 22 UTF-16 code units)",
				refused(edit("\"begin\":0,\"end\":4", "\"begin\":99999999999,\"end\":4")));
		assertEquals("\"entities[0].end\" is 4.5, not a whole number", refused(edit("\"begin\":0,\"end\":4", "\"begin\":0,\"end\":4.5")));
		assertEquals("\"entities[0].begin\" is -1, outside the text (0 to 22 UTF-16 code units)",
				refused(edit("\"begin\":0,\"end\":4", "\"begin\":-1,\"end\":4")));
		assertEquals("\"entities[0].begin\" is missing", refused(edit("\"begin\":0,\"end\":4", "\"end\":4")));
	}

	@Test
	void aCountIsWholeAndNotNegative() {
		assertEquals("\"normalizations[0].count\" is -1, outside the range 0 to 2147483647",
				refused(edit("\"count\":1", "\"count\":-1")));
		assertEquals("\"normalizations[0].count\" is 1e10, outside the range 0 to 2147483647",
				refused(edit("\"count\":1", "\"count\":1e10")));
	}

	@Test
	void aDecimalIsAJsonNumberOfBoundedSize() throws Exception {
		assertEquals("\"metrics[0].value\" is a string (\"68\"), expected a decimal number",
				refused(edit("\"value\":68,\"unit\"", "\"value\":\"68\",\"unit\"")));
		assertEquals("\"metrics[0].value\" is 1e999999999, more than 100 digits before or after the decimal point",
				refused(edit("\"value\":68,\"unit\"", "\"value\":1e999999999,\"unit\"")));
		assertEquals("\"metrics[0].normalized.value\" is 1e-101, more than 100 digits before or after the decimal point",
				refused(edit("{\"value\":68,", "{\"value\":1e-101,")));
		assertEquals("\"checks[0].stated\" is 1e99999999999, expected a decimal number",
				refused(edit("\"stated\":4", "\"stated\":1e99999999999")));
		assertTrue(refused(edit("\"recomputed\":2.9", "\"recomputed\":" + "9".repeat(101)))
				.startsWith("\"checks[0].recomputed\" is 9999"));
		assertTrue(refused(edit("\"recomputed\":2.9", "\"recomputed\":" + "9".repeat(300))).contains("a number of 300 characters"));

		String largest = "9".repeat(100) + "." + "9".repeat(100);
		Report report = new JsonlReader().read(edit("\"recomputed\":2.9", "\"recomputed\":" + largest));
		assertEquals(new BigDecimal(largest), report.getLayers().get(0).getChecks().get(0).getRecomputed());
		Metric metric = (Metric) new JsonlReader().read(edit("\"value\":68,\"unit\"", "\"value\":2.307e9,\"unit\"")).getLayers()
				.get(0).getSpans().get(1);
		assertEquals("2307000000", metric.getValue().toPlainString(), "an exponent within bounds is a plain decimal");
	}

	@Test
	void aConfidenceIsANumberFromZeroToOne() {
		assertEquals("\"entities[0].confidence\" is 1.5, outside 0.0 to 1.0", refused(edit("\"confidence\":0.93", "\"confidence\":1.5")));
		assertEquals("\"entities[0].confidence\" is a string (\"high\"), expected a number from 0.0 to 1.0",
				refused(edit("\"confidence\":0.93", "\"confidence\":\"high\"")));
		assertTrue(refused(edit("\"confidence\":0.93", "\"confidence\":NaN")).startsWith("not JSON"), "NaN is no JSON number");
	}

	// --- types ---

	@Test
	void containersAndScalarsOfTheWrongTypeNameTheFieldAndTheExpectedType() {
		assertEquals("\"sections\" is an object, expected an array […]", refused(edit("\"sections\":[", "\"sections\":{},\"x\":[")));
		assertEquals("\"source\" is an array, expected an object {…}", refused(edit("\"source\":{", "\"source\":[],\"x\":{")));
		assertEquals("\"sections[0]\" is a number (1), expected an object {…}", refused(edit("\"sections\":[", "\"sections\":[1,")));
		assertEquals("\"title\" is a number (5), expected a string", refused(edit("\"title\":\"报告\"", "\"title\":5")));
		assertEquals("\"title\" is a boolean (true), expected a string", refused(edit("\"title\":\"报告\"", "\"title\":true")));
		assertEquals("\"metrics[1].approximate\" is a string (\"yes\"), expected true or false",
				refused(edit("\"value\":68}", "\"value\":68,\"approximate\":\"yes\"}")));
		assertEquals("\"metadata\" entry \"信息员\" is a number (5), expected a string",
				refused(edit("\"信息员\":\"庞翰雯\"", "\"信息员\":5")));
		assertEquals("\"claims[0].metrics[0]\" is an object, expected a string", refused(edit("[\"m1\"]", "[{}]")));
		assertEquals("\"layers[0].kind\" is \"robot\", expected one of annotator, preannotation, gold",
				refused(edit("\"kind\":\"preannotation\"", "\"kind\":\"robot\"")));
		assertEquals("\"text\" is missing", refused(edit("\"text\":", "\"body\":")));
		assertEquals("not a JSON object", refused("[1, 2]"));
	}

	@Test
	void aNameGivenTwiceInOneObjectIsRefusedNotSilentlyOverwritten() {
		assertEquals("the name \"year\" appears twice in one object", refused(edit("\"year\":2023", "\"year\":2023,\"year\":1999")));
	}

	// --- characters ---

	@Test
	void charactersXmlCannotHoldAreRefusedWhereverTheyWouldBeStored() {
		assertEquals("\"text\" holds U+0000 at character 17; XML files cannot hold that character",
				refused(VALID.replace(TEXT, TEXT.substring(0, 17) + "\\u0000" + TEXT.substring(18))));
		assertEquals("\"title\" holds U+FFFE at character 1; XML files cannot hold that character",
				refused(edit("\"title\":\"报告\"", "\"title\":\"报\uFFFE\"")));
		assertEquals("\"entities[0].label\" holds U+D800 at character 0; XML files cannot hold that character",
				refused(edit("\"label\":\"ORG\"", "\"label\":\"\\ud800ORG\"")));
		assertEquals("a name in \"metadata\" holds U+0000 at character 1; XML files cannot hold that character",
				refused(edit("\"信息员\"", "\"信\\u0000\"")));
		assertEquals("\"metadata\" entry \"信息员\" holds U+0001 at character 0; XML files cannot hold that character",
				refused(edit("\"庞翰雯\"", "\"\\u0001\"")));
		assertEquals("\"normalizations[0].examples[0]\" holds U+FFFF at character 0; XML files cannot hold that character",
				refused(edit("[\"例\"]", "[\"\\uffff\"]")));
	}

	@Test
	void aProblemInAMegabyteTextGivesAShortMessageWithoutTheText() throws Exception {
		String big = "区".repeat(2_000_000);
		assertEquals(2_000_000, new JsonlReader().read(VALID.replace(TEXT, TEXT + big)).getText().length() - TEXT.length(),
				"a line of megabytes is fine");
		assertEquals("\"text\" holds U+0000 at character 2000022; XML files cannot hold that character",
				refused(VALID.replace(TEXT, TEXT + big + "\\u0000")));
		String longKey = "键".repeat(100_000);
		String message = refused(edit("\"信息员\":\"庞翰雯\"", "\"" + longKey + "\":\"庞翰雯\"," + "\"" + longKey + "\":null"));
		assertTrue(message.startsWith("the name \"键键键"), message);
	}

	// --- names ---

	@Test
	void aReportIdMustBeInTheImportersHashFormat() {
		for (String id : new String[] { "../../x", "/etc/passwd", "rep 1", "0123456789ABCDEF", "0123456789abcdef0" }) {
			String message = refused(edit("\"0123456789abcdef\"", "\"" + id + "\""));
			assertTrue(message.startsWith("\"id\" is not accepted: report id \"" + id + "\" is not a Reportbank id"), message);
		}
		assertEquals("\"id\" is a number (12), expected a string", refused(edit("\"0123456789abcdef\"", "12")));
	}

	@Test
	void layerIdsFollowTheirKindAndAreGivenOnce() {
		assertEquals("\"layers[0].id\" is not accepted: a preannotation layer must be called preannotation, not \"hanlp\"",
				refused(VALID.replace("\"preannotation\"", "\"hanlp\"").replace("\"kind\":\"hanlp\"", "\"kind\":\"preannotation\"")));
		assertTrue(refused(edit("{\"id\":\"王芳\",\"kind\":\"annotator\"", "{\"id\":\"gold\",\"kind\":\"annotator\""))
				.startsWith("\"layers[1].id\" is not accepted: layer \"gold\" is not an annotator's name"));
		assertTrue(refused(edit("{\"id\":\"王芳\",\"kind\":\"annotator\"", "{\"id\":\"王\\u0007芳\",\"kind\":\"annotator\""))
				.startsWith("\"layers[1].id\" holds U+0007"));
		assertEquals("\"layers[1].id\" repeats layer \"preannotation\"; each layer is given once",
				refused(edit("{\"id\":\"王芳\",\"kind\":\"annotator\",\"annotator\":\"王芳\"}",
						"{\"id\":\"preannotation\",\"kind\":\"preannotation\"}")));
	}

	@Test
	void aSpanNamesALayerOfTheRecord() {
		assertEquals("\"spans[0].layer\" names layer \"李明\", which is not in \"layers\"",
				refused(edit("\"layer\":\"王芳\",\"begin\":6", "\"layer\":\"李明\",\"begin\":6")));
		assertEquals("\"spans[0].layer\" is missing", refused(edit("\"layer\":\"王芳\",\"begin\":6", "\"begin\":6")));
	}

	@Test
	void spanAndCheckIdsAreUniqueWithinTheirLayer() throws Exception {
		assertEquals("\"claims[0].id\" repeats id \"e1\" of another span or check of layer \"preannotation\"",
				refused(edit("\"id\":\"c1\"", "\"id\":\"e1\"")));
		assertEquals("\"checks[0].id\" repeats id \"m1\" of another span or check of layer \"preannotation\"",
				refused(edit("\"id\":\"k1\"", "\"id\":\"m1\"")));
		new JsonlReader().read(VALID); // m1 is in both layers: each layer is a file of its own
	}

	@Test
	void claimsAndChecksCiteMetricsOfTheirOwnLayerOnly() {
		String claimOfTheOtherLayer = VALID.replace("{\"id\":\"m1\",\"layer\":\"王芳\"", "{\"id\":\"m9\",\"layer\":\"王芳\"")
				.replace("{\"id\":\"c1\",\"layer\":\"preannotation\"", "{\"id\":\"c1\",\"layer\":\"王芳\"");
		assertEquals("\"claims[0].metrics\" names metric \"m1\", which is not a metric of layer \"王芳\" in \"metrics\"",
				refused(claimOfTheOtherLayer), "m1 is a metric of the pre-annotation layer: a reference from one layer file into another");
		assertEquals("\"checks[0].metrics\" names metric \"m7\", which is not a metric of layer \"preannotation\" in \"metrics\"",
				refused(edit("\"recomputed\":2.9,\"metrics\":[\"m1\"]", "\"recomputed\":2.9,\"metrics\":[\"m7\"]")));
		assertEquals("\"claims[0].metrics[1]\" repeats \"m1\"", refused(edit("[\"m1\"]", "[\"m1\",\"m1\"]")));
	}

	// --- structure ---

	@Test
	void sectionsNestNoDeeperThanTheStoreTakes() throws Exception {
		assertEquals("\"sections[32].parent\" nests the section 33 deep; at most 32 levels are taken",
				refused(withSectionChain(StoreLimits.MAX_SECTION_DEPTH + 1)));
		Section deepest = new JsonlReader().read(withSectionChain(StoreLimits.MAX_SECTION_DEPTH)).getSections().get(0);
		int depth = 1;
		while (!deepest.getChildren().isEmpty()) {
			deepest = deepest.getChildren().get(0);
			depth++;
		}
		assertEquals(StoreLimits.MAX_SECTION_DEPTH, depth);
	}

	@Test
	void aSectionLiesInTheTextAndItsHeadingInIt() {
		assertEquals("\"sections[0]\" begins after it ends (begin 5, end 4)",
				refused(edit("\"begin\":0,\"end\":22,\"heading_end\":4", "\"begin\":5,\"end\":4,\"heading_end\":4")));
		assertEquals("\"sections[1].heading_end\" is 2, outside the section (4 to 22)",
				refused(edit("\"heading_end\":6", "\"heading_end\":2")));
		assertEquals("\"sections[1].parent\" names section \"s9\", which does not come before it",
				refused(edit("\"parent\":\"s1\"", "\"parent\":\"s9\"")));
		assertEquals("\"sections[1].id\" repeats section id \"s1\"", refused(edit("{\"id\":\"s1.1\"", "{\"id\":\"s1\"")));
		assertEquals("\"sections[0].level\" is 33, outside the range 0 to 32", refused(edit("\"level\":1", "\"level\":33")));
	}

	@Test
	void aCheckBeginsBeforeItEndsAsASpanDoes() {
		assertEquals("\"checks[0]\" begins after it ends (begin 21, end 16)",
				refused(edit("\"begin\":16,\"end\":21", "\"begin\":21,\"end\":16")));
		assertEquals("\"spans[0]\" begins after it ends (begin 10, end 6)",
				refused(edit("\"begin\":6,\"end\":10", "\"begin\":10,\"end\":6")));
	}

	@Test
	void tokenLengthsAreWholeNumbersThatStayInsideTheText() {
		assertEquals("\"layers[0].tokenization.lengths\" is not whole numbers separated by commas (at character 2)",
				refused(edit("\"4,2,4\"", "\"4,x\"")));
		assertEquals("\"layers[0].tokenization.lengths\" adds up to more than the text's 22 UTF-16 code units",
				refused(edit("\"4,2,4\"", "\"4,9999999999\"")));
		assertEquals("\"layers[0].tokenization.lengths\" is not whole numbers separated by commas (at character 4)",
				refused(edit("\"4,2,4\"", "\"4,2,\"")));
	}

	@Test
	void partsOfSpeechComeOnePerTokenLength() {
		assertEquals(
				"\"layers[0].tokenization.parts_of_speech\" gives 2 parts of speech for 3 token lengths; one per token, comma-separated",
				refused(edit("\"4,2,4\"", "\"4,2,4\", \"parts_of_speech\": \"n,v\"")));
		assertEquals(
				"\"layers[0].tokenization.parts_of_speech\" gives 4 parts of speech for 3 token lengths; one per token, comma-separated",
				refused(edit("\"4,2,4\"", "\"4,2,4\", \"parts_of_speech\": \"n,,v,\"")));
	}

	@Test
	void deeplyNestedJsonIsAnErrorNotAStackOverflow() {
		String nested = "[".repeat(100_000);
		assertEquals("not read: objects and arrays nested more than 64 levels deep", refused(nested));
		assertEquals("not read: objects and arrays nested more than 64 levels deep",
				refused(edit("\"title\":\"报告\"", "\"title\":" + nested)));
		assertEquals("not read: objects and arrays nested more than 64 levels deep", refused("{\"a\":".repeat(100_000)));
	}

	@Test
	void brokenJsonIsNamedWithoutGsonsPathOrAdvice() {
		String message = refused(VALID.substring(0, VALID.length() - 1));
		assertTrue(message.startsWith("not JSON ("), message);
		assertFalse(message.contains("$") || message.contains("Troubleshooting") || message.contains("Strictness"), message);
		assertTrue(refused("{\"id\": 'x'}").startsWith("not JSON ("), "single quotes are not JSON");
	}

	/** VALID with {@code from} (which must be in it) replaced, the first time it occurs, by {@code to}. */
	private static String edit(String from, String to) {
		int at = VALID.indexOf(from);
		assertTrue(at >= 0, "the valid record holds " + from);
		return VALID.substring(0, at) + to + VALID.substring(at + from.length());
	}

	/** VALID with its sections replaced by a chain of {@code depth} sections, each the parent of the next. */
	private static String withSectionChain(int depth) {
		JsonObject record = JsonParser.parseString(VALID).getAsJsonObject();
		JsonArray sections = new JsonArray();
		for (int i = 0; i < depth; i++) {
			JsonObject section = new JsonObject();
			section.addProperty("id", "s" + i);
			section.addProperty("level", 1);
			section.addProperty("begin", 0);
			section.addProperty("end", 22);
			section.addProperty("heading_end", 0);
			if (i > 0) {
				section.addProperty("parent", "s" + (i - 1));
			}
			sections.add(section);
		}
		record.add("sections", sections);
		return record.toString();
	}

	/** The message the reader refuses the line with, checked to be short, without stack trace text or the report's text. */
	private static String refused(String line) {
		JsonlReader.FormatException e = assertThrows(JsonlReader.FormatException.class, () -> new JsonlReader().read(line));
		String message = e.getMessage();
		assertTrue(message.length() <= 200, "short: " + message.length() + " characters");
		for (String trace : new String[] { "Exception", "\tat ", "java.", "com.google", "区司法局受理" }) {
			assertFalse(message.contains(trace), message);
		}
		assertTrue(e.getCause() == null, "no cause to print a trace of");
		return message;
	}
}
