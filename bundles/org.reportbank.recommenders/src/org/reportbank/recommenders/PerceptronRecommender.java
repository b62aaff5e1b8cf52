package org.reportbank.recommenders;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.WeakHashMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.reportbank.nlp.hanlp.HanlpTokenizer;
import org.reportbank.recommenders.internal.BioTags;
import org.reportbank.recommenders.internal.BioTags.TaggedSpan;
import org.reportbank.nlp.hanlp.Token;
import org.reportbank.recommenders.internal.KnownNames;
import org.reportbank.recommenders.internal.ModelJson;
import org.reportbank.recommenders.internal.SentenceScores;
import org.reportbank.recommenders.internal.Temperature;
import org.reportbank.recommenders.internal.TokenSequences;
import org.reportbank.recommenders.internal.WordFeatures;
import org.reportbank.recommenders.internal.TokenSequences.Alignment;
import org.reportbank.recommenders.internal.TokenSequences.Sentence;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.hankcs.hanlp.model.perceptron.feature.FeatureMap;
import com.hankcs.hanlp.model.perceptron.feature.ImmutableFeatureMap;
import com.hankcs.hanlp.model.perceptron.feature.MutableFeatureMap;
import com.hankcs.hanlp.model.perceptron.instance.Instance;
import com.hankcs.hanlp.model.perceptron.model.AveragedPerceptron;
import com.hankcs.hanlp.model.perceptron.model.LinearModel;
import com.hankcs.hanlp.model.perceptron.tagset.NERTagSet;

/**
 * The {@code perceptron} recommender: HanLP's structured perceptron for named entities, trained in
 * memory on the team's spans over HanLP's words. It learns from the words around a name, their
 * parts of speech and the shape of the name's own words ({@link WordFeatures}), so it can
 * suggest names it never saw, which the string matcher cannot.
 *
 * <p>HanLP's entity tag set gives a one-word entity a bare {@code S} tag; here every label has
 * its own B and I tags ({@link BioTags}), so one-word spans keep their label. A span whose
 * edge falls inside a word has that word split at training; how many were split or left out is
 * told by {@link TrainedModel#trainingNotes()}. Training is the averaged perceptron HanLP's own
 * trainer uses on one thread, with the instances shuffled by a fixed seed, so the same data makes
 * the same model. A suggestion's confidence is the probability that its words carry its tags when
 * the sentence's scores are read as a linear-chain distribution ({@link SentenceScores}), with the
 * scores divided by a temperature fitted after training ({@link Temperature}).
 */
public final class PerceptronRecommender implements Recommender {

	public static final String NAME = "perceptron";
	public static final int DEFAULT_ITERATIONS = 10;
	private static final long SHUFFLE_SEED = 20261205L;

	private final int iterations;
	/** HanLP's words of the texts seen, so that cross-validation, training a model per round, segments each text once. */
	private final Words words = new Words();

	public PerceptronRecommender() {
		this(DEFAULT_ITERATIONS);
	}

