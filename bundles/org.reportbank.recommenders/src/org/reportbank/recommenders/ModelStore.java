package org.reportbank.recommenders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.core.text.Untrusted;
import org.reportbank.model.Corpus;
import org.reportbank.model.Label;
import org.reportbank.recommenders.internal.JsonFiles;
import org.reportbank.recommenders.internal.ModelJson;

import com.google.gson.JsonObject;

/**
 * Trained models kept in the corpus folder, one file per recommender:
 * {@code .reportbank/models/NAME.json} ({@link CorpusStore#modelFile}), holding the model's
 * provenance and state. The folder is this machine's own, like the rest of {@code .reportbank/}:
 * a model is derived from the corpus and can be trained again, and two people training at once
 * would otherwise make every Git merge conflict. A file is written beside its place and moved over
 * it, so a reader sees the old model or the new one, never half. Loading refuses a model trained
 * for a label the corpus label set no longer has, naming the label.
 */
public final class ModelStore {

	/** The format of the file; a file of another format is refused. */
	public static final int FORMAT = 1;

	private ModelStore() {
	}

	/** Stores the model as its recommender's model of the corpus, replacing an earlier one; returns the file. */
	public static Path save(CorpusStore store, TrainedModel model) throws StoreException, RecommenderException {
		requireKnownLabels(store.corpus(), model.provenance());
		Path file = place(store, model.recommender());
		JsonObject json = new JsonObject();
		json.addProperty("format", FORMAT);
		json.add("provenance", model.provenance().toJson());
		json.add("state", model.state());
		JsonFiles.write(file, json);
		return file;
	}

	/** The file {@code .reportbank/models/NAME.json}, its folders made and checked again once made: still no link on the way. */
	static Path place(CorpusStore store, String name) throws StoreException {
		Path file = store.modelFile(name);
		try {
			Files.createDirectories(file.getParent());
		} catch (IOException e) {
			throw new StoreException(file.getParent() + ": cannot be made: " + e.getMessage(), e);
		}
		return store.modelFile(name);
	}

	/** Whether the corpus has a stored model of the recommender. */
	public static boolean exists(CorpusStore store, String recommender) throws StoreException {
		return JsonFiles.exists(store.modelFile(recommender));
	}

	/** The recommender's stored model of the corpus, checked against the corpus label set. */
	public static TrainedModel load(CorpusStore store, Recommender recommender) throws StoreException, RecommenderException {
		Path file = store.modelFile(recommender.name());
		ModelJson json = JsonFiles.read(file,
				"the corpus has no " + recommender.name() + " model (" + file + " is missing): train one first");
		int format = json.integer("format");
		if (format != FORMAT) {
			throw json.problem("format", "is " + format + "; this version reads models of format " + FORMAT + " (train again)");
		}
		Provenance provenance = Provenance.fromJson(json.object("provenance"));
		if (!recommender.name().equals(provenance.recommender())) {
			throw new RecommenderException(file + ": a model of recommender " + Untrusted.quote(provenance.recommender())
					+ ", not of " + recommender.name());
		}
		try {
			requireKnownLabels(store.corpus(), provenance);
		} catch (RecommenderException e) {
			throw new RecommenderException(file + ": " + e.getMessage(), e);
		}
		try {
			return recommender.restore(provenance, json.object("state").json());
		} catch (RecommenderException e) {
			throw new RecommenderException(file + ": " + e.getMessage(), e);
		}
	}

	/** Refuses a model that would suggest a label the corpus label set does not have (renamed or removed since training). */
	public static void requireKnownLabels(Corpus corpus, Provenance provenance) throws RecommenderException {
		List<String> known = corpus.getLabelSet() == null ? List.of()
				: corpus.getLabelSet().getLabels().stream().map(Label::getName).toList();
		for (String label : provenance.labels()) {
			if (!known.contains(label)) {
				throw new RecommenderException("the " + provenance.recommender() + " model was trained for label "
						+ Untrusted.quote(label) + ", which the corpus label set no longer has; train the model again");
			}
		}
	}
}
