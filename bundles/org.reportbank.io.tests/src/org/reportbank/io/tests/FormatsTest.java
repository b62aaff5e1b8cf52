package org.reportbank.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.io.dataset.DatasetFormat;
import org.reportbank.io.dataset.FormatSink;
import org.reportbank.core.text.Tokenizer.Token;
import org.reportbank.io.formats.BratFormat;
import org.reportbank.io.formats.CharBioFormat;
import org.reportbank.io.formats.CodePointOffsets;
import org.reportbank.io.formats.ConllFormat;
import org.reportbank.io.formats.DoccanoFormat;
import org.reportbank.io.formats.DoccanoFormatException;
import org.reportbank.io.formats.DoccanoImport;
import org.reportbank.io.formats.DoccanoImport.DoccanoRecord;
import org.reportbank.io.formats.DoccanoImport.LabeledSpan;
import org.reportbank.io.formats.Formats;
import org.reportbank.model.Entity;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.Span;
import org.reportbank.model.SpanStatus;

/** The dataset formats, byte for byte on small reports with astral characters, nested spans and a span over a line break. */
class FormatsTest {

	@TempDir
	Path dir;

	private final FormatSamples samples = new FormatSamples();

	private void export(DatasetFormat format, String split) throws Exception {
		try (FormatSink sink = format.open(dir, FormatSamples.TOKENIZER)) {
			sink.write(samples.report1, FormatSamples.sorted(samples.spans1), split);
			sink.write(samples.report2, FormatSamples.sorted(samples.spans2), split);
		}
	}

	private String read(String file) throws Exception {
		return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
	}

	@Test
	void everyFormatIsRegisteredAndSaysItsUnitAndWhatItLeavesOut() {
		for (String name : List.of("jsonl", "conll", "chars", "chars-bmes", "brat", "doccano")) {
			DatasetFormat format = Formats.named(name).orElseThrow(() -> new AssertionError(name));
			assertFalse(format.offsetUnit().isBlank(), name);
			assertFalse(format.leavesOut().isBlank(), name);
		}
		assertTrue(Formats.named("conll").orElseThrow().leavesOut().contains("claims"));
		assertTrue(Formats.named("conll").orElseThrow().leavesOut().contains("inner"));
		assertTrue(Formats.named("chars").orElseThrow().leavesOut().contains("whitespace"));
		assertEquals("code points", Formats.named("brat").orElseThrow().offsetUnit());
		assertEquals("code points", Formats.named("doccano").orElseThrow().offsetUnit());
	}

	@Test
	void codePointOffsetsConvertBothWaysAndRefuseHalfAPair() {
		CodePointOffsets offsets = CodePointOffsets.of(FormatSamples.TEXT_1);
		assertEquals(31, offsets.utf16Length());
		assertEquals(29, offsets.codePointLength());
		int[][] pairs = { { 0, 0 }, { 2, 1 }, { 3, 2 }, { 6, 5 }, { 8, 6 }, { 10, 8 }, { 31, 29 } };
		for (int[] p : pairs) {
			assertEquals(p[1], offsets.toCodePoint(p[0]), "utf16 " + p[0]);
			assertEquals(p[0], offsets.toUtf16(p[1]), "code point " + p[1]);
		}
		assertThrows(IllegalArgumentException.class, () -> offsets.toCodePoint(1));
		assertThrows(IllegalArgumentException.class, () -> offsets.toCodePoint(7));
		assertThrows(IllegalArgumentException.class, () -> offsets.toCodePoint(32));
		assertThrows(IllegalArgumentException.class, () -> offsets.toUtf16(30));
		CodePointOffsets bmp = CodePointOffsets.of("区司法局");
		assertEquals(3, bmp.toCodePoint(3));
		assertEquals(4, bmp.toUtf16(4));
		for (int u = 0; u <= FormatSamples.TEXT_1.length(); u++) {
			if (u != 1 && u != 7) {
				assertEquals(FormatSamples.TEXT_1.codePointCount(0, u), offsets.toCodePoint(u));
			}
		}
	}

