package org.reportbank.recommenders.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.recommenders.Gazetteer;
import org.reportbank.recommenders.LayerSource;
import org.reportbank.recommenders.Prediction;
import org.reportbank.recommenders.RecommenderException;
import org.reportbank.recommenders.StringMatcher;
import org.reportbank.recommenders.TrainedModel;
import org.reportbank.recommenders.TrainingData;
import org.reportbank.recommenders.internal.LongestMatch;
import org.reportbank.recommenders.internal.LongestMatch.Match;

/** The string matcher: what the team labeled, suggested wherever else it stands. */
class StringMatcherTest {

	private static final List<String> LABELS = List.of("ORG", "LOC", "PER");

	@TempDir
	Path dir;

	private static TrainedModel train(TrainingData data) throws RecommenderException {
		return new StringMatcher().train(data, new NullProgressMonitor());
	}

	@Test
	void theLongestMatchWinsAndNoShorterOneIsSuggestedInsideIt() throws Exception {
		TrainingData data = new TrainingData(LayerSource.gold(), LABELS, List.of(
				Texts.report("a", "柳南区司法局召开会议。", "柳南区司法局", "ORG"),
				Texts.report("b", "区司法局在柳南区。", "司法局", "ORG", "柳南区", "LOC")));
		String text = "柳南区司法局发布通知，司法局很忙，柳南区很美。";

		List<Prediction> predictions = train(data).predict(text);

		assertEquals(List.of(new Prediction(0, 6, "ORG", 1.0),
				new Prediction(Texts.at(text, "司法局", 1), Texts.at(text, "司法局", 1) + 3, "ORG", 1.0),
				new Prediction(Texts.at(text, "柳南区", 1), Texts.at(text, "柳南区", 1) + 3, "LOC", 1.0)), predictions);
	}

	@Test
	void overlapsAreResolvedByLengthThenByPlace() {
		List<Match> chosen = LongestMatch.select(List.of(new Match(0, 3), new Match(2, 6), new Match(5, 8), new Match(9, 10)));
		assertEquals(List.of(new Match(2, 6), new Match(9, 10)), chosen, "[0,3) and [5,8) overlap the longer [2,6)");
	}

	@Test
	void aStringLabeledTwoWaysIsSuggestedWithBothLabelsEachWithItsShare() throws Exception {
		TrainingData data = new TrainingData(LayerSource.accepted(), LABELS, List.of(
				Texts.report("a", "莲花山参观。", "莲花山", "LOC"),
				Texts.report("b", "莲花山来了。", "莲花山", "LOC"),
				Texts.report("c", "莲花山走了。", "莲花山", "LOC"),
				Texts.report("d", "莲花山说话。", "莲花山", "PER")));

		List<Prediction> predictions = train(data).predict("我们去莲花山。");

		assertEquals(List.of(new Prediction(3, 6, "LOC", 0.75), new Prediction(3, 6, "PER", 0.25)), predictions);
	}

	@Test
	void aStoredStateGivesTheSameModelAgain() throws Exception {
		TrainingData data = new TrainingData(LayerSource.gold(), LABELS,
				List.of(Texts.report("a", "王芳在柳南区。", "王芳", "PER", "柳南区", "LOC")));
		TrainedModel model = train(data);
		TrainedModel again = new StringMatcher().restore(model.provenance(), model.state());
		String text = "柳南区的王芳";
		assertEquals(model.predict(text), again.predict(text));
		assertEquals(2, again.predict(text).size());
	}

	@Test
	void aGazetteerAddsItsStringsAndRefusesAMalformedLineByFileAndLine() throws Exception {
		Path good = dir.resolve("names.tsv");
		Files.writeString(good, "# people\n张伟\tPER\n\n莲花山片区\tLOC\n", StandardCharsets.UTF_8);
		Gazetteer gazetteer = Gazetteer.read(good, LABELS);
		assertEquals(2, gazetteer.entries().size());
		TrainingData data = new TrainingData(LayerSource.gold(), LABELS,
				List.of(Texts.report("a", "王芳在柳南区。", "王芳", "PER")));
		List<Prediction> predictions = new StringMatcher(gazetteer).train(data, new NullProgressMonitor())
				.predict("张伟去莲花山片区见王芳");
		assertEquals(List.of("PER", "LOC", "PER"), predictions.stream().map(Prediction::label).toList());

		Path bad = dir.resolve("bad.tsv");
		Files.writeString(bad, "张伟\tPER\n李娜 PER\n", StandardCharsets.UTF_8);
		RecommenderException noTab = assertThrows(RecommenderException.class, () -> Gazetteer.read(bad, LABELS));
		assertTrue(noTab.getMessage().startsWith(bad + ":2: no tab"), noTab.getMessage());

		Files.writeString(bad, "张伟\tPER\n李娜\tPERSON\n", StandardCharsets.UTF_8);
		RecommenderException unknown = assertThrows(RecommenderException.class, () -> Gazetteer.read(bad, LABELS));
		assertTrue(unknown.getMessage().startsWith(bad + ":2: ") && unknown.getMessage().contains("PERSON"),
				unknown.getMessage());
	}
}
