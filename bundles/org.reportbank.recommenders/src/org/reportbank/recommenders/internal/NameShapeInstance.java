package org.reportbank.recommenders.internal;

import java.util.ArrayList;
import java.util.List;

import com.hankcs.hanlp.model.perceptron.feature.FeatureMap;
import com.hankcs.hanlp.model.perceptron.instance.NERInstance;
import com.hankcs.hanlp.model.perceptron.tagset.NERTagSet;

/**
 * HanLP's entity instance with two kinds of features added to each word. HanLP's own features are
 * whole words and parts of speech, so a name it never saw tells it little. The shape of a word
 * does: the organizations of the genre say what they are in their last characters (局, 委, 法院,
 * 街道, 镇, 村) and open with a place or a level (区, 县, 市). And whether the word lies in a name
 * the team labeled elsewhere ({@link KnownNames}), with that name's label, lets the model use what
 * a string matcher knows without being bound to it.
 */
public final class NameShapeInstance extends NERInstance {

	/** An instance to learn from: words, parts of speech, their place in known names, and their tags. */
	public NameShapeInstance(String[] words, String[] pos, String[] known, String[] tags, NERTagSet tagSet, FeatureMap features) {
		super(words, pos, tags, tagSet, features);
		addShapes(words, known, features);
	}

	/** An instance to tag; its tags are zeros to be decoded over (HanLP takes an instance's length from them). */
	public NameShapeInstance(String[] words, String[] pos, String[] known, FeatureMap features) {
		super(words, pos, features);
		tagArray = new int[words.length];
		addShapes(words, known, features);
	}

	/** Adds the features to HanLP's, whose last slot (the transition, filled while decoding) stays last. */
	private void addShapes(String[] words, String[] known, FeatureMap features) {
		for (int position = 0; position < words.length; position++) {
			int[] hanlp = featureMatrix[position];
			List<Integer> added = shape(words, known, features, position);
			int[] all = new int[hanlp.length + added.size()];
			System.arraycopy(hanlp, 0, all, 0, hanlp.length - 1);
			for (int i = 0; i < added.size(); i++) {
				all[hanlp.length - 1 + i] = added.get(i);
			}
			all[all.length - 1] = hanlp[hanlp.length - 1];
			featureMatrix[position] = all;
		}
	}

	private static List<Integer> shape(String[] words, String[] known, FeatureMap features, int position) {
		String word = words[position];
		String previous = position > 0 ? words[position - 1] : "_B_";
		String next = position + 1 < words.length ? words[position + 1] : "_E_";
		String nextKnown = position + 1 < words.length ? known[position + 1] : "_E_";
		List<Integer> shape = new ArrayList<>();
		StringBuilder feature = new StringBuilder();
		addFeatureThenClear(feature.append(last(word, 1)).append("\u0001s1"), shape, features);
		addFeatureThenClear(feature.append(last(word, 2)).append("\u0001s2"), shape, features);
		addFeatureThenClear(feature.append(word, 0, 1).append("\u0001p1"), shape, features);
		addFeatureThenClear(feature.append(last(previous, 1)).append("\u0001ps1"), shape, features);
		addFeatureThenClear(feature.append(next, 0, 1).append("\u0001np1"), shape, features);
		addFeatureThenClear(feature.append(word).append('|').append(next).append("\u0001wn"), shape, features);
		addFeatureThenClear(feature.append(Math.min(word.length(), 5)).append("\u0001len"), shape, features);
		addFeatureThenClear(feature.append(known[position]).append("\u0001kn"), shape, features);
		addFeatureThenClear(feature.append(known[position]).append('|').append(last(word, 1)).append("\u0001kns"), shape, features);
		addFeatureThenClear(feature.append(nextKnown).append("\u0001nkn"), shape, features);
		return shape;
	}

	private static String last(String word, int count) {
		return word.length() <= count ? word : word.substring(word.length() - count);
	}
}
