package org.reportbank.recommenders.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.reportbank.recommenders.internal.SentenceScores;

/**
 * The confidences and the decoder checked against brute force: on a short sentence every tag
 * sequence can be listed, its weight exp(score / temperature) summed, and the best one found.
 */
class SentenceScoresTest {

	private static final int TAGS = 4;
	private static final int WORDS = 5;

	@Test
	void spanProbabilitiesAndTheBestSequenceAreThoseOfEverySequenceListed() {
		Random random = new Random(7);
		for (int round = 0; round < 20; round++) {
			SentenceScores scores = randomScores(random, 1 + random.nextInt(30));
			for (double temperature : new double[] { 0.5, 3, 40 }) {
				SentenceScores.Tempered tempered = scores.at(temperature);
				int[] tags = random.ints(WORDS, 0, TAGS).toArray();
				int first = random.nextInt(WORDS);
				int last = first + random.nextInt(WORDS - first);
				assertEquals(bruteForce(scores, temperature, tags, first, last), tempered.probability(tags, first, last), 1e-9,
						"span " + first + ".." + last + " at temperature " + temperature);
				assertEquals(logProbability(scores, temperature, tags), tempered.logProbability(tags), 1e-9);
			}
			assertArrayEquals(bestByBruteForce(scores), scores.bestTags());
		}
	}

	@Test
	void aTemperatureSoLowThatScalingUnderflowsGivesTheSameProbabilities() {
		Random random = new Random(11);
		SentenceScores scores = randomScores(random, 1000);
		int[] best = scores.bestTags();
		// scores that differ by hundreds, divided by 0.1: every exponential but the largest is 0
		SentenceScores.Tempered tempered = scores.at(0.1);
		assertEquals(1, tempered.probability(best, 0, WORDS - 1), 1e-9, "the best sequence takes all the mass");
		int[] other = best.clone();
		other[2] = (other[2] + 1) % TAGS;
		assertEquals(0, tempered.probability(other, 0, WORDS - 1), 1e-9);
	}

	private static SentenceScores randomScores(Random random, double spread) {
		double[][] emissions = new double[WORDS][TAGS];
		double[][] transitions = new double[TAGS][TAGS];
		double[] starts = new double[TAGS];
		for (int i = 0; i < WORDS; i++) {
			for (int t = 0; t < TAGS; t++) {
				emissions[i][t] = random.nextGaussian() * spread;
			}
		}
		for (int p = 0; p < TAGS; p++) {
			starts[p] = random.nextGaussian() * spread;
			for (int t = 0; t < TAGS; t++) {
				transitions[p][t] = random.nextGaussian() * spread;
			}
		}
		return new SentenceScores(emissions, transitions, starts);
	}

	/** The summed probability of every sequence that has the given tags from first to last. */
	private static double bruteForce(SentenceScores scores, double temperature, int[] tags, int first, int last) {
		double total = 0;
		double matching = 0;
		double best = Double.NEGATIVE_INFINITY;
		for (int[] sequence : sequences()) {
			best = Math.max(best, scores.score(sequence));
		}
		for (int[] sequence : sequences()) {
			double weight = Math.exp((scores.score(sequence) - best) / temperature);
			total += weight;
			boolean agrees = true;
			for (int i = first; i <= last; i++) {
				agrees &= sequence[i] == tags[i];
			}
			matching += agrees ? weight : 0;
		}
		return matching / total;
	}

	/** The logarithm of a whole sequence's probability, summed so that even an unlikely one stays finite. */
	private static double logProbability(SentenceScores scores, double temperature, int[] tags) {
		double best = Double.NEGATIVE_INFINITY;
		for (int[] sequence : sequences()) {
			best = Math.max(best, scores.score(sequence));
		}
		double total = 0;
		for (int[] sequence : sequences()) {
			total += Math.exp((scores.score(sequence) - best) / temperature);
		}
		return (scores.score(tags) - best) / temperature - Math.log(total);
	}

	private static int[] bestByBruteForce(SentenceScores scores) {
		int[] best = null;
		for (int[] sequence : sequences()) {
			if (best == null || scores.score(sequence) > scores.score(best)) {
				best = sequence;
			}
		}
		return best;
	}

	private static Iterable<int[]> sequences() {
		int count = (int) Math.pow(TAGS, WORDS);
		return () -> IntStream.range(0, count).mapToObj(n -> {
			int[] sequence = new int[WORDS];
			for (int i = 0, rest = n; i < WORDS; i++, rest /= TAGS) {
				sequence[i] = rest % TAGS;
			}
			return sequence;
		}).iterator();
	}
}
