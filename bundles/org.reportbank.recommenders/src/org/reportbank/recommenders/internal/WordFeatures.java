package org.reportbank.recommenders.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import com.hankcs.hanlp.model.perceptron.feature.FeatureMap;
import com.hankcs.hanlp.model.perceptron.instance.Instance;

/**
 * The features of each word of a sentence for the perceptron, as ids of a HanLP feature map.
 *
 * <p>
 * What a word is judged by: the words two before to two after it and their parts of speech; the
 * pairs it forms with the word before and after, and the same for parts of speech; the shape of
 * the word (its last character and last two, its first, its length), since the organizations of
 * the genre say what they are in their last characters (局, 委, 法院, 街道, 镇) and open with a
 * place or a level (区, 县, 市); the last character of the word before and the first of the word
 * after; and whether the word lies in a name the team labeled elsewhere ({@link KnownNames}),
 * alone, with the word's last character, and for the next word.
 *
 * <p>
 * A feature is named by a string (so a stored model says what it learned), and building that
 * string is what HanLP's own instances spend most of their time on. Here the ids of every feature
 * that depends on one word (or one part of speech, or one mark) are kept per word the first
 * time it is seen, so a known word costs one lookup; only the word pairs are named each time.
 */
public final class WordFeatures {

	/** Looks a feature name up: its id, a new id while training, or -1 for a feature a trained model does not have. */
	public interface Ids {
		int idOf(String feature);
	}

	/** Stands for the words before the first and after the last; no text holds these characters. */
	private static final String BEGIN = "\u0002";
	private static final String END = "\u0003";
	/** A cache is dropped and begun again past this many entries, so a long run's memory stays bounded. */
	private static final int MOST_CACHED = 200_000;

	// the features of one word, by where the word stands relative to the one judged
	private static final String[] WORD_TEMPLATES = { "w-2", "w-1", "w0", "w+1", "w+2", "s1", "s2", "p1", "len", "ps1", "np1" };
	private static final int W0 = 2;
	private static final int LAST1 = 5;
	private static final int AS_PREVIOUS = 9;
	private static final int AS_NEXT = 10;
	private static final String[] WORD_PAIR_TEMPLATES = { "ww-1", "ww+1" };
	private static final String[] POS_TEMPLATES = { "t-2", "t-1", "t0", "t+1", "t+2" };
	private static final String[] MARK_TEMPLATES = { "kn", "nkn" };

	/** Features per word, the transition's slot not counted. */
	private static final int FEATURES = 23;

	private final Ids ids;
	private final Map<String, int[]> words = new HashMap<>();
	private final Map<Long, Integer> wordPairs = new HashMap<>();
	private int wordsNumbered;
	private final Map<String, int[]> partsOfSpeech = new HashMap<>();
	private final Map<String, int[]> marks = new HashMap<>();
	private final Map<String, Map<String, Integer>> posPairs = new HashMap<>();
	private final Map<String, Map<String, Integer>> markEndings = new HashMap<>();

	public WordFeatures(Ids ids) {
		this.ids = ids;
	}

	/** The ids of a HanLP feature map; HanLP's immutable map already answers -1 for a feature it lacks. */
	public static WordFeatures of(FeatureMap map) {
		return new WordFeatures(map::idOf);
	}

