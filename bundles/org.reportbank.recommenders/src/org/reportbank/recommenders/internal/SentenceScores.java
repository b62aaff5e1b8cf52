package org.reportbank.recommenders.internal;

import com.hankcs.hanlp.model.perceptron.instance.Instance;
import com.hankcs.hanlp.model.perceptron.model.LinearModel;

/**
 * A perceptron's scores of one sentence read as a linear-chain distribution over tag sequences,
 * the way a CRF reads its own: the probability of a sequence is {@code exp(score / temperature)}
 * over the sum for all sequences. The perceptron only ever asks for the best sequence; a
 * suggestion's confidence asks how much of the mass agrees with it over the suggestion's words,
 * which a forward-backward pass answers while taking the neighbouring words' tags into account.
 */
public final class SentenceScores {

	private final double[][] emissions;
	private final double[][] transitions;
	private final double[] starts;

	private SentenceScores(double[][] emissions, double[][] transitions, double[] starts) {
		this.emissions = emissions;
		this.transitions = transitions;
		this.starts = starts;
	}

	/**
	 * The instance's scores under the model. HanLP keeps the transition in the last slot of a
	 * word's features, a feature whose id is the previous tag (the start of the sentence has one
	 * of its own), so a transition's weight sits where that feature's weight for the tag does.
	 */
	public static SentenceScores of(LinearModel model, Instance instance) {
		int tags = model.featureMap.tagSet.size();
		double[][] emissions = new double[instance.length()][];
		for (int i = 0; i < emissions.length; i++) {
			emissions[i] = emissions(model, instance.getFeatureAt(i), tags);
		}
		double[][] transitions = new double[tags][tags];
		for (int previous = 0; previous < tags; previous++) {
			for (int tag = 0; tag < tags; tag++) {
				transitions[previous][tag] = model.parameter[previous * tags + tag];
			}
		}
		double[] starts = new double[tags];
		int bos = model.featureMap.bosTag();
		for (int tag = 0; tag < tags; tag++) {
			starts[tag] = model.parameter[bos * tags + tag];
		}
		return new SentenceScores(emissions, transitions, starts);
	}

	private static double[] emissions(LinearModel model, int[] features, int tags) {
		double[] scores = new double[tags];
		for (int j = 0; j < features.length - 1; j++) {
			if (features[j] >= 0) {
				int base = features[j] * tags;
				for (int t = 0; t < tags; t++) {
					scores[t] += model.parameter[base + t];
				}
			}
		}
		return scores;
	}

	public int length() {
		return emissions.length;
	}

	/** The distribution under one temperature: the higher, the more even. */
	public Tempered at(double temperature) {
		return new Tempered(temperature);
	}

	/** The sentence's distribution under a temperature, with its forward and backward sums worked out once. */
	public final class Tempered {
		private final double temperature;
		private final double[][] forward;
		private double[][] backward;
		private final double logTotal;

		private Tempered(double temperature) {
			this.temperature = temperature;
			this.forward = forward(temperature);
			this.logTotal = logSum(forward[length() - 1]);
		}

		/** The probability that words {@code first} to {@code last} carry exactly the given tags (tags[first..last]). */
		public double probability(int[] tags, int first, int last) {
			if (backward == null) {
				backward = backward(temperature);
			}
			double log = forward[first][tags[first]];
			for (int i = first + 1; i <= last; i++) {
				log += (transitions[tags[i - 1]][tags[i]] + emissions[i][tags[i]]) / temperature;
			}
			return Math.min(1, Math.exp(log + backward[last][tags[last]] - logTotal));
		}

		/** The logarithm of the probability of the whole tag sequence. */
		public double logProbability(int[] tags) {
			double score = starts[tags[0]] + emissions[0][tags[0]];
			for (int i = 1; i < length(); i++) {
				score += transitions[tags[i - 1]][tags[i]] + emissions[i][tags[i]];
			}
			return score / temperature - logTotal;
		}
	}

	/** forward[i][t]: the log of the summed weight of every start of the sentence up to word i ending in tag t. */
	private double[][] forward(double temperature) {
		int tags = starts.length;
		double[][] forward = new double[length()][tags];
		for (int t = 0; t < tags; t++) {
			forward[0][t] = (starts[t] + emissions[0][t]) / temperature;
		}
		double[] terms = new double[tags];
		for (int i = 1; i < length(); i++) {
			for (int t = 0; t < tags; t++) {
				for (int p = 0; p < tags; p++) {
					terms[p] = forward[i - 1][p] + transitions[p][t] / temperature;
				}
				forward[i][t] = logSum(terms) + emissions[i][t] / temperature;
			}
		}
		return forward;
	}

	/** backward[i][t]: the log of the summed weight of every end of the sentence after word i, given tag t at i. */
	private double[][] backward(double temperature) {
		int tags = starts.length;
		double[][] backward = new double[length()][tags];
		double[] terms = new double[tags];
		for (int i = length() - 2; i >= 0; i--) {
			for (int p = 0; p < tags; p++) {
				for (int t = 0; t < tags; t++) {
					terms[t] = (transitions[p][t] + emissions[i + 1][t]) / temperature + backward[i + 1][t];
				}
				backward[i][p] = logSum(terms);
			}
		}
		return backward;
	}

	private static double logSum(double[] values) {
		double max = Double.NEGATIVE_INFINITY;
		for (double value : values) {
			max = Math.max(max, value);
		}
		double sum = 0;
		for (double value : values) {
			sum += Math.exp(value - max);
		}
		return max + Math.log(sum);
	}
}