	public PerceptronRecommender(int iterations) {
		if (iterations < 1) {
			throw new IllegalArgumentException("at least one pass over the data, not " + iterations);
		}
		this.iterations = iterations;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public TrainedModel train(TrainingData data, IProgressMonitor monitor) throws RecommenderException {
		if (data.spanCount() == 0) {
			throw new NotEnoughTrainingDataException("no spans of " + String.join(", ", data.labels()) + " to learn from in "
					+ data.reports().size() + " reports", 0, data.reports().size());
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Training the perceptron", data.reports().size() + 2 * iterations);
		NERTagSet tagSet = tagSet(data.labels());
		MutableFeatureMap features = new MutableFeatureMap(tagSet);
		WordFeatures wordFeatures = new WordFeatures(features::idOf);
		KnownNames known = KnownNames.of(data.reports());
		Set<String> namePrefixes = KnownNames.prefixes(known.all().keySet());
		Alignment alignment = new Alignment();
		List<List<Instance>> byReport = new ArrayList<>();
		for (TrainingReport report : data.reports()) {
			progress.checkCanceled();
			List<Instance> ofReport = new ArrayList<>();
			List<LabeledSpan> spans = TokenSequences.taggable(report.spans(), alignment);
			Map<String, String> othersNames = known.without(report.id());
			for (Sentence sentence : TokenSequences.of(report.text(), words.of(report.text()), spans, alignment)) {
				ofReport.add(wordFeatures.instance(sentence.words(), sentence.pos(), KnownNames.mark(sentence, othersNames, namePrefixes),
						tagIds(tagSet, BioTags.encode(sentence, spans))));
			}
			byReport.add(ofReport);
			progress.worked(1);
		}
		tagSet.lock();
		ImmutableFeatureMap featureMap = new ImmutableFeatureMap(features.featureIdMap, tagSet);
		AveragedPerceptron model = new AveragedPerceptron(featureMap);
		learn(model, byReport.stream().flatMap(List::stream).toList(), progress.split(iterations));
		double temperature = calibrate(featureMap, byReport, progress.split(iterations));
		return new Model(Provenance.of(NAME, data), model, temperature, features.featureIdMap, known.all(), alignment, words);
	}

	/**
	 * The temperature for the model's confidences, fitted on half the reports under a model
	 * trained on the other half: fitted on the sentences the model learned from, it would say
	 * the model is always right (it nearly always is, there). A single report is halved by
	 * sentences instead.
	 */
	private double calibrate(ImmutableFeatureMap featureMap, List<List<Instance>> byReport, IProgressMonitor monitor) {
		List<Instance> learnFrom = new ArrayList<>();
		List<Instance> judge = new ArrayList<>();
		List<List<Instance>> halves = byReport.size() >= 2 ? byReport : byReport.get(0).stream().map(List::of).toList();
		for (int i = 0; i < halves.size(); i++) {
			(i % 2 == 0 ? learnFrom : judge).addAll(halves.get(i));
		}
		if (learnFrom.isEmpty() || judge.isEmpty()) {
			return 1;
		}
		AveragedPerceptron half = new AveragedPerceptron(featureMap);
		learn(half, learnFrom, monitor);
		return Temperature.fit(half, judge);
	}

	private static int[] tagIds(NERTagSet tagSet, String[] tags) {
		int[] ids = new int[tags.length];
		for (int i = 0; i < tags.length; i++) {
			ids[i] = tagSet.idOf(tags[i]);
			if (ids[i] < 0) {
				throw new IllegalStateException("no tag " + tags[i] + " in the tag set");
			}
		}
		return ids;
	}

	/** Every label's B and I tags after O, in the labels' order. */
	private static NERTagSet tagSet(List<String> labels) {
		NERTagSet tagSet = new NERTagSet();
		for (String label : labels) {
			BioTags.of(label).forEach(tagSet::add);
			tagSet.nerLabels.add(label);
		}
		return tagSet;
	}

	/** Collins' averaged perceptron over the instances: a weight moves when the decoded tags differ from the gold ones. */
	private void learn(AveragedPerceptron model, List<Instance> instances, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, iterations);
		int tags = model.featureMap.tagSet.size();
		int bos = model.featureMap.tagSet.bosId();
		double[] total = new double[model.parameter.length];
		int[] timestamp = new int[model.parameter.length];
		int step = 0;
		List<Instance> order = new ArrayList<>(instances);
		Random random = new Random(SHUFFLE_SEED);
		for (int pass = 0; pass < iterations; pass++) {
			java.util.Collections.shuffle(order, random);
			for (Instance instance : order) {
				progress.checkCanceled();
				step++;
				int[] guess = SentenceScores.of(model, instance).bestTags();
				for (int i = 0; i < instance.length(); i++) {
					if (guess[i] == instance.tagArray[i] && (i == 0 || guess[i - 1] == instance.tagArray[i - 1])) {
						continue; // the same features would be added and taken away again
					}
					int[] features = instance.getFeatureAt(i);
					int[] gold = new int[features.length];
					int[] predicted = new int[features.length];
					int transition = features.length - 1;
					for (int j = 0; j < transition; j++) {
						gold[j] = features[j] * tags + instance.tagArray[i];
						predicted[j] = features[j] * tags + guess[i];
					}
					gold[transition] = (i == 0 ? bos : instance.tagArray[i - 1]) * tags + instance.tagArray[i];
					predicted[transition] = (i == 0 ? bos : guess[i - 1]) * tags + guess[i];
					model.update(gold, predicted, total, timestamp, step);
				}
			}
			progress.worked(1);
		}
		model.average(total, timestamp, step);
	}

	@Override
	public TrainedModel restore(Provenance provenance, JsonObject state) throws RecommenderException {
		ModelJson json = ModelJson.of(state, NAME + " model state");
		List<String> tagNames = json.strings("tags");
		List<String> expected = new ArrayList<>(List.of(BioTags.OUTSIDE));
		provenance.labels().forEach(label -> expected.addAll(BioTags.of(label)));
		if (!tagNames.equals(expected)) {
			// an earlier version tagged B/M/E/S; a model is cheap to make again, so say how rather than convert
			throw json.problem("tags", "are not the B / I tags of its labels (" + String.join(", ", provenance.labels())
					+ "): the model was made by an earlier version of Reportbank or changed by hand; train it again (reportbank train, or Train in the Recommenders view)");
		}
		NERTagSet tagSet = tagSet(provenance.labels());
		tagSet.lock();
		List<String> featureNames = json.strings("features");
		Map<String, Integer> ids = new HashMap<>(featureNames.size() * 2);
		for (String feature : featureNames) {
			if (ids.putIfAbsent(feature, ids.size()) != null) {
				throw json.problem("features", "name one feature twice");
			}
		}
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(json.string("weights"));
		} catch (IllegalArgumentException e) {
			throw json.problem("weights", "are not base64: " + e.getMessage());
		}
		long expectedBytes = 4L * featureNames.size() * tagSet.size();
		if (bytes.length != expectedBytes) {
			throw json.problem("weights", "hold " + bytes.length + " bytes, not the " + expectedBytes + " of " + featureNames.size()
					+ " features by " + tagSet.size() + " tags");
		}
		float[] weights = new float[bytes.length / 4];
		ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(weights);
		for (float weight : weights) {
			if (!Float.isFinite(weight)) {
				throw json.problem("weights", "hold a value that is not a number");
			}
		}
		Alignment alignment = new Alignment();
		ModelJson aligned = json.object("alignment");
		alignment.spans = aligned.integer("spans");
		alignment.split = aligned.integer("split");
		alignment.overlapping = aligned.integer("overlapping");
		Map<String, String> names = new HashMap<>();
		ModelJson namesJson = json.object("names");
		for (String name : namesJson.json().keySet()) {
			String label = namesJson.string(name);
			if (!provenance.labels().contains(label)) {
				throw namesJson.problem(name, "has the label " + label + ", which the model was not trained for");
			}
			names.put(name, label);
		}
		LinearModel model = new LinearModel(new ImmutableFeatureMap(ids, tagSet), weights);
		double temperature = json.number("temperature");
		if (!(temperature > 0) || Double.isInfinite(temperature)) {
			throw json.problem("temperature", "is not a positive number: " + temperature);
		}
		return new Model(provenance, model, temperature, ids, names, alignment, words);
	}

