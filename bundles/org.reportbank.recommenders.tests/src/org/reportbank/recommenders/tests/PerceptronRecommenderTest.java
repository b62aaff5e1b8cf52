package org.reportbank.recommenders.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.reportbank.nlp.hanlp.Token;
import org.reportbank.recommenders.LabeledSpan;
import org.reportbank.recommenders.LayerSource;
import org.reportbank.recommenders.NotEnoughTrainingDataException;
import org.reportbank.recommenders.PerceptronRecommender;
import org.reportbank.recommenders.Prediction;
import org.reportbank.recommenders.RecommenderException;
import org.reportbank.recommenders.TrainedModel;
import org.reportbank.recommenders.TrainingData;
import org.reportbank.recommenders.TrainingReport;
import org.reportbank.recommenders.internal.BioTags;
import org.reportbank.recommenders.internal.BioTags.TaggedSpan;
import org.reportbank.recommenders.internal.TokenSequences;
import org.reportbank.recommenders.internal.TokenSequences.Alignment;
import org.reportbank.recommenders.internal.TokenSequences.Sentence;

import com.google.gson.JsonObject;

/** HanLP's structured perceptron trained on the team's spans: tags, alignment, one-word spans, stored state. */
class PerceptronRecommenderTest {

	private static final List<String> LABELS = List.of("COURT", "GOV");

