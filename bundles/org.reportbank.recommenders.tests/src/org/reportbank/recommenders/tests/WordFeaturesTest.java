package org.reportbank.recommenders.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.reportbank.recommenders.internal.WordFeatures;

import com.hankcs.hanlp.model.perceptron.feature.ImmutableFeatureMap;
import com.hankcs.hanlp.model.perceptron.feature.MutableFeatureMap;
import com.hankcs.hanlp.model.perceptron.instance.Instance;
import com.hankcs.hanlp.model.perceptron.model.LinearModel;
import com.hankcs.hanlp.model.perceptron.tagset.NERTagSet;

/**
 * The scores a trained model gives each word through the summed shares of words, parts of speech
 * and marks must be the sums of the weights of the word's own features, feature by feature:
 * otherwise predictions would follow other weights than the model learned.
 */
class WordFeaturesTest {

	private static final String[][] WORDS = { { "区", "司法局", "受理", "行政", "复议", "案件", "68", "件", "。" },
			{ "区", "人民法院", "审结", "案件", "，", "司法局", "指导", "街道", "。" }, { "司法局" } };
	private static final String[][] POS = { { "n", "nt", "v", "n", "vn", "n", "m", "q", "w" },
			{ "n", "nt", "v", "n", "w", "nt", "v", "n", "w" },
			{ "nt" } };
	private static final String[][] MARKS = { { "O", "B-ORG", "E-ORG", "O", "O", "O", "O", "O", "O" },
			{ "O", "S-ORG", "O", "O", "O", "S-ORG", "O", "O", "O" }, { "S-ORG" } };

	@Test
	void aWordsScoresAreTheSumOfItsFeaturesWeights() {
		NERTagSet tagSet = new NERTagSet();
		for (String tag : new String[] { "B-ORG", "I-ORG", "B-LOC", "I-LOC" }) {
			tagSet.add(tag);
		}
		MutableFeatureMap learned = new MutableFeatureMap(tagSet);
		WordFeatures learning = new WordFeatures(learned::idOf);
		for (int s = 0; s < WORDS.length - 1; s++) { // the last sentence's pairs stay unknown to the model
			learning.instance(WORDS[s], POS[s], MARKS[s], new int[WORDS[s].length]);
		}
		tagSet.lock();
		ImmutableFeatureMap features = new ImmutableFeatureMap(learned.featureIdMap, tagSet);
		Random random = new Random(5);
		float[] weights = new float[features.size() * tagSet.size()];
		for (int i = 0; i < weights.length; i++) {
			weights[i] = (float) random.nextGaussian();
		}
		LinearModel model = new LinearModel(features, weights);
		WordFeatures scoring = WordFeatures.scoring(model);
		int unknown = 0;
		for (int round = 0; round < 2; round++) { // the second round reads the cached shares
			for (int s = 0; s < WORDS.length; s++) {
				double[][] scores = scoring.scores(WORDS[s], POS[s], MARKS[s]);
				Instance instance = WordFeatures.scoring(model).instance(WORDS[s], POS[s], MARKS[s], new int[WORDS[s].length]);
				for (int i = 0; i < WORDS[s].length; i++) {
					int[] ids = instance.getFeatureAt(i);
					for (int t = 0; t < tagSet.size(); t++) {
						double sum = 0;
						for (int f = 0; f < ids.length - 1; f++) { // the transition's slot is not the word's
							if (ids[f] >= 0) {
								sum += weights[ids[f] * tagSet.size() + t];
							} else if (t == 0) {
								unknown++;
							}
						}
						assertEquals(sum, scores[i][t], 1e-4, "sentence " + s + ", word " + WORDS[s][i] + ", tag " + tagSet.stringOf(t));
					}
				}
			}
		}
		assertTrue(unknown > 0, "the check must include features the model does not know");
	}
}
