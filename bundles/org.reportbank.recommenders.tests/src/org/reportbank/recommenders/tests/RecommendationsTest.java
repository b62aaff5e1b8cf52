package org.reportbank.recommenders.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.model.Entity;
import org.reportbank.model.Label;
import org.reportbank.model.LabelCategory;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.Span;
import org.reportbank.model.SpanOrigin;
import org.reportbank.model.SpanStatus;
import org.reportbank.nlp.hanlp.PreAnnotator;
import org.reportbank.nlp.hanlp.Token;
import org.reportbank.recommenders.LayerSource;
import org.reportbank.recommenders.PerceptronRecommender;
import org.reportbank.recommenders.Prediction;
import org.reportbank.recommenders.Recommendations;
import org.reportbank.recommenders.StringMatcher;
import org.reportbank.recommenders.TrainedModel;
import org.reportbank.recommenders.TrainingData;
import org.reportbank.recommenders.TrainingReport;
import org.reportbank.testing.Fixtures;

/** Predictions written as suggestions: into the pre-annotation layer only, around what people decided. */
class RecommendationsTest {

	private static final String TEXT = TrainingDataTest.TEXT;

	@TempDir
	Path dir;

	private static Layer layer(Report report, String id) {
		return report.getLayers().stream().filter(l -> l.getId().equals(id)).findFirst().orElseThrow();
	}

	private static Map<String, Span> byId(Layer layer) {
		return layer.getSpans().stream().collect(Collectors.toMap(Span::getId, s -> s));
	}

	private static String id(String part, String label) {
		int begin = Texts.at(TEXT, part, 0);
		return Recommendations.idOf(StringMatcher.NAME, begin, begin + part.length(), label);
	}

	@Test
	void suggestionsGoIntoThePreannotationLayerAroundWhatPeopleDecidedAndHumanLayersAreNeverWritten() throws Exception {
		CorpusStore store = TrainingDataTest.store(dir, TrainingDataTest.reports());
		TrainingData data = TrainingData.collect(store, LayerSource.accepted(), List.of(), new NullProgressMonitor());
		TrainedModel model = new StringMatcher().train(data, new NullProgressMonitor());
		String a = TrainingDataTest.A;
		String c = TrainingDataTest.C;

		Recommendations.Summary first = Recommendations.recommend(store, List.of(), List.of(model), new NullProgressMonitor());

		assertEquals(3, first.reports());
		Report reportA = store.loadReport(a);
		Layer suggestions = layer(reportA, "preannotation");
		assertEquals(LayerKind.PREANNOTATION, suggestions.getKind());
		Span court = byId(suggestions).get(id("柳南区检察院", "COURT"));
		assertEquals(SpanOrigin.MODEL, court.getOrigin());
		assertEquals(SpanStatus.SUGGESTED, court.getStatus());
		assertEquals(Recommendations.toolOf(model), court.getTool());
		assertEquals("string", court.getTool(), "the JSONL export's tool names the recommender");
		assertEquals(1.0, court.getConfidence(), 1e-9);
		assertTrue(court instanceof Entity, "COURT is an entity label: " + court.eClass().getName());
		assertFalse(byId(suggestions).containsKey(id("柳南区", "LOC")), "LOC was never accepted");
		Layer hanlpC = layer(store.loadReport(c), "preannotation");
		assertEquals(List.of("preannotation-0"), hanlpC.getSpans().stream()
				.filter(s -> s.getBegin() == 0 && s.getLabel().equals("ORG")).map(Span::getId).toList(),
				"a tool's suggestion of the same place and label is not made twice");
		assertTrue(hanlpC.getSpans().size() > 1, "the model's other suggestions are there beside it");

		// 王芳 accepts the suggestion of the court as ORG and rejects the one of her own name, in her layer
		Layer wang = layer(reportA, "王芳");
		Fixtures.decision(wang, byId(suggestions).get(id("柳南区人民法院", "ORG")), SpanStatus.ACCEPTED);
		Fixtures.decision(wang, byId(suggestions).get(id("王芳", "PER")), SpanStatus.REJECTED);
		store.save(reportA);
		Path wangFile = store.directory().resolve("reports/" + a + "/layers/%E7%8E%8B%E8%8A%B3.xmi");
		Path goldFile = store.directory().resolve("reports/" + a + "/layers/gold.xmi");
		byte[] wangBefore = Files.readAllBytes(wangFile);
		byte[] goldBefore = Files.readAllBytes(goldFile);
		long wangModified = Files.getLastModifiedTime(wangFile).toMillis();
		Thread.sleep(20);

		// a model that no longer predicts ORG at all: what a person decided on stays all the same
		TrainingData without = new TrainingData(data.source(), data.labels(),
				data.reports().stream().map(r -> new TrainingReport(r.id(), r.text(),
						r.spans().stream().filter(s -> !s.label().equals("ORG")).toList())).toList());
		TrainedModel noOrg = new StringMatcher().train(without, new NullProgressMonitor());
		Recommendations.recommend(store, List.of(a), List.of(noOrg), new NullProgressMonitor());

		Report after = CorpusStore.open(store.directory()).loadReport(a);
		Map<String, Span> now = byId(layer(after, "preannotation"));
		assertTrue(now.containsKey(id("柳南区人民法院", "ORG")), "a suggestion a person accepted stays though no longer predicted");
		assertFalse(now.containsKey(id("柳南区司法局", "ORG")), "one nobody touched goes with the model that made it");
		Span rejected = now.get(id("王芳", "PER"));
		assertEquals(SpanStatus.SUGGESTED, rejected.getStatus(), "the rejected suggestion is kept as it was, rejected in her layer");
		assertEquals(1, now.values().stream().filter(s -> s.getBegin() == rejected.getBegin() && s.getEnd() == rejected.getEnd()
				&& s.getLabel().equals("PER")).count(), "and not suggested again beside it");
		assertEquals(now.size(), layer(after, "preannotation").getSpans().size(), "no id twice");
		assertArrayEquals(wangBefore, Files.readAllBytes(wangFile), "the annotator's layer is not rewritten");
		assertEquals(wangModified, Files.getLastModifiedTime(wangFile).toMillis());
		assertArrayEquals(goldBefore, Files.readAllBytes(goldFile), "nor the gold layer");
	}

