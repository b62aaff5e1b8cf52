package org.reportbank.recommenders;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.reportbank.recommenders.internal.BundleVersion;
import org.reportbank.recommenders.internal.ModelJson;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Where a trained model comes from: which recommender, which layer source and labels, the reports
 * it saw, when, and which version of the recommenders bundle trained it. Stored with the model, so
 * a suggestion can be traced to what it was learned from.
 */
public record Provenance(String recommender, String source, List<String> labels, List<String> reportIds, String trained,
		String toolVersion) {

	public Provenance {
		labels = List.copyOf(labels);
		reportIds = List.copyOf(reportIds);
	}

	/** The provenance of a model the recommender trains now on the data. */
	public static Provenance of(String recommender, TrainingData data) {
		return new Provenance(recommender, data.source().key(), data.labels(), data.reportIds(),
				Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), BundleVersion.of(Provenance.class));
	}

	public JsonObject toJson() {
		JsonObject json = new JsonObject();
		json.addProperty("recommender", recommender);
		json.addProperty("source", source);
		JsonArray labelArray = new JsonArray();
		labels.forEach(labelArray::add);
		json.add("labels", labelArray);
		JsonArray reportArray = new JsonArray();
		reportIds.forEach(reportArray::add);
		json.add("reports", reportArray);
		json.addProperty("trained", trained);
		json.addProperty("toolVersion", toolVersion);
		return json;
	}

	/** Reads what {@link #toJson()} wrote, every field required. */
	public static Provenance fromJson(ModelJson json) throws RecommenderException {
		return new Provenance(json.string("recommender"), json.string("source"), json.strings("labels"),
				json.strings("reports"), json.string("trained"), json.string("toolVersion"));
	}
}
