package org.reportbank.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportbank.core.store.Folders;
import org.reportbank.io.dataset.FormatSink;
import org.reportbank.io.formats.BratFormat;
import org.reportbank.io.formats.ConllFormat;
import org.reportbank.model.Claim;
import org.reportbank.model.Report;
import org.reportbank.model.Span;
import org.reportbank.model.SpanStatus;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Writes the sample CoNLL file and brat folder, with the spans a reader must find in them, into
 * {@code bundles/org.reportbank.io.tests/target/interop/}: the plain-Maven check in releng reads them
 * with DKPro Core's Conll2003Reader and BratReader and compares with {@code expected.json}.
 */
class InteropSampleTest {

	static final String README = """
			Reportbank interop sample, written by org.reportbank.io.tests.InteropSampleTest (do not edit: rewritten on each test run).

			Layout
			  conll/sample.conll       CoNLL-2003 (ConllFormat, split "sample"): FORM POS CHUNK NER, single spaces, IOB2,
			                           a blank line after each sentence, "-DOCSTART- -X- -X- O" + blank line before each report.
			  brat/sample/<id>.txt     the report text, UTF-8, exactly
			  brat/sample/<id>.ann     brat standoff (BratFormat, split "sample"): T lines with CODE POINT offsets,
			                           A lines (Status, Origin), # AnnotatorNotes lines
			  brat/annotation.conf     entity labels used, attributes Status and Origin (brat finds it in a parent folder)
			  brat/visual.conf         label colours
			  expected.json            what a reader must find:
			    {"conll": [{"document": D, "sentence": N, "tokens": [FORM, ...], "entities": [{"label", "text"}, ...]}, ...],
			     "brat":  [{"document": "<id>", "spans": [{"label", "begin", "end", "text", "fragments": [[b, e], ...]}, ...]}, ...]}

			CoNLL: "sentence" counts the sentences of the file in order, 0-based, NOT counting the -DOCSTART- lines;
			  "document" counts the reports. DKPro's Conll2003Reader reads each -DOCSTART- line as a one-token sentence
			  (token "-DOCSTART-", tag O): skip sentences whose only token is -DOCSTART-. An entity's "text" is its tokens
			  joined by one space, which is what NamedEntity.getCoveredText() gives (the reader joins tokens with " ").

			brat: "begin"/"end" count CODE POINTS (as brat and Python do), end exclusive; "text" is the report text between
			  them (code points). DKPro's BratReader does not convert: it uses the .ann numbers as UIMA (UTF-16) offsets, so
			  compare annotation.getBegin()/getEnd() with begin/end, but do NOT compare getCoveredText() (after 𠀀 or 😀 it is
			  shifted); take the text as text.substring(text.offsetByCodePoints(0, begin), text.offsetByCodePoints(0, end)).
			  A span over a line break is written as fragments split at the break ("17 20;21 26"); DKPro merges fragments
			  whose gap is at most one character into one annotation (17-26), which is the begin/end listed; "fragments"
			  gives the pieces as written.
			  Every T line has A lines "Status" and "Origin": DKPro's BratReader refuses attributes on a label it maps to its
			  generic BratLabel type, and fails on a type without features named Status and Origin: map the labels
			  (ORG LOC METRIC ACHIEVEMENT ...) to a UIMA type that has string features "Status" and "Origin".
			  AnnotatorNotes without a note mapping only make DKPro log a warning.
			""";