	@Test
	void aPlaceAndLabelAPersonRejectedIsNotSuggested() throws Exception {
		List<Report> reports = TrainingDataTest.reports();
		CorpusStore store = TrainingDataTest.store(dir, reports);
		TrainingData data = TrainingData.collect(store, LayerSource.gold(), List.of(), new NullProgressMonitor());
		Report a = store.loadReport(TrainingDataTest.A);
		// the gold layer rejects 会议 as ORG; 李娜 rejected 柳南区 as LOC: teach the model both strings
		TrainingData more = new TrainingData(data.source(), data.labels(),
				List.of(Texts.report("x", "会议在柳南区", "会议", "ORG", "柳南区", "LOC")));
		TrainedModel model = new StringMatcher().train(more, new NullProgressMonitor());
		assertEquals(2, model.predict(TEXT).stream().filter(p -> p.begin() == 0 || p.label().equals("ORG")).count());

		Recommendations.recommend(store, List.of(a.getId()), List.of(model), new NullProgressMonitor());

		Layer suggestions = layer(store.loadReport(a.getId()), "preannotation");
		assertFalse(byId(suggestions).containsKey(id("会议", "ORG")), "rejected in the gold layer");
		assertFalse(byId(suggestions).containsKey(id("柳南区", "LOC")), "rejected by 李娜");
	}

	private static final String SEGMENTED = "00000000000000a1";
	private static final String BY_CHARACTERS = "00000000000000a2";

	@Test
	void thePerceptronReadsTheWordsThePreAnnotatorStoredInsteadOfSegmentingAgain() throws Exception {
		String text = "区司法局和法院联合开展活动。法院宣判。";
		TrainedModel model = new PerceptronRecommender().train(PerceptronRecommenderTest.courtsAndBureaus(), new NullProgressMonitor());
		Report segmented = Fixtures.report(SEGMENTED, text);
		segmented.getLayers().add(new PreAnnotator().annotate(segmented));
		Report byCharacters = Fixtures.report(BY_CHARACTERS, text);
		Layer cut = new PreAnnotator().annotate(byCharacters);
		cut.getTokenization().setLengths(String.join(",", Collections.nCopies(text.length(), "1")));
		cut.getTokenization().setPartsOfSpeech(String.join(",", Collections.nCopies(text.length(), "x")));
		byCharacters.getLayers().add(cut);
		List<Token> characters = new ArrayList<>();
		for (int i = 0; i < text.length(); i++) {
			characters.add(new Token(i, i + 1, text.substring(i, i + 1), "x"));
		}
		CorpusStore store = TrainingDataTest.store(dir, List.of(segmented, byCharacters));
		try (CorpusStore.WriteSession session = store.beginWrite("test")) {
			Label gov = ReportbankFactory.eINSTANCE.createLabel();
			gov.setName("GOV");
			gov.setCategory(LabelCategory.ENTITY);
			session.corpus().getLabelSet().getLabels().add(gov);
			session.commit();
		}
		assertFalse(model.predict(text).isEmpty());
		assertNotEquals(model.predict(text), model.predict(text, characters), "the two cuts must tell apart which one was read");

		Recommendations.recommend(store, List.of(), List.of(model), new NullProgressMonitor());

		assertEquals(spans(model.predict(text)), suggestionsOf(store.loadReport(SEGMENTED), model));
		assertEquals(spans(model.predict(text, characters)), suggestionsOf(store.loadReport(BY_CHARACTERS), model),
				"the stored cut, not a fresh segmentation");
	}

	private static List<String> spans(List<Prediction> predictions) {
		return predictions.stream().map(p -> p.begin() + "-" + p.end() + "-" + p.label()).toList();
	}

	private static List<String> suggestionsOf(Report report, TrainedModel model) {
		return layer(report, "preannotation").getSpans().stream().filter(s -> Recommendations.isSuggestionOf(s, model.recommender()))
				.sorted(Comparator.comparingInt(Span::getBegin)).map(s -> s.getBegin() + "-" + s.getEnd() + "-" + s.getLabel()).toList();
	}
}
