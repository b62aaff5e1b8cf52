package org.reportbank.recommenders;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.recommenders.internal.JsonFiles;
import org.reportbank.recommenders.internal.ModelJson;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * How the recommenders of a corpus are used on this machine: which layer they learn from and for
 * which labels (none: all), and for each recommender whether it is on and the F1 under which its
 * last evaluation switches it off (INCEpTION's threshold; 0 never does), and after how many
 * decisions in the editor they learn again (0: never on their own). Kept with the models in
 * {@code .reportbank/models/recommenders.json}, as machine-local as they are.
 */
public record RecommenderSettings(String source, List<String> labels, Map<String, Switch> recommenders, int retrainEvery) {

	/** One recommender's switch and threshold. */
	public record Switch(boolean enabled, double threshold) {
		public Switch {
			if (!(threshold >= 0 && threshold <= 1)) {
				throw new IllegalArgumentException("a threshold is an F1 between 0 and 1, not " + threshold);
			}
		}
	}

	public static final String FILE_NAME = "recommenders";
	public static final int DEFAULT_RETRAIN_EVERY = 20;

	public RecommenderSettings {
		LayerSource.parse(source);
		labels = List.copyOf(labels);
		recommenders = Map.copyOf(recommenders);
		if (retrainEvery < 0) {
			throw new IllegalArgumentException("retrain after a number of decisions that is not negative, not " + retrainEvery);
		}
	}

	/** What a corpus starts with: both recommenders on, learning from every annotator's accepted spans, every label. */
	public static RecommenderSettings defaults() {
		Map<String, Switch> all = new LinkedHashMap<>();
		Recommenders.all().forEach(r -> all.put(r.name(), new Switch(true, 0)));
		return new RecommenderSettings(LayerSource.accepted().key(), List.of(), all, DEFAULT_RETRAIN_EVERY);
	}

	public LayerSource layerSource() {
		return LayerSource.parse(source);
	}

	/** The recommender's switch; one the settings do not name is on with no threshold. */
	public Switch of(String recommender) {
		return recommenders.getOrDefault(recommender, new Switch(true, 0));
	}

	public RecommenderSettings with(String recommender, Switch value) {
		Map<String, Switch> changed = new LinkedHashMap<>(recommenders);
		changed.put(recommender, value);
		return new RecommenderSettings(source, labels, changed, retrainEvery);
	}

	public RecommenderSettings withSource(String newSource, List<String> newLabels) {
		return new RecommenderSettings(newSource, newLabels, recommenders, retrainEvery);
	}

	public RecommenderSettings withRetrainEvery(int decisions) {
		return new RecommenderSettings(source, labels, recommenders, decisions);
	}

	/** The corpus's settings, or the defaults when it has none. */
	public static RecommenderSettings load(CorpusStore store) throws StoreException, RecommenderException {
		if (!JsonFiles.exists(store.modelFile(FILE_NAME))) {
			return defaults();
		}
		ModelJson json = JsonFiles.read(store.modelFile(FILE_NAME), "");
		Map<String, Switch> switches = new LinkedHashMap<>(defaults().recommenders());
		ModelJson named = json.object("recommenders");
		for (String name : named.json().keySet()) {
			ModelJson one = named.object(name);
			double threshold = one.number("threshold");
			if (threshold < 0 || threshold > 1) {
				throw one.problem("threshold", "is an F1 between 0 and 1, not " + threshold);
			}
			switches.put(name, new Switch(one.bool("enabled"), threshold));
		}
		String source = json.string("source");
		try {
			LayerSource.parse(source);
		} catch (IllegalArgumentException e) {
			throw json.problem("source", e.getMessage());
		}
		int retrainEvery = json.integer("retrainEvery");
		if (retrainEvery < 0) {
			throw json.problem("retrainEvery", "is negative");
		}
		return new RecommenderSettings(source, json.strings("labels"), switches, retrainEvery);
	}

	public void save(CorpusStore store) throws StoreException {
		JsonObject json = new JsonObject();
		json.addProperty("source", source);
		JsonArray labelArray = new JsonArray();
		labels.forEach(labelArray::add);
		json.add("labels", labelArray);
		JsonObject named = new JsonObject();
		for (String name : new ArrayList<>(new java.util.TreeSet<>(recommenders.keySet()))) {
			JsonObject one = new JsonObject();
			one.addProperty("enabled", recommenders.get(name).enabled());
			one.addProperty("threshold", recommenders.get(name).threshold());
			named.add(name, one);
		}
		json.add("recommenders", named);
		json.addProperty("retrainEvery", retrainEvery);
		JsonFiles.write(ModelStore.place(store, FILE_NAME), json);
	}
}
