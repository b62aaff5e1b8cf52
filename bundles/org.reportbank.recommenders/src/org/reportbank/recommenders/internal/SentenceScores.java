package org.reportbank.recommenders.internal;

import java.util.Arrays;

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

	private static final double NEGLIGIBLE = 40;

	private final double[][] emissions;
	private final Chain chain;

	/**
	 * The scores every sentence shares under a model: from each tag to each tag, and at the
	 * start per tag. Their exponentials under a temperature are worked out once, not once per
	 * sentence.
	 */
	public static final class Chain {
		private final double[][] transitions;
		private final double[] starts;
		private final double transitionMax;
		/** How far apart two transitions can be: a previous tag that far behind the best one cannot be the best way into any tag. */
		private final double transitionSpread;
		private volatile Exponentials exponentials;

		private record Exponentials(double temperature, double[][] transitions, double[] starts) {
		}

		public Chain(double[][] transitions, double[] starts) {
			this.transitions = transitions;
			this.starts = starts;
			double largest = Double.NEGATIVE_INFINITY;
			double smallest = Double.POSITIVE_INFINITY;
			for (double[] row : transitions) {
				for (double value : row) {
					largest = Math.max(largest, value);
					smallest = Math.min(smallest, value);
				}
			}
			this.transitionMax = largest;
			this.transitionSpread = largest - smallest;
		}

		/**
		 * The model's transitions as they are now. HanLP keeps the transition in the last slot of
		 * a word's features, a feature whose id is the previous tag (the start of the sentence has
		 * one of its own), so a transition's weight sits where that feature's weight for the tag
		 * does.
		 */
		public static Chain of(LinearModel model) {
			int tags = model.featureMap.tagSet.size();
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
			return new Chain(transitions, starts);
		}

		private Exponentials at(double temperature) {
			Exponentials known = exponentials;
			if (known == null || known.temperature() != temperature) {
				double[][] transition = new double[transitions.length][];
				for (int p = 0; p < transitions.length; p++) {
					transition[p] = exponentials(transitions[p], transitionMax, temperature);
				}
				known = new Exponentials(temperature, transition, exponentials(starts, max(starts), temperature));
				exponentials = known;
			}
			return known;
		}
	}

	/** Scores given directly: each word's per tag, from each tag to each tag, and at the start per tag. */
	public SentenceScores(double[][] emissions, double[][] transitions, double[] starts) {
		this(emissions, new Chain(transitions, starts));
	}

	private SentenceScores(double[][] emissions, Chain chain) {
		this.emissions = emissions;
		this.chain = chain;
	}

	/** The instance's scores under the model as it is now (while it learns, its weights change from one sentence to the next). */
	public static SentenceScores of(LinearModel model, Instance instance) {
		return of(Chain.of(model), model, instance);
	}

	/** The instance's scores under a trained model whose chain was read once. */
	public static SentenceScores of(Chain chain, LinearModel model, Instance instance) {
		int tags = model.featureMap.tagSet.size();
		double[][] emissions = new double[instance.length()][];
		for (int i = 0; i < emissions.length; i++) {
			emissions[i] = emissions(model, instance.getFeatureAt(i), tags);
		}
		return new SentenceScores(emissions, chain);
	}

	/** Scores worked out already, each word's per tag, under a trained model's chain. */
	public static SentenceScores of(Chain chain, double[][] emissions) {
		return new SentenceScores(emissions, chain);
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

	/**
	 * The tags of the best-scoring sequence (Viterbi). HanLP's own decoder sums every feature of
	 * a word again for each pair of previous and current tag; here a word's features are summed
	 * once per tag, which makes decoding many times faster with the same result.
	 */
	public int[] bestTags() {
		if (length() == 0) {
			return new int[0];
		}
		int tags = chain.starts.length;
		int[][] previous = new int[length()][tags];
		double[] score = new double[tags];
		double[] next = new double[tags];
		for (int t = 0; t < tags; t++) {
			score[t] = chain.starts[t] + emissions[0][t];
		}
		int[] candidates = new int[tags];
		for (int i = 1; i < length(); i++) {
			double top = max(score);
			int count = 0;
			for (int p = 0; p < tags; p++) {
				if (score[p] + chain.transitionSpread >= top) { // the others lose to the top tag whatever comes next
					candidates[count++] = p;
				}
			}
			for (int t = 0; t < tags; t++) {
				double best = Double.NEGATIVE_INFINITY;
				int from = 0;
				for (int c = 0; c < count; c++) {
					int p = candidates[c];
					double candidate = score[p] + chain.transitions[p][t];
					if (candidate > best) {
						best = candidate;
						from = p;
					}
				}
				next[t] = best + emissions[i][t];
				previous[i][t] = from;
			}
			double[] swap = score;
			score = next;
			next = swap;
		}
		int[] best = new int[length()];
		for (int t = 1; t < tags; t++) {
			if (score[t] > score[best[length() - 1]]) {
				best[length() - 1] = t;
			}
		}
		for (int i = length() - 1; i > 0; i--) {
			best[i - 1] = previous[i][best[i]];
		}
		return best;
	}

	/** The score of a whole tag sequence: what the decoder maximizes. */
	public double score(int[] tags) {
		double score = chain.starts[tags[0]] + emissions[0][tags[0]];
		for (int i = 1; i < length(); i++) {
			score += chain.transitions[tags[i - 1]][tags[i]] + emissions[i][tags[i]];
		}
		return score;
	}

	/** The distribution under one temperature: the higher, the more even. */
	public Tempered at(double temperature) {
		return new Tempered(temperature);
	}

	/**
	 * The sentence's distribution under a temperature, with its forward and backward sums worked
	 * out once. They are kept as probabilities scaled to sum to one at each word (Rabiner's
	 * scaling), which needs no logarithm or exponential in the inner loop; where the scaling
	 * underflows (a very low temperature), the sums are taken in logarithms instead.
	 */
	public final class Tempered {
		private final double temperature;
		private final double[][] transition;
		private final double[][] emission;
		private final double[][] forward;
		private final double[] scale;
		private double[][] backward;
		private final boolean scaled;
		private double[][] logForward;
		private double[][] logBackward;

		private Tempered(double temperature) {
			this.temperature = temperature;
			int tags = chain.starts.length;
			Chain.Exponentials shared = chain.at(temperature);
			transition = shared.transitions();
			emission = new double[length()][];
			for (int i = 0; i < length(); i++) {
				emission[i] = exponentials(emissions[i], max(emissions[i]), temperature);
			}
			double[] start = shared.starts();
			forward = new double[length()][tags];
			scale = new double[length()];
			for (int t = 0; t < tags; t++) {
				forward[0][t] = start[t] * emission[0][t];
			}
			boolean finite = normalize(0);
			for (int i = 1; i < length() && finite; i++) {
				for (int p = 0; p < tags; p++) {
					double mass = forward[i - 1][p];
					if (mass > 0) {
						for (int t = 0; t < tags; t++) {
							forward[i][t] += mass * transition[p][t];
						}
					}
				}
				for (int t = 0; t < tags; t++) {
					forward[i][t] *= emission[i][t];
				}
				finite = normalize(i);
			}
			scaled = finite;
			if (!scaled) {
				logForward = SentenceScores.this.forward(temperature);
			}
		}

		private boolean normalize(int i) {
			double sum = 0;
			for (double value : forward[i]) {
				sum += value;
			}
			scale[i] = sum;
			if (!(sum > 0) || Double.isInfinite(sum)) {
				return false;
			}
			for (int t = 0; t < forward[i].length; t++) {
				forward[i][t] /= sum;
			}
			return true;
		}

		/** The probability that words {@code first} to {@code last} carry exactly the given tags (tags[first..last]). */
		public double probability(int[] tags, int first, int last) {
			if (!scaled) {
				return logSpaceProbability(tags, first, last);
			}
			if (backward == null) {
				backward = backward();
			}
			double probability = forward[first][tags[first]];
			for (int i = first + 1; i <= last; i++) {
				probability *= transition[tags[i - 1]][tags[i]] * emission[i][tags[i]] / scale[i];
			}
			return Math.min(1, probability * backward[last][tags[last]]);
		}

		/** The logarithm of the probability of the whole tag sequence. */
		public double logProbability(int[] tags) {
			return score(tags) / temperature - logTotal();
		}

		/** The logarithm of the summed weight of all sequences, in the same units as a sequence's score ÷ temperature. */
		private double logTotal() {
			if (!scaled) {
				return logSum(logForward[length() - 1]);
			}
			// the scaled sums left out each word's largest emission, each largest transition and the largest start
			double total = max(chain.starts) / temperature;
			for (int i = 0; i < length(); i++) {
				total += Math.log(scale[i]) + max(emissions[i]) / temperature + (i > 0 ? chain.transitionMax / temperature : 0);
			}
			return total;
		}

		private double[][] backward() {
			int tags = chain.starts.length;
			double[][] backward = new double[length()][tags];
			Arrays.fill(backward[length() - 1], 1);
			for (int i = length() - 2; i >= 0; i--) {
				for (int p = 0; p < tags; p++) {
					double sum = 0;
					for (int t = 0; t < tags; t++) {
						sum += transition[p][t] * emission[i + 1][t] * backward[i + 1][t];
					}
					backward[i][p] = sum / scale[i + 1];
				}
			}
			return backward;
		}

		private double logSpaceProbability(int[] tags, int first, int last) {
			if (logBackward == null) {
				logBackward = SentenceScores.this.backward(temperature);
			}
			double log = logForward[first][tags[first]];
			for (int i = first + 1; i <= last; i++) {
				log += (chain.transitions[tags[i - 1]][tags[i]] + emissions[i][tags[i]]) / temperature;
			}
			return Math.min(1, Math.exp(log + logBackward[last][tags[last]] - logSum(logForward[length() - 1])));
		}
	}

	/** exp((score - largest) / temperature) of each score: at most 1, so nothing overflows. */
	private static double[] exponentials(double[] scores, double largest, double temperature) {
		double[] result = new double[scores.length];
		for (int t = 0; t < scores.length; t++) {
			result[t] = Math.exp((scores[t] - largest) / temperature);
		}
		return result;
	}

	private static double max(double[] values) {
		double max = Double.NEGATIVE_INFINITY;
		for (double value : values) {
			max = Math.max(max, value);
		}
		return max;
	}

	/** forward[i][t]: the log of the summed weight of every start of the sentence up to word i ending in tag t. */
	private double[][] forward(double temperature) {
		int tags = chain.starts.length;
		double[][] forward = new double[length()][tags];
		for (int t = 0; t < tags; t++) {
			forward[0][t] = (chain.starts[t] + emissions[0][t]) / temperature;
		}
		double[] terms = new double[tags];
		for (int i = 1; i < length(); i++) {
			for (int t = 0; t < tags; t++) {
				for (int p = 0; p < tags; p++) {
					terms[p] = forward[i - 1][p] + chain.transitions[p][t] / temperature;
				}
				forward[i][t] = logSum(terms) + emissions[i][t] / temperature;
			}
		}
		return forward;
	}

	/** backward[i][t]: the log of the summed weight of every end of the sentence after word i, given tag t at i. */
	private double[][] backward(double temperature) {
		int tags = chain.starts.length;
		double[][] backward = new double[length()][tags];
		double[] terms = new double[tags];
		for (int i = length() - 2; i >= 0; i--) {
			for (int p = 0; p < tags; p++) {
				for (int t = 0; t < tags; t++) {
					terms[t] = (chain.transitions[p][t] + emissions[i + 1][t]) / temperature + backward[i + 1][t];
				}
				backward[i][p] = logSum(terms);
			}
		}
		return backward;
	}

	/**
	 * log(sum(exp(values))). Terms more than {@link #NEGLIGIBLE} below the largest add less than
	 * e^-40 of it and are skipped, which spares most of the exponentials: a word's mass sits on a
	 * few tags.
	 */
	private static double logSum(double[] values) {
		double max = Double.NEGATIVE_INFINITY;
		for (double value : values) {
			max = Math.max(max, value);
		}
		double sum = 0;
		for (double value : values) {
			if (value > max - NEGLIGIBLE) {
				sum += Math.exp(value - max);
			}
		}
		return max + Math.log(sum);
	}
}