	@Test
	void conllHasTokensIob2TagsOuterSpansAndNoClaimsOrRejected() throws Exception {
		export(new ConllFormat(), "train");
		assertEquals("""
				-DOCSTART- -X- -X- O

				𠀀区 n O B-ORG
				司法局 n O I-ORG
				😀 _ O O
				新增 n O O
				23.07亿元 n O B-METRIC
				。 _ O O

				柳州市 n O B-ORG

				城中区 n O B-ORG
				法院 n O I-ORG
				办结 n O O
				。 _ O O

				-DOCSTART- -X- -X- O

				在 _ O O
				京 _ O B-LOC
				开会 n O O
				。 _ O O

				""", read("train.conll"));
	}

	@Test
	void conllWidensSpansToWholeTokensAndKeepsFormsFreeOfBlanks() throws Exception {
		Report report = ReportbankFactory.eINSTANCE.createReport();
		report.setId("r3");
		report.setText("区司法局 A B受理。");
		Entity body = ReportbankFactory.eINSTANCE.createEntity();
		body.setBegin(1);
		body.setEnd(3); // 司法 inside the token 区司法局
		body.setLabel("ORG-X");
		body.setStatus(SpanStatus.ACCEPTED);
		try (FormatSink sink = new ConllFormat().open(dir,
				text -> List.of(new Token(0, 4, "nt"), new Token(5, 8, "nx"), new Token(8, 10, "v"), new Token(10, 11, "w")))) {
			sink.write(report, List.of(body), "dev");
		}
		assertEquals("-DOCSTART- -X- -X- O\n\n区司法局 nt O B-ORG_X\nA_B nx O O\n受理 v O O\n。 w O O\n\n", read("dev.conll"));
	}

	@Test
	void charBioIsOneCodePointPerLine() throws Exception {
		export(CharBioFormat.bio(), "test");
		assertEquals("""
				𠀀 B-ORG
				区 I-ORG
				司 I-ORG
				法 I-ORG
				局 I-ORG
				😀 O
				新 O
				增 O
				2 B-METRIC
				3 I-METRIC
				. I-METRIC
				0 I-METRIC
				7 I-METRIC
				亿 I-METRIC
				元 I-METRIC
				。 O

				柳 B-ORG
				州 I-ORG
				市 I-ORG

				城 B-ORG
				中 I-ORG
				区 I-ORG
				法 I-ORG
				院 I-ORG
				办 O
				结 O
				。 O

				在 O
				京 B-LOC
				开 O
				会 O
				。 O

				""", read("test.char.bio"));
	}

	@Test
	void charBmesMarksMiddleEndAndSingle() throws Exception {
		export(CharBioFormat.bmes(), "test");
		assertEquals("""
				𠀀 B-ORG
				区 M-ORG
				司 M-ORG
				法 M-ORG
				局 E-ORG
				😀 O
				新 O
				增 O
				2 B-METRIC
				3 M-METRIC
				. M-METRIC
				0 M-METRIC
				7 M-METRIC
				亿 M-METRIC
				元 E-METRIC
				。 O

				柳 B-ORG
				州 M-ORG
				市 E-ORG

				城 B-ORG
				中 M-ORG
				区 M-ORG
				法 M-ORG
				院 E-ORG
				办 O
				结 O
				。 O

				在 O
				京 S-LOC
				开 O
				会 O
				。 O

				""", read("test.char.bmes"));
	}