	/** HanLP's words of texts, kept while the texts are in use (a weak map: a text no one holds takes its words with it). */
	private static final class Words {
		private final HanlpTokenizer tokenizer = new HanlpTokenizer();
		private final Map<String, List<Token>> byText = new WeakHashMap<>();

		synchronized List<Token> of(String text) {
			return byText.computeIfAbsent(text, tokenizer::tokenize);
		}

		/**
		 * The words of a text to predict in: those kept if it was trained on (cross-validation
		 * predicts in texts other rounds learned from), else segmented and not kept, since
		 * a text predicted in once is not met again and keeping its words only loads the heap.
		 */
		List<Token> toPredictIn(String text) {
			List<Token> known;
			synchronized (this) {
				known = byText.get(text);
			}
			return known != null ? known : tokenizer.tokenize(text);
		}
	}

	/** A trained perceptron with the features and names it knows. */
	private static final class Model implements TrainedModel {

		private final Provenance provenance;
		private final LinearModel model;
		private final double temperature;
		private final Map<String, Integer> featureIds;
		private final Map<String, String> names;
		private final Set<String> namePrefixes;
		private final Alignment alignment;
		private final Words words;
		private final WordFeatures wordFeatures;
		private final SentenceScores.Chain chain;

		Model(Provenance provenance, LinearModel model, double temperature, Map<String, Integer> featureIds, Map<String, String> names,
				Alignment alignment, Words words) {
			this.provenance = provenance;
			this.model = model;
			this.temperature = temperature;
			this.featureIds = featureIds;
			this.names = names;
			this.namePrefixes = KnownNames.prefixes(names.keySet());
			this.alignment = alignment;
			this.words = words;
			this.wordFeatures = WordFeatures.scoring(model);
			this.chain = SentenceScores.Chain.of(model);
		}

