package org.reportbank.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportbank.io.formats.DoccanoFormatException;
import org.reportbank.io.formats.DoccanoImport;
import org.reportbank.io.formats.DoccanoImport.DoccanoRecord;
import org.reportbank.io.formats.DoccanoImport.LabeledSpan;

/**
 * doccano lines from someone else's export: offsets that are not whole or not in int range, text,
 * labels and ids that XML cannot hold, ids too long to be one, and deeply nested JSON are refused
 * as {@code FILE:LINE: problem}, short and without the text.
 */
class DoccanoImportStrictnessTest {

	private static final String TEXT = "区司法局受理行政复议申请68件";

	@Test
	void aValidLineIsRead() throws Exception {
		DoccanoRecord record = DoccanoImport.parse("{\"id\": 7, \"text\": \"" + TEXT + "\", \"label\": [[0, 4, \"ORG\"]]}", "x.jsonl", 1);
		assertEquals(new DoccanoRecord("7", TEXT, List.of(new LabeledSpan(0, 4, "ORG"))), record);
	}

	@Test
	void offsetsAreWholeNumbersInRangeNotWrappedOrCut() {
		assertEquals("x.jsonl:1: \"label\"[0] start is 99999999999, outside the range 0 to 2147483647",
				refused(labelled("99999999999, 4")));
		assertEquals("x.jsonl:1: \"label\"[0] end is 1e10, outside the range 0 to 2147483647", refused(labelled("0, 1e10")));
		assertEquals("x.jsonl:1: \"label\"[0] start is 2.5, not a whole number", refused(labelled("2.5, 4")));
		assertEquals("x.jsonl:1: \"label\"[0] end is a string (\"4\"), expected a whole number", refused(labelled("0, \"4\"")));
		assertEquals("x.jsonl:1: \"entities\"[0] start_offset is -1, outside the range 0 to 2147483647",
				refused("{\"text\": \"" + TEXT + "\", \"entities\": [{\"start_offset\": -1, \"end_offset\": 4, \"label\": \"ORG\"}]}"));
	}

	@Test
	void charactersXmlCannotHoldAreRefusedInTextAndLabels() {
		assertEquals("x.jsonl:1: \"text\" holds U+0000 at character 4; XML files cannot hold that character",
				refused("{\"text\": \"区司法局\\u0000受理\"}"));
		assertEquals("x.jsonl:1: \"data\" holds U+FFFE at character 0; XML files cannot hold that character",
				refused("{\"data\": \"\uFFFE\"}"));
		assertEquals("x.jsonl:1: \"label\"[0] label holds U+DC00 at character 1; XML files cannot hold that character",
				refused(labelled("0, 4").replace("\"ORG\"", "\"O\\udc00\"")));
		assertEquals("x.jsonl:1: \"entities\"[0] label holds U+0001 at character 0; XML files cannot hold that character",
				refused("{\"text\": \"" + TEXT + "\", \"entities\": [{\"start_offset\": 0, \"end_offset\": 4, \"label\": \"\\u0001\"}]}"));
	}

	@Test
	void theRecordIdIsAWholeNumberOrAShortStorableString() throws Exception {
		assertEquals("7", DoccanoImport.parse("{\"id\": 7.0, \"text\": \"区\"}", "x.jsonl", 1).id());
		assertEquals("x".repeat(200), DoccanoImport.parse("{\"id\": \"" + "x".repeat(200) + "\", \"text\": \"区\"}", "x.jsonl", 1).id());
		assertEquals("x.jsonl:1: \"id\" is a string of 201 characters; at most 200 are taken",
				refused("{\"id\": \"" + "x".repeat(201) + "\", \"text\": \"区\"}"));
		assertEquals("x.jsonl:1: \"id\" holds U+0000 at character 1; XML files cannot hold that character",
				refused("{\"id\": \"a\\u0000\", \"text\": \"区\"}"));
		assertEquals("x.jsonl:1: \"id\" is 2.5, not a whole number", refused("{\"id\": 2.5, \"text\": \"区\"}"));
		assertEquals("x.jsonl:1: \"id\" is 1e999999999, more than 100 digits before or after the decimal point",
				refused("{\"id\": 1e999999999, \"text\": \"区\"}"));
		assertEquals("x.jsonl:1: \"id\" is an object, expected a string or a number", refused("{\"id\": {}, \"text\": \"区\"}"));
	}

	@Test
	void deeplyNestedJsonIsAnErrorNotAStackOverflow() {
		assertEquals("x.jsonl:1: not read: objects and arrays nested more than 64 levels deep", refused("[".repeat(100_000)));
		assertEquals("x.jsonl:1: not read: objects and arrays nested more than 64 levels deep",
				refused("{\"text\": \"区\", \"meta\": " + "[".repeat(100_000)));
		assertEquals("x.jsonl:1: not read: objects and arrays nested more than 64 levels deep",
				refused("{\"text\": \"区\", \"label\": " + "[".repeat(100_000)));
	}

	@Test
	void aProblemInAMegabyteTextGivesAShortMessage() {
		String big = "区".repeat(2_000_000);
		String message = refused("{\"text\": \"" + big + "\", \"label\": [[0, 2000001, \"ORG\"]]}");
		assertTrue(message.startsWith("x.jsonl:1: \"label\"[0] [0, 2000001) is not a span of the text (2000000 characters"), message);
		String hugeLabel = refused("{\"text\": \"区\", \"label\": [[0, 1, " + "[1,".repeat(60) + "1" + "]".repeat(60) + "]]}");
		assertTrue(hugeLabel.startsWith("x.jsonl:1: \"label\"[0] label is an array, not a label name"), hugeLabel);
	}

	private static String labelled(String offsets) {
		return "{\"text\": \"" + TEXT + "\", \"label\": [[" + offsets + ", \"ORG\"]]}";
	}

	/** The message the line is refused with, checked to be short, without stack trace text or the text. */
	private static String refused(String line) {
		DoccanoFormatException e = assertThrows(DoccanoFormatException.class, () -> DoccanoImport.parse(line, "x.jsonl", 1));
		String message = e.getMessage();
		assertTrue(message.length() <= 200, "short: " + message.length() + " characters");
		for (String trace : new String[] { "Exception", "\tat ", "java.", "com.google", "区区区", "司法局受理" }) {
			assertFalse(message.contains(trace), message);
		}
		return message;
	}
}