	@Test
	void bratHasCodePointOffsetsFragmentsAttributesAndNotes() throws Exception {
		export(new BratFormat(), "train");
		assertEquals(FormatSamples.TEXT_1, read("train/r1.txt"));
		assertEquals("""
				T1\tLOC 0 2\t𠀀区
				A1\tStatus T1 accepted
				A2\tOrigin T1 hanlp
				T2\tORG 0 5\t𠀀区司法局
				A3\tStatus T2 accepted
				A4\tOrigin T2 hanlp
				T3\tACHIEVEMENT 6 16\t新增23.07亿元。
				A5\tStatus T3 suggested
				A6\tOrigin T3 rule
				T4\tMETRIC 8 15\t23.07亿元
				A7\tStatus T4 suggested
				A8\tOrigin T4 rule
				#1\tAnnotatorNotes T4\tvalue=23.07 unit=亿元 normalized=2307000000 元 kind=money
				T5\tORG 17 20;21 26\t柳州市 城中区法院
				A9\tStatus T5 accepted
				A10\tOrigin T5 human
				#2\tAnnotatorNotes T5\t跨行 的名称
				""", read("train/r1.ann"));
		assertEquals("T1\tLOC 2 3\t京\nA1\tStatus T1 suggested\nA2\tOrigin T1 hanlp\n", read("train/r2.ann"));
		// every T line's offsets, read as code points, cover its text
		String text = FormatSamples.TEXT_1;
		for (String line : read("train/r1.ann").split("\n")) {
			if (line.startsWith("T")) {
				String[] parts = line.split("\t");
				StringBuilder covered = new StringBuilder();
				for (String fragment : parts[1].substring(parts[1].indexOf(' ') + 1).split(";")) {
					String[] be = fragment.split(" ");
					int b = text.offsetByCodePoints(0, Integer.parseInt(be[0]));
					int e = text.offsetByCodePoints(0, Integer.parseInt(be[1]));
					covered.append(covered.length() > 0 ? " " : "").append(text, b, e);
				}
				assertEquals(parts[2], covered.toString(), line);
			}
		}
		String conf = read("annotation.conf");
		assertTrue(conf.contains("[entities]\nACHIEVEMENT\nLOC\nMETRIC\nORG\n"), conf);
		assertFalse(conf.contains("PER"), "a rejected suggestion's label is not declared");
		assertTrue(conf.contains("Status\tArg:<ENTITY>, Value:accepted|suggested\n"), conf);
		assertTrue(conf.contains("Origin\tArg:<ENTITY>, Value:human|hanlp|rule|model\n"), conf);
		assertTrue(read("visual.conf").contains("[labels]"));
	}

	@Test
	void doccanoHasCodePointOffsetsAndEverySpanButTheRejected() throws Exception {
		export(new DoccanoFormat(), "train");
		assertEquals("{\"id\":\"r1\",\"text\":\"𠀀区司法局😀新增23.07亿元。\\n柳州市\\n城中区法院办结。\",\"label\":[[0,2,\"LOC\"],[0,5,\"ORG\"],"
				+ "[6,16,\"ACHIEVEMENT\"],[8,15,\"METRIC\"],[17,26,\"ORG\"]]}\n"
				+ "{\"id\":\"r2\",\"text\":\"在 京开会。\",\"label\":[[2,3,\"LOC\"]]}\n", read("train.doccano.jsonl"));
	}

	@Test
	void doccanoExportReadsBackAsTheSameUtf16Spans() throws Exception {
		export(new DoccanoFormat(), "train");
		List<DoccanoRecord> records = new DoccanoImport().read(dir.resolve("train.doccano.jsonl"));
		assertEquals(2, records.size());
		assertEquals("r1", records.get(0).id());
		assertEquals(FormatSamples.TEXT_1, records.get(0).text());
		List<LabeledSpan> expected = samples.spans1.stream().filter(s -> s.getStatus() != SpanStatus.REJECTED)
				.map(s -> new LabeledSpan(s.getBegin(), s.getEnd(), s.getLabel()))
				.sorted((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin()) : Integer.compare(a.end(), b.end()))
				.toList();
		assertEquals(expected, records.get(0).spans());
		assertEquals(List.of(new LabeledSpan(2, 3, "LOC")), records.get(1).spans());
		for (LabeledSpan span : records.get(0).spans()) {
			Span original = samples.spans1.stream().filter(s -> s.getBegin() == span.begin() && s.getEnd() == span.end()).findFirst()
					.orElseThrow();
			assertEquals(original.getLabel(), span.label());
		}
	}

	@Test
	void doccanoImportReadsTheEntitiesFormNumericIdsAndBlankLines() throws Exception {
		String jsonl = "\uFEFF{\"id\": 7, \"text\": \"😀区司法局\", \"entities\": [{\"id\": 1, \"start_offset\": 1, \"end_offset\": 5, \"label\": \"ORG\"}],"
				+ " \"relations\": [], \"meta\": {\"source\": \"x\"}}\n\n{\"text\": \"𠀀京\", \"label\": []}\n";
		List<DoccanoRecord> records = new DoccanoImport().read(new StringReader(jsonl), "export.jsonl");
		assertEquals(List.of(new DoccanoRecord("7", "😀区司法局", List.of(new LabeledSpan(2, 6, "ORG"))),
				new DoccanoRecord(null, "𠀀京", List.of())), records);
	}

