package org.reportbank.recommenders;

import java.util.ArrayList;
import java.util.List;

import org.reportbank.model.SpanOrigin;
import org.reportbank.nlp.hanlp.Token;

import com.google.gson.JsonObject;

/** What a {@link Recommender} learned: it predicts spans in a report's text, and can be stored. */
public interface TrainedModel {

	Provenance provenance();

	/** The name of the recommender that trained it. */
	default String recommender() {
		return provenance().recommender();
	}

	/** What its suggestions say they come from. */
	default SpanOrigin origin() {
		return SpanOrigin.MODEL;
	}

	/** What training had to bend to fit the data (spans split or left out), one sentence each; none by default. */
	default List<String> trainingNotes() {
		return List.of();
	}

	/** The spans predicted in one text, in text order; offsets are into that text. */
	List<Prediction> predict(String text);

	/**
	 * The spans predicted in a text whose words HanLP's tokenizer already gave (the pre-annotator
	 * keeps them with the report), so a model that reads words need not segment the text again;
	 * by default the words are not needed.
	 */
	default List<Prediction> predict(String text, List<Token> words) {
		return predict(text);
	}

	/** The spans predicted in each text, in the order of the texts. */
	default List<List<Prediction>> predictAll(List<String> texts) {
		List<List<Prediction>> all = new ArrayList<>(texts.size());
		texts.forEach(text -> all.add(predict(text)));
		return all;
	}

	/** What {@link Recommender#restore} needs to make the model again. */
	JsonObject state();
}
