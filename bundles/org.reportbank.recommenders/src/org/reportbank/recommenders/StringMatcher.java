package org.reportbank.recommenders;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.reportbank.core.text.Untrusted;
import org.reportbank.recommenders.internal.LongestMatch;
import org.reportbank.recommenders.internal.LongestMatch.Match;
import org.reportbank.recommenders.internal.ModelJson;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The {@code string} recommender: every string the team labeled is suggested wherever it occurs.
 * Where matches overlap the longest wins ({@link LongestMatch}). A string's confidence for a label
 * is the share of its labelings that gave it that label, so a string labeled two ways is suggested
 * with both labels, each with its share. A {@link Gazetteer} adds its lines as labelings.
 */
public final class StringMatcher implements Recommender {

	public static final String NAME = "string";

	private final Gazetteer gazetteer;

	public StringMatcher() {
		this(null);
	}

	/** A matcher that also knows the gazetteer's strings (those of the labels trained for). */
	public StringMatcher(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public TrainedModel train(TrainingData data, IProgressMonitor monitor) throws RecommenderException {
		SubMonitor progress = SubMonitor.convert(monitor, "Collecting labeled strings", data.reports().size() + 1);
		Map<String, Map<String, Integer>> counts = new TreeMap<>();
		for (TrainingReport report : data.reports()) {
			progress.checkCanceled();
			for (LabeledSpan span : report.spans()) {
				add(counts, report.text().substring(span.begin(), span.end()), span.label());
			}
			progress.worked(1);
		}
		if (gazetteer != null) {
			for (Gazetteer.Entry entry : gazetteer.entries()) {
				if (data.labels().contains(entry.label())) {
					add(counts, entry.text(), entry.label());
				}
			}
		}
		progress.worked(1);
		return new Model(Provenance.of(NAME, data), counts);
	}

	private static void add(Map<String, Map<String, Integer>> counts, String text, String label) {
		if (!text.isBlank()) {
			counts.computeIfAbsent(text, t -> new TreeMap<>()).merge(label, 1, Integer::sum);
		}
	}

	@Override
	public TrainedModel restore(Provenance provenance, JsonObject state) throws RecommenderException {
		ModelJson json = ModelJson.of(state, NAME + " model state");
		Map<String, Map<String, Integer>> counts = new TreeMap<>();
		for (ModelJson entry : json.objects("strings")) {
			String text = entry.string("text");
			if (text.isBlank()) {
				throw entry.problem("text", "is blank");
			}
			ModelJson labels = entry.object("labels");
			Map<String, Integer> byLabel = new TreeMap<>();
			for (String label : labels.json().keySet()) {
				if (!provenance.labels().contains(label)) {
					throw labels.problem(label, "is not a label the model was trained for (" + String.join(", ", provenance.labels())
							+ ")");
				}
				int count = labels.integer(label);
				if (count <= 0) {
					throw labels.problem(label, "is not a positive count: " + count);
				}
				byLabel.put(label, count);
			}
			if (byLabel.isEmpty() || counts.put(text, byLabel) != null) {
				throw entry.problem("text", (byLabel.isEmpty() ? "has no labels: " : "is given twice: ") + Untrusted.quote(text));
			}
		}
		return new Model(provenance, counts);
	}

	/** The strings with their labels' counts, and a trie to find them. */
	private static final class Model implements TrainedModel {

		private final Provenance provenance;
		private final Map<String, Map<String, Integer>> counts;
		private final Node root = new Node();

		Model(Provenance provenance, Map<String, Map<String, Integer>> counts) {
			this.provenance = provenance;
			this.counts = counts;
			for (Map.Entry<String, Map<String, Integer>> entry : counts.entrySet()) {
				Node node = root;
				String text = entry.getKey();
				for (int i = 0; i < text.length(); i++) {
					node = node.children.computeIfAbsent(text.charAt(i), c -> new Node());
				}
				node.shares = shares(entry.getValue());
			}
		}

		/** Each label's share of the string's labelings, the largest first. */
		private static List<Prediction> shares(Map<String, Integer> byLabel) {
			double total = byLabel.values().stream().mapToInt(Integer::intValue).sum();
			List<Prediction> shares = new ArrayList<>();
			byLabel.forEach((label, count) -> shares.add(new Prediction(0, 1, label, count / total)));
			shares.sort(Comparator.comparingDouble(Prediction::confidence).reversed().thenComparing(Prediction::label));
			return shares;
		}

		@Override
		public Provenance provenance() {
			return provenance;
		}

		@Override
		public List<Prediction> predict(String text) {
			List<Match> candidates = new ArrayList<>();
			Map<Match, List<Prediction>> sharesOf = new HashMap<>();
			for (int begin = 0; begin < text.length(); begin++) {
				Node node = root;
				for (int end = begin; end < text.length(); end++) {
					node = node.children.get(text.charAt(end));
					if (node == null) {
						break;
					}
					if (node.shares != null) {
						Match match = new Match(begin, end + 1);
						candidates.add(match);
						sharesOf.put(match, node.shares);
					}
				}
			}
			List<Prediction> predictions = new ArrayList<>();
			for (Match match : LongestMatch.select(candidates)) {
				for (Prediction share : sharesOf.get(match)) {
					predictions.add(new Prediction(match.begin(), match.end(), share.label(), share.confidence()));
				}
			}
			return predictions;
		}

		@Override
		public JsonObject state() {
			JsonObject state = new JsonObject();
			JsonArray strings = new JsonArray();
			counts.forEach((text, byLabel) -> {
				JsonObject entry = new JsonObject();
				entry.addProperty("text", text);
				JsonObject labels = new JsonObject();
				byLabel.forEach(labels::addProperty);
				entry.add("labels", labels);
				strings.add(entry);
			});
			state.add("strings", strings);
			return state;
		}
	}

	private static final class Node {
		final Map<Character, Node> children = new HashMap<>();
		List<Prediction> shares;
	}
}
