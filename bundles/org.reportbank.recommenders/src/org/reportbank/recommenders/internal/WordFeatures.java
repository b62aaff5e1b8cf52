package org.reportbank.recommenders.internal;

import java.util.HashMap;
import java.util.Map;

import com.hankcs.hanlp.model.perceptron.instance.Instance;
import com.hankcs.hanlp.model.perceptron.model.LinearModel;

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
 * time it is seen, so a known word costs one lookup; a pair is kept by the numbers of its two
 * halves in a table of plain numbers ({@link PairIds}).
 *
 * <p>
 * Under a trained model, whose weights no longer change, {@link #scores} goes one step further:
 * it keeps per word the summed weights of everything that word adds to itself and to its
 * neighbours, so scoring a word reads a few short rows that stay in the processor's cache
 * instead of one row per feature scattered over the whole model.
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
	/**
	 * Which of a word's templates it adds to the word judged, by where it stands relative to it
	 * (-2 to +2): its own shape only when it is that word, its last character when it comes
	 * just before, its first when just after.
	 */
	private static final int[][] WORD_TEMPLATES_BY_OFFSET = { { 0 }, { 1, AS_PREVIOUS }, { W0, LAST1, 6, 7, 8 }, { 3, AS_NEXT }, { 4 } };
	private static final String[] POS_TEMPLATES = { "t-2", "t-1", "t0", "t+1", "t+2" };
	private static final String[] MARK_TEMPLATES = { "kn", "nkn" };
	/** The pair templates, by their number in a {@link PairIds} key. */
	private static final String[] PAIR_TEMPLATES = { "ww-1", "ww+1", "tt-1", "tt+1", "kns" };
	private static final int WORDS_BEFORE = 0;
	private static final int WORDS_AFTER = 1;
	private static final int POS_BEFORE = 2;
	private static final int POS_AFTER = 3;
	private static final int MARK_ENDING = 4;

	/** Features per word, the transition's slot not counted. */
	private static final int FEATURES = 23;

	/**
	 * A word, part of speech or mark as features see it: its number (never given twice, so a
	 * pair's key always means the same two halves), its features' ids by template and, when
	 * scoring, the weights it adds by offset.
	 */
	private static final class Entry {
		final String text;
		final int number;
		final int[] ids;
		double[] shares;

		Entry(String text, int number, int[] ids) {
			this.text = text;
			this.number = number;
			this.ids = ids;
		}
	}

	private final Ids ids;
	/** The trained model's weights, feature by feature and tag by tag, when this scores sentences; null while a model learns. */
	private final float[] weights;
	private final int tags;
	private final Map<String, Entry> words = new HashMap<>();
	private final Map<String, Entry> partsOfSpeech = new HashMap<>();
	private final Map<String, Entry> marks = new HashMap<>();
	private final PairIds pairs = new PairIds(MOST_CACHED);
	private int numbered;

	/** Features for a model that learns: new features get new ids. */
	public WordFeatures(Ids ids) {
		this(ids, null, 0);
	}

	private WordFeatures(Ids ids, float[] weights, int tags) {
		this.ids = ids;
		this.weights = weights;
		this.tags = tags;
	}

	/** Features and {@link #scores} under a trained model (HanLP's immutable map answers -1 for a feature it lacks). */
	public static WordFeatures scoring(LinearModel model) {
		return new WordFeatures(model.featureMap::idOf, model.parameter, model.featureMap.tagSet.size());
	}

	/**
	 * The sentence's features, a row per word with the transition's slot last (HanLP's decoder
	 * and the training loop fill it), and its tags (zeros for a sentence to be tagged).
	 */
	public Instance instance(String[] words, String[] pos, String[] known, int[] tags) {
		Sentence sentence = new Sentence(words, pos, known);
		int[][] rows = new int[words.length][];
		for (int i = 0; i < words.length; i++) {
			int at = i + 2;
			int[] row = new int[FEATURES + 1];
			int n = 0;
			for (int offset = -2; offset <= 2; offset++) {
				row[n++] = sentence.words[at + offset].ids[W0 + offset];
				row[n++] = sentence.pos[at + offset].ids[2 + offset];
			}
			for (int shape = LAST1; shape < AS_PREVIOUS; shape++) {
				row[n++] = sentence.words[at].ids[shape];
			}
			row[n++] = sentence.words[at - 1].ids[AS_PREVIOUS];
			row[n++] = sentence.words[at + 1].ids[AS_NEXT];
			row[n++] = sentence.marks[i].ids[0];
			row[n++] = sentence.marks[i + 1].ids[1];
			for (int pair = 0; pair < PAIR_TEMPLATES.length; pair++) {
				row[n++] = sentence.pair(pair, i);
			}
			row[n] = 0; // the transition, set while decoding and learning
			rows[i] = row;
		}
		return new Features(rows, tags);
	}

	/**
	 * The per-tag scores of each word of a sentence under the trained model: for each word, the
	 * sum of the weights of the features {@link #instance} gives it (the transition left out).
	 */
	public double[][] scores(String[] words, String[] pos, String[] known) {
		if (weights == null) {
			throw new IllegalStateException("a model that still learns has no fixed scores; make these features with scoring(model)");
		}
		Sentence sentence = new Sentence(words, pos, known);
		double[][] scores = new double[words.length][];
		for (int i = 0; i < words.length; i++) {
			int at = i + 2;
			double[] row = new double[tags];
			for (int offset = -2; offset <= 2; offset++) {
				addRow(row, shares(sentence.words[at + offset], WORD_TEMPLATES_BY_OFFSET), (offset + 2) * tags);
				addRow(row, shares(sentence.pos[at + offset], null), (offset + 2) * tags);
			}
			addRow(row, shares(sentence.marks[i], null), 0);
			addRow(row, shares(sentence.marks[i + 1], null), tags);
			for (int pair = 0; pair < PAIR_TEMPLATES.length; pair++) {
				addWeights(row, 0, sentence.pair(pair, i));
			}
			scores[i] = row;
		}
		return scores;
	}

	/** A sentence's words, parts of speech and marks looked up once, two places of padding on each side of the words. */
	private final class Sentence {
		final Entry[] words;
		final Entry[] pos;
		final Entry[] marks;
		final String[] texts;

		Sentence(String[] texts, String[] pos, String[] known) {
			int n = texts.length;
			this.texts = texts;
			words = new Entry[n + 4];
			this.pos = new Entry[n + 4];
			marks = new Entry[n + 1];
			words[0] = words[1] = word(BEGIN);
			words[n + 2] = words[n + 3] = word(END);
			this.pos[0] = this.pos[1] = partOfSpeech(BEGIN);
			this.pos[n + 2] = this.pos[n + 3] = partOfSpeech(END);
			marks[n] = mark(END);
			for (int i = 0; i < n; i++) {
				words[i + 2] = word(texts[i]);
				this.pos[i + 2] = partOfSpeech(pos[i]);
				marks[i] = mark(known[i]);
			}
		}

		/** The id of one of the pair features of word i. */
		int pair(int template, int i) {
			int at = i + 2;
			return switch (template) {
			case WORDS_BEFORE -> pairId(template, words[at - 1], words[at]);
			case WORDS_AFTER -> pairId(template, words[at], words[at + 1]);
			case POS_BEFORE -> pairId(template, pos[at - 1], pos[at]);
			case POS_AFTER -> pairId(template, pos[at], pos[at + 1]);
			default -> markEnding(marks[i], texts[i]);
			};
		}
	}

	private int pairId(int template, Entry first, Entry second) {
		long key = PairIds.key(template, first.number, second.number);
		int id = pairs.get(key);
		if (id == PairIds.ABSENT) {
			id = ids.idOf(PAIR_TEMPLATES[template] + '\u0001' + first.text + '|' + second.text);
			pairs.put(key, id);
		}
		return id;
	}

	/** The mark with the word's last character, kept by the mark's number and the character. */
	private int markEnding(Entry mark, String word) {
		String ending = last(word, 1);
		int character = ending.isEmpty() ? 0 : ending.charAt(0); // an empty word (never seen) shares its key with the character 0, which no text holds
		long key = PairIds.key(MARK_ENDING, mark.number, character);
		int id = pairs.get(key);
		if (id == PairIds.ABSENT) {
			id = ids.idOf(PAIR_TEMPLATES[MARK_ENDING] + '\u0001' + mark.text + '|' + ending);
			pairs.put(key, id);
		}
		return id;
	}

	/** The word's feature ids by template. */
	private Entry word(String word) {
		Entry cached = words.get(word);
		if (cached == null) {
			String first = word.substring(0, Math.min(1, word.length()));
			String[] atoms = { word, word, word, word, word, last(word, 1), last(word, 2), first,
					Integer.toString(Math.min(word.length(), 5)),
					last(word, 1), first };
			cached = new Entry(word, numbered++, named(WORD_TEMPLATES, atoms));
			remember(words, word, cached);
		}
		return cached;
	}

	private Entry partOfSpeech(String pos) {
		Entry cached = partsOfSpeech.get(pos);
		if (cached == null) {
			cached = new Entry(pos, numbered++, named(POS_TEMPLATES, new String[] { pos, pos, pos, pos, pos }));
			remember(partsOfSpeech, pos, cached);
		}
		return cached;
	}

	private Entry mark(String mark) {
		Entry cached = marks.get(mark);
		if (cached == null) {
			cached = new Entry(mark, numbered++, named(MARK_TEMPLATES, new String[] { mark, mark }));
			remember(marks, mark, cached);
		}
		return cached;
	}

	/**
	 * What an entry adds to the word judged, a row of a weight per tag for each of its places:
	 * for a word, by its offset from the word judged, summing the templates given for each
	 * offset; for a part of speech by offset and for a mark by template, one template each.
	 */
	private double[] shares(Entry entry, int[][] templatesByPlace) {
		if (entry.shares == null) {
			int places = templatesByPlace == null ? entry.ids.length : templatesByPlace.length;
			double[] shares = new double[places * tags];
			for (int place = 0; place < places; place++) {
				if (templatesByPlace == null) {
					addWeights(shares, place * tags, entry.ids[place]);
				} else {
					for (int template : templatesByPlace[place]) {
						addWeights(shares, place * tags, entry.ids[template]);
					}
				}
			}
			entry.shares = shares;
		}
		return entry.shares;
	}

	private void addWeights(double[] row, int from, int feature) {
		if (feature >= 0) {
			int base = feature * tags;
			for (int t = 0; t < tags; t++) {
				row[from + t] += weights[base + t];
			}
		}
	}

	private void addRow(double[] row, double[] shares, int from) {
		for (int t = 0; t < tags; t++) {
			row[t] += shares[from + t];
		}
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
