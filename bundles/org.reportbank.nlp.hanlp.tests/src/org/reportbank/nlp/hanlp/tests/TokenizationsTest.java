package org.reportbank.nlp.hanlp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.reportbank.model.Layer;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.Tokenization;
import org.reportbank.nlp.hanlp.HanlpTokenizer;
import org.reportbank.nlp.hanlp.PreAnnotator;
import org.reportbank.nlp.hanlp.Token;
import org.reportbank.nlp.hanlp.Tokenizations;

/** The words the pre-annotator stores with a report come back exactly as the tokenizer gave them, or not at all. */
class TokenizationsTest {

	@Test
	void thePreAnnotatorsStoredWordsAreTheTokenizersWords() throws Exception {
		// a seed report: line breaks, blanks and full-width punctuation make gaps between the words
		String text = Files.readString(Path.of(System.getProperty("reportbank.root", "../..")).resolve("seeds/000_2d72018e1f56853b.txt"))
				+ "\n\n  末尾 有空格 \n";
		Report report = ReportbankFactory.eINSTANCE.createReport();
		report.setId("r");
		report.setText(text);
		Layer layer = new PreAnnotator().annotate(report);

		List<Token> expected = new HanlpTokenizer().tokenize(text).stream()
				.map(t -> t.pos().isEmpty() ? new Token(t.begin(), t.end(), t.word(), "x") : t).toList();
		assertTrue(expected.size() > 1000, "a whole report: " + expected.size() + " words");
		assertEquals(Optional.of(expected), Tokenizations.words(layer.getTokenization(), text));
	}

	@Test
	void aTokenizationThatCannotBeTheTokenizersOwnGivesNoWords() {
		String text = "区司法局受理\n案件";
		assertEquals(Optional.of(List.of(new Token(0, 4, "区司法局", "nt"), new Token(4, 6, "受理", "v"), new Token(7, 9, "案件", "n"))),
				Tokenizations.words(tokenization(HanlpTokenizer.TOOL, "4,2,1,2", "nt,v,,n"), text));

		assertEquals(Optional.empty(), Tokenizations.words(tokenization("another-segmenter", "4,2,1,2", "nt,v,,n"), text),
				"another tool's words");
		assertEquals(Optional.empty(), Tokenizations.words(tokenization(HanlpTokenizer.TOOL, "4,2,1,2", null), text), "no parts of speech");
		assertEquals(Optional.empty(), Tokenizations.words(tokenization(HanlpTokenizer.TOOL, "4,2,1,2", "nt,v,"), text), "one too few");
		assertEquals(Optional.empty(), Tokenizations.words(tokenization(HanlpTokenizer.TOOL, "4,2,1,2", "nt,v,,n,n"), text),
				"one too many");
		assertEquals(Optional.empty(), Tokenizations.words(tokenization(HanlpTokenizer.TOOL, "4,2,1", "nt,v,"), text), "short of the text");
		assertEquals(Optional.empty(), Tokenizations.words(tokenization(HanlpTokenizer.TOOL, "4,2,1,9", "nt,v,,n"), text), "past the text");
		assertEquals(Optional.empty(), Tokenizations.words(tokenization(HanlpTokenizer.TOOL, "4,2,x,2", "nt,v,,n"), text), "not a number");
	}

	@Test
	void gapsAtEitherEndAndBetweenWordsAreEntriesOfTheirOwn() {
		// " 区司法局受理\n案件 ": a blank before the first word, a line break between two, a blank after the last
		List<Token> words = List.of(new Token(1, 5, "区司法局", "nt"), new Token(5, 7, "受理", "v"), new Token(8, 10, "案件", ""));
		assertEquals("1,4,2,1,2,1", Tokenizations.encode(words, 11));
		assertEquals(",nt,v,,x,", Tokenizations.encodePartsOfSpeech(words, 11));

		assertEquals("4", Tokenizations.encode(List.of(), 4), "a text without words is one gap");
		assertEquals("", Tokenizations.encodePartsOfSpeech(List.of(), 4), "whose part of speech is empty");
		assertEquals("", Tokenizations.encode(List.of(), 0), "an empty text has no entries");
	}

	private static Tokenization tokenization(String tool, String lengths, String partsOfSpeech) {
		Tokenization tokenization = ReportbankFactory.eINSTANCE.createTokenization();
		tokenization.setTool(tool);
		tokenization.setLengths(lengths);
		tokenization.setPartsOfSpeech(partsOfSpeech);
		return tokenization;
	}
}