	@Test
	void writeSampleFilesForTheDkproCheck() throws Exception {
		Path interop = Path.of(System.getProperty("reportbank.root", "../..")).resolve("bundles/org.reportbank.io.tests/target/interop");
		Folders.deleteTree(interop.resolve("conll"));
		Folders.deleteTree(interop.resolve("brat"));
		Files.createDirectories(interop);
		FormatSamples samples = new FormatSamples();
		List<Report> reports = List.of(samples.report1, samples.report2);
		List<List<Span>> spans = List.of(FormatSamples.sorted(samples.spans1), FormatSamples.sorted(samples.spans2));

		try (FormatSink conll = new ConllFormat().open(interop.resolve("conll"), FormatSamples.TOKENIZER);
				FormatSink brat = new BratFormat().open(interop.resolve("brat"), FormatSamples.TOKENIZER)) {
			for (int i = 0; i < reports.size(); i++) {
				conll.write(reports.get(i), spans.get(i), "sample");
				brat.write(reports.get(i), spans.get(i), "sample");
			}
		}

		JsonObject expected = new JsonObject();
		JsonArray sentences = new JsonArray();
		sentences.add(sentence(0, 0, List.of("𠀀区", "司法局", "😀", "新增", "23.07亿元", "。"), "ORG", "𠀀区 司法局", "METRIC", "23.07亿元"));
		sentences.add(sentence(0, 1, List.of("柳州市"), "ORG", "柳州市"));
		sentences.add(sentence(0, 2, List.of("城中区", "法院", "办结", "。"), "ORG", "城中区 法院"));
		sentences.add(sentence(1, 3, List.of("在", "京", "开会", "。"), "LOC", "京"));
		expected.add("conll", sentences);

		JsonArray documents = new JsonArray();
		for (int i = 0; i < reports.size(); i++) {
			String text = reports.get(i).getText();
			JsonObject document = new JsonObject();
			document.addProperty("document", reports.get(i).getId());
			JsonArray list = new JsonArray();
			for (Span span : spans.get(i)) {
				if (span.getStatus() == SpanStatus.REJECTED) {
					continue;
				}
				JsonObject s = new JsonObject();
				s.addProperty("label", span.getLabel());
				s.addProperty("begin", text.codePointCount(0, span.getBegin()));
				s.addProperty("end", text.codePointCount(0, span.getEnd()));
				s.addProperty("text", text.substring(span.getBegin(), span.getEnd()));
				JsonArray fragments = new JsonArray();
				int start = span.getBegin();
				for (int k = span.getBegin(); k <= span.getEnd(); k++) {
					if (k == span.getEnd() || text.charAt(k) == '\n') {
						JsonArray f = new JsonArray();
						f.add(text.codePointCount(0, start));
						f.add(text.codePointCount(0, k));
						fragments.add(f);
						start = k + 1;
					}
				}
				s.add("fragments", fragments);
				s.addProperty("claim", span instanceof Claim);
				list.add(s);
			}
			document.add("spans", list);
			documents.add(document);
		}
		expected.add("brat", documents);
		Files.writeString(interop.resolve("expected.json"),
				new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(expected) + "\n",
				StandardCharsets.UTF_8);
		Files.writeString(interop.resolve("README.txt"), README, StandardCharsets.UTF_8);

		// the files are where the check looks, and agree with expected.json on what this test can see itself
		String conllText = Files.readString(interop.resolve("conll/sample.conll"), StandardCharsets.UTF_8);
		assertTrue(conllText.startsWith(ConllFormat.DOCSTART + "\n\n𠀀区 n O B-ORG\n"), conllText);
		assertEquals(2, conllText.lines().filter(l -> l.startsWith("-DOCSTART-")).count());
		for (String line : conllText.split("\n")) {
			assertTrue(line.isEmpty() || line.split(" ", -1).length == 4, "four single-space separated fields: " + line);
		}
		assertEquals(samples.report1.getText(), Files.readString(interop.resolve("brat/sample/r1.txt"), StandardCharsets.UTF_8));
		String ann = Files.readString(interop.resolve("brat/sample/r1.ann"), StandardCharsets.UTF_8);
		assertTrue(ann.contains("\tORG 17 20;21 26\t柳州市 城中区法院\n"), ann);
		assertTrue(Files.exists(interop.resolve("brat/sample/r2.ann")));
		assertTrue(Files.exists(interop.resolve("brat/annotation.conf")));
	}

	private static JsonObject sentence(int document, int index, List<String> tokens, String... labelsAndTexts) {
		JsonObject s = new JsonObject();
		s.addProperty("document", document);
		s.addProperty("sentence", index);
		JsonArray t = new JsonArray();
		tokens.forEach(t::add);
		s.add("tokens", t);
		JsonArray entities = new JsonArray();
		for (int i = 0; i < labelsAndTexts.length; i += 2) {
			JsonObject e = new JsonObject();
			e.addProperty("label", labelsAndTexts[i]);
			e.addProperty("text", labelsAndTexts[i + 1]);
			entities.add(e);
		}
		s.add("entities", entities);
		return s;
	}
}