		@Override
		public Provenance provenance() {
			return provenance;
		}

		@Override
		public List<String> trainingNotes() {
			List<String> notes = new ArrayList<>();
			if (alignment.split > 0) {
				notes.add(alignment.split + " HanLP word" + (alignment.split == 1 ? " was" : "s were")
						+ " split where a span's edge fell inside it (of " + alignment.spans + " spans)");
			}
			if (alignment.overlapping > 0) {
				notes.add(alignment.overlapping + " span" + (alignment.overlapping == 1 ? "" : "s")
						+ " overlapping another one left out of training (a word carries one tag)");
			}
			return notes;
		}

		@Override
		public List<Prediction> predict(String text) {
			return predict(text, words.toPredictIn(text));
		}

		@Override
		public synchronized List<Prediction> predict(String text, List<Token> words) {
			List<Prediction> predictions = new ArrayList<>();
			FeatureMap features = model.featureMap;
			for (Sentence sentence : TokenSequences.of(text, words)) {
				SentenceScores scores = SentenceScores.of(chain,
						wordFeatures.scores(sentence.words(), sentence.pos(), KnownNames.mark(sentence, names, namePrefixes)));
				int[] guess = scores.bestTags();
				String[] tags = new String[guess.length];
				for (int i = 0; i < guess.length; i++) {
					tags[i] = features.tagSet.stringOf(guess[i]);
				}
				List<TaggedSpan> spans = BioTags.decode(tags);
				if (spans.isEmpty()) {
					continue; // no confidence to work out
				}
				SentenceScores.Tempered distribution = scores.at(temperature);
				for (TaggedSpan span : spans) {
					double confidence = distribution.probability(guess, span.first(), span.last());
					predictions.add(new Prediction(sentence.begins()[span.first()], sentence.ends()[span.last()], span.label(),
							confidence));
				}
			}
			return predictions;
		}

		@Override
		public JsonObject state() {
			JsonObject state = new JsonObject();
			JsonArray tags = new JsonArray();
			for (int i = 0; i < model.featureMap.tagSet.size(); i++) {
				tags.add(model.featureMap.tagSet.stringOf(i));
			}
			state.add("tags", tags);
			String[] featureNames = new String[featureIds.size()];
			featureIds.forEach((name, id) -> featureNames[id] = name);
			JsonArray features = new JsonArray(featureNames.length);
			for (String name : featureNames) {
				features.add(name);
			}
			state.add("features", features);
			ByteBuffer bytes = ByteBuffer.allocate(4 * model.parameter.length).order(ByteOrder.LITTLE_ENDIAN);
			bytes.asFloatBuffer().put(model.parameter);
			state.addProperty("weights", Base64.getEncoder().encodeToString(bytes.array()));
			state.addProperty("temperature", temperature);
			JsonObject aligned = new JsonObject();
			aligned.addProperty("spans", alignment.spans);
			aligned.addProperty("split", alignment.split);
			aligned.addProperty("overlapping", alignment.overlapping);
			state.add("alignment", aligned);
			JsonObject known = new JsonObject();
			new TreeMap<>(names).forEach(known::addProperty);
			state.add("names", known);
			return state;
		}
	}
}