	/** Short reports in which 法院 (one HanLP word) is a court and 司法局 a department, in varied sentences. */
	static TrainingData courtsAndBureaus() {
		String[] sentences = { "法院审理行政案件。", "司法局开展普法宣传。", "本年度法院受理案件较多。", "司法局组织培训。",
				"法院依法裁判。", "区里的司法局牵头推进。", "法院和司法局共同调解纠纷。", "今年法院结案率上升。" };
		List<TrainingReport> reports = new ArrayList<>();
		for (int i = 0; i < sentences.length; i++) {
			String text = sentences[i] + sentences[(i + 3) % sentences.length];
			List<LabeledSpan> spans = new ArrayList<>();
			for (String name : List.of("法院", "司法局")) {
				for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
					spans.add(new LabeledSpan(at, at + name.length(), name.equals("法院") ? "COURT" : "GOV"));
				}
			}
			reports.add(new TrainingReport("r" + i, text, spans));
		}
		return new TrainingData(LayerSource.gold(), LABELS, reports);
	}

	@Test
	void aOneWordSpanKeepsItsLabelWhereHanlpsTagSetWouldWriteABareS() throws Exception {
		TrainedModel model = new PerceptronRecommender().train(courtsAndBureaus(), new NullProgressMonitor());
		String text = "法院公开审理案件。";

		List<Prediction> predictions = model.predict(text);

		assertEquals(1, predictions.size(), predictions.toString());
		Prediction court = predictions.get(0);
		assertEquals(new LabeledSpan(0, 2, "COURT"), court.span());
		assertTrue(court.confidence() > 0 && court.confidence() <= 1, "a confidence: " + court.confidence());
		assertEquals(List.of("B-COURT", "O"), List.of(BioTags.encode(sentence("法院", "公开"), List.of(new LabeledSpan(0, 2, "COURT")))));
	}

	@Test
	void aStoredStateGivesTheSameModelAndATamperedOneIsRefused() throws Exception {
		PerceptronRecommender recommender = new PerceptronRecommender();
		TrainedModel model = recommender.train(courtsAndBureaus(), new NullProgressMonitor());
		JsonObject state = model.state();
		TrainedModel again = recommender.restore(model.provenance(), state);
		String text = "区司法局和法院联合开展活动。法院宣判。";
		assertEquals(model.predict(text), again.predict(text));
		assertFalse(again.predict(text).isEmpty());

		JsonObject shortWeights = state.deepCopy();
		shortWeights.addProperty("weights", "AAAA");
		RecommenderException wrongSize = assertThrows(RecommenderException.class,
				() -> recommender.restore(model.provenance(), shortWeights));
		assertTrue(wrongSize.getMessage().contains("weights"), wrongSize.getMessage());

		JsonObject otherTags = state.deepCopy();
		otherTags.getAsJsonArray("tags").set(1, new com.google.gson.JsonPrimitive("B-PER"));
		RecommenderException wrongTags = assertThrows(RecommenderException.class, () -> recommender.restore(model.provenance(), otherTags));
		assertTrue(wrongTags.getMessage().contains("train it again"), wrongTags.getMessage());
	}

	@Test
	void nothingToLearnFromIsRefusedRatherThanAnEmptyModel() {
		TrainingData none = new TrainingData(LayerSource.gold(), LABELS, List.of(new TrainingReport("a", "没有机构。", List.of())));
		assertThrows(NotEnoughTrainingDataException.class, () -> new PerceptronRecommender().train(none, new NullProgressMonitor()));
	}

	@Test
	void aSpanEdgeInsideAWordSplitsTheWordAndOverlappingSpansAreCountedOut() {
		String text = "南岸区司法局召开会议。\n第二行";
		List<Token> words = List.of(new Token(0, 3, "南岸区", "ns"), new Token(3, 6, "司法局", "nt"), new Token(6, 8, "召开", "v"),
				new Token(8, 10, "会议", "n"), new Token(10, 11, "。", "w"), new Token(12, 14, "第二", "m"), new Token(14, 15, "行", "q"));
		Alignment alignment = new Alignment();
		List<LabeledSpan> spans = TokenSequences.taggable(List.of(new LabeledSpan(0, 2, "PLACE"), new LabeledSpan(0, 6, "GOV"),
				new LabeledSpan(4, 6, "GOV")), alignment);

		List<Sentence> sentences = TokenSequences.of(text, words, spans, alignment);

		assertEquals(List.of(new LabeledSpan(0, 6, "GOV")), spans, "the longest of those beginning first is kept");
		assertEquals(3, alignment.spans);
		assertEquals(2, alignment.overlapping);
		assertEquals(0, alignment.split, "[0, 6) falls on word edges");
		assertEquals(2, sentences.size(), "cut at 。 and at the line break");
		assertArrayEquals(new String[] { "B-GOV", "I-GOV", "O", "O", "O" }, BioTags.encode(sentences.get(0), spans));

		Alignment inside = new Alignment();
		List<LabeledSpan> bureau = TokenSequences.taggable(List.of(new LabeledSpan(4, 6, "GOV")), inside);
		Sentence split = TokenSequences.of(text, words, bureau, inside).get(0);
		assertEquals(1, inside.split);
		assertArrayEquals(new String[] { "南岸区", "司", "法局", "召开", "会议", "。" }, split.words());
		assertArrayEquals(new String[] { "O", "O", "B-GOV", "O", "O", "O" }, BioTags.encode(split, bureau));
	}

	@Test
	void illFormedTagsStillMakeSpans() {
		// I-A after B-B starts a span of its own; B-A after B-A ends the first
		assertEquals(List.of(new TaggedSpan(0, 1, "A"), new TaggedSpan(2, 2, "B"), new TaggedSpan(3, 3, "A"), new TaggedSpan(5, 5, "A"),
				new TaggedSpan(6, 7, "A")), BioTags.decode(new String[] { "B-A", "I-A", "B-B", "I-A", "O", "B-A", "B-A", "I-A" }));
	}

	private static Sentence sentence(String... words) {
		int[] begins = new int[words.length];
		int[] ends = new int[words.length];
		int at = 0;
		for (int i = 0; i < words.length; i++) {
			begins[i] = at;
			at += words[i].length();
			ends[i] = at;
		}
		String[] pos = new String[words.length];
		java.util.Arrays.fill(pos, "n");
		return new Sentence(words, pos, begins, ends);
	}
}