	/**
	 * The sentence's features, a row per word with the transition's slot last (HanLP's decoder
	 * and the training loop fill it), and its tags (zeros for a sentence to be tagged).
	 */
	public Instance instance(String[] words, String[] pos, String[] known, int[] tags) {
		int[][] rows = new int[words.length][];
		int[][] wordIds = new int[words.length + 4][];
		int[][] posIds = new int[words.length + 4][];
		int[][] markIds = new int[words.length + 1][];
		wordIds[0] = wordIds[1] = word(BEGIN);
		wordIds[words.length + 2] = wordIds[words.length + 3] = word(END);
		posIds[0] = posIds[1] = partOfSpeech(BEGIN);
		posIds[words.length + 2] = posIds[words.length + 3] = partOfSpeech(END);
		markIds[words.length] = mark(END);
		for (int i = 0; i < words.length; i++) {
			wordIds[i + 2] = word(words[i]);
			posIds[i + 2] = partOfSpeech(pos[i]);
			markIds[i] = mark(known[i]);
		}
		for (int i = 0; i < words.length; i++) {
			int at = i + 2;
			int[] row = new int[FEATURES + 1];
			int n = 0;
			for (int offset = -2; offset <= 2; offset++) {
				row[n++] = wordIds[at + offset][W0 + offset];
				row[n++] = posIds[at + offset][2 + offset];
			}
			for (int shape = LAST1; shape < AS_PREVIOUS; shape++) {
				row[n++] = wordIds[at][shape];
			}
			row[n++] = wordIds[at - 1][AS_PREVIOUS];
			row[n++] = wordIds[at + 1][AS_NEXT];
			row[n++] = markIds[i][0];
			row[n++] = markIds[i + 1][1];
			String previous = i > 0 ? words[i - 1] : BEGIN;
			String next = i + 1 < words.length ? words[i + 1] : END;
			row[n++] = wordPair(0, previous, wordIds[at - 1], words[i], wordIds[at]);
			row[n++] = wordPair(1, words[i], wordIds[at], next, wordIds[at + 1]);
			row[n++] = pair(posPairs, "tt-1", i > 0 ? pos[i - 1] : BEGIN, pos[i]);
			row[n++] = pair(posPairs, "tt+1", pos[i], i + 1 < words.length ? pos[i + 1] : END);
			row[n++] = pair(markEndings, "kns", known[i], last(words[i], 1));
			row[n] = 0; // the transition, set while decoding and learning
			rows[i] = row;
		}
		return new Features(rows, tags);
	}

	/** The word's feature ids by template, and last the word's own number for {@link #wordPairs}. */
	private int[] word(String word) {
		int[] cached = words.get(word);
		if (cached == null) {
			String[] atoms = { word, word, word, word, word, last(word, 1), last(word, 2), word.substring(0, Math.min(1, word.length())),
					Integer.toString(Math.min(word.length(), 5)), last(word, 1), word.substring(0, Math.min(1, word.length())) };
			cached = Arrays.copyOf(named(WORD_TEMPLATES, atoms), WORD_TEMPLATES.length + 1);
			cached[WORD_TEMPLATES.length] = wordsNumbered++; // never reused, so a pair's key always means the same two words
			remember(words, word, cached);
		}
		return cached;
	}

	/** The id of a pair of neighbouring words, kept by the two words' numbers. */
	private int wordPair(int template, String first, int[] firstIds, String second, int[] secondIds) {
		long key = ((long) firstIds[WORD_TEMPLATES.length] << 32 | secondIds[WORD_TEMPLATES.length]) * 2 + template;
		Integer cached = wordPairs.get(key);
		if (cached == null) {
			cached = ids.idOf(WORD_PAIR_TEMPLATES[template] + '\u0001' + first + '|' + second);
			remember(wordPairs, key, cached);
		}
		return cached;
	}

	private int[] partOfSpeech(String pos) {
		int[] cached = partsOfSpeech.get(pos);
		if (cached == null) {
			cached = named(POS_TEMPLATES, new String[] { pos, pos, pos, pos, pos });
			remember(partsOfSpeech, pos, cached);
		}
		return cached;
	}

	private int[] mark(String mark) {
		int[] cached = marks.get(mark);
		if (cached == null) {
			cached = named(MARK_TEMPLATES, new String[] { mark, mark });
			remember(marks, mark, cached);
		}
		return cached;
	}

	private int pair(Map<String, Map<String, Integer>> cache, String template, String first, String second) {
		Map<String, Integer> byFirst = cache.computeIfAbsent(first, f -> new HashMap<>());
		Integer cached = byFirst.get(second);
		if (cached == null) {
			cached = ids.idOf(template + '\u0001' + first + '|' + second);
			if (byFirst.size() < MOST_CACHED) {
				byFirst.put(second, cached);
			}
		}
		return cached;
	}

	private int[] named(String[] templates, String[] atoms) {
		int[] named = new int[templates.length];
		for (int t = 0; t < templates.length; t++) {
			named[t] = ids.idOf(templates[t] + '\u0001' + atoms[t]);
		}
		return named;
	}

	private static <K, V> void remember(Map<K, V> cache, K key, V value) {
		if (cache.size() >= MOST_CACHED) {
			cache.clear();
		}
		cache.put(key, value);
	}

	private static String last(String word, int count) {
		return word.length() <= count ? word : word.substring(word.length() - count);
	}

	/** An instance whose rows are already feature ids. */
	private static final class Features extends Instance {
		Features(int[][] rows, int[] tags) {
			featureMatrix = rows;
			tagArray = tags;
		}
	}
}