	@Test
	void doccanoImportNamesFileAndLineOfABadOffset() {
		String name = "export.jsonl";
		assertProblem("{\"text\": \"😀区\", \"label\": [[0, 3, \"ORG\"]]}",
				name + ":1: \"label\"[0] [0, 3) is not a span of the text (2 characters");
		assertProblem("{\"text\": \"区\"}\n\n{\"text\": \"区\", \"label\": [[1, 0, \"ORG\"]]}", name + ":3: \"label\"[0] [1, 0)");
		assertProblem("{\"text\": \"区\", \"label\": [[0.5, 1, \"ORG\"]]}", name + ":1: \"label\"[0] start is 0.5, not a whole number");
		assertProblem("{\"text\": \"区\", \"label\": [\"positive\"]}",
				name + ":1: \"label\"[0] is \"positive\", not [start, end, \"LABEL\"]");
		assertProblem("{\"text\": \"区\", \"entities\": [{\"start_offset\": 0, \"label\": \"ORG\"}]}",
				name + ":1: \"entities\"[0] has no \"end_offset\"");
		assertProblem("{\"label\": []}", name + ":1: no \"text\"");
		assertProblem("{\"text\": \"区\", \"label\": [[0, 1, \"\"]]}", name + ":1: \"label\"[0] label is \"\", not a label name");
		assertProblem("{\"text\": \"区\"", name + ":1: not JSON");
		assertProblem("[1, 2]", name + ":1: not a JSON object");
	}

	private static void assertProblem(String jsonl, String expectedStart) {
		DoccanoFormatException e = assertThrows(DoccanoFormatException.class,
				() -> new DoccanoImport().read(new StringReader(jsonl), "export.jsonl"));
		assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
	}

	@Test
	void eachSplitGetsItsOwnFile() throws Exception {
		try (FormatSink sink = new DoccanoFormat().open(dir, FormatSamples.TOKENIZER)) {
			sink.write(samples.report1, FormatSamples.sorted(samples.spans1), "train");
			sink.write(samples.report2, FormatSamples.sorted(samples.spans2), "test");
		}
		assertTrue(read("train.doccano.jsonl").startsWith("{\"id\":\"r1\""));
		assertTrue(read("test.doccano.jsonl").startsWith("{\"id\":\"r2\""));
		assertEquals(1, read("test.doccano.jsonl").lines().count());
	}

	@Test
	void conllTakesTokensOutOfOrderAndWritesAPairCutByATokenWhole() throws Exception {
		Report report = ReportbankFactory.eINSTANCE.createReport();
		report.setId("r4");
		report.setText("区😀局。");
		Entity org = ReportbankFactory.eINSTANCE.createEntity();
		org.setBegin(0);
		org.setEnd(4);
		org.setLabel("ORG");
		org.setStatus(SpanStatus.ACCEPTED);
		// given back to front, and the first ends between the two halves of 😀 (UTF-16 1-2)
		try (FormatSink sink = new ConllFormat().open(dir,
				text -> List.of(new Token(4, 5, "w"), new Token(3, 4, "n"), new Token(0, 2, "n")))) {
			sink.write(report, List.of(org), "train");
		}
		assertEquals("-DOCSTART- -X- -X- O\n\n区😀 n O B-ORG\n局 n O I-ORG\n。 w O O\n\n", read("train.conll"));
	}

	@Test
	void bratFileNamesReplaceWhatIsNotSafeOncePerCharacter() throws Exception {
		Report report = ReportbankFactory.eINSTANCE.createReport();
		report.setId("a/b😀c d");
		report.setText("区");
		try (FormatSink sink = new BratFormat().open(dir, FormatSamples.TOKENIZER)) {
			sink.write(report, List.of(), "train");
			sink.write(samples.report2, FormatSamples.sorted(samples.spans2), "train");
		}
		assertEquals("区", read("train/a_b_c_d.txt"), "😀 is one character, so one _");
		assertEquals("", read("train/a_b_c_d.ann"));
		assertEquals(FormatSamples.TEXT_2, read("train/r2.txt"));
	}
}
