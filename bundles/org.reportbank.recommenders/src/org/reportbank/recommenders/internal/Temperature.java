package org.reportbank.recommenders.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.hankcs.hanlp.model.perceptron.instance.Instance;
import com.hankcs.hanlp.model.perceptron.model.LinearModel;

/**
 * The temperature that turns a perceptron's scores into probabilities ({@link SentenceScores}).
 * The scores are sums of weights with no scale of their own: read as they are, nearly every
 * suggestion would be certain, which leaves an annotator's "uncertain first" nothing to order.
 * The temperature chosen is the one under which the tag sequences of the given sentences are most
 * likely (the temperature scaling used to calibrate classifiers), so it should be fitted on
 * sentences the model did not learn from.
 */
public final class Temperature {

	/** Enough words to pin one number down; more only costs time on a large corpus. */
	private static final int MAX_WORDS = 50_000;
	private static final long SAMPLE_SEED = 20261205L;
	private static final double LOWEST = 1e-2;
	private static final double HIGHEST = 1e5;

	private Temperature() {
	}

	/**
	 * Golden-section search over the temperature's logarithm (the likelihood has one peak there).
	 * When the model gets every sampled sentence right, the likelihood only grows as the
	 * temperature falls, and the lowest temperature searched is returned.
	 */
	public static double fit(LinearModel model, List<? extends Instance> instances) {
		int words = instances.stream().mapToInt(Instance::length).sum();
		double keep = Math.min(1, (double) MAX_WORDS / Math.max(1, words));
		Random random = new Random(SAMPLE_SEED);
		SentenceScores.Chain chain = SentenceScores.Chain.of(model);
		List<SentenceScores> sentences = new ArrayList<>();
		List<int[]> gold = new ArrayList<>();
		for (Instance instance : instances) {
			if (instance.length() > 0 && random.nextDouble() < keep) {
				sentences.add(SentenceScores.of(chain, model, instance));
				gold.add(instance.tagArray);
			}
		}
		if (sentences.isEmpty()) {
			return 1;
		}
		double low = Math.log(LOWEST);
		double high = Math.log(HIGHEST);
		double ratio = (Math.sqrt(5) - 1) / 2;
		double a = high - ratio * (high - low);
		double b = low + ratio * (high - low);
		double costA = cost(sentences, gold, Math.exp(a));
		double costB = cost(sentences, gold, Math.exp(b));
		while (high - low > 1e-2) {
			if (costA <= costB) {
				high = b;
				b = a;
				costB = costA;
				a = high - ratio * (high - low);
				costA = cost(sentences, gold, Math.exp(a));
			} else {
				low = a;
				a = b;
				costA = costB;
				b = low + ratio * (high - low);
				costB = cost(sentences, gold, Math.exp(b));
			}
		}
		return Math.exp((low + high) / 2);
	}

	/** The negative log-likelihood of the sentences' tags. */
	private static double cost(List<SentenceScores> sentences, List<int[]> gold, double temperature) {
		double total = 0;
		for (int s = 0; s < sentences.size(); s++) {
			total -= sentences.get(s).at(temperature).logProbability(gold.get(s));
		}
		return total;
	}
}
