package org.reportbank.recommenders;

import org.eclipse.core.runtime.IProgressMonitor;
import org.reportbank.model.SpanOrigin;

import com.google.gson.JsonObject;

/**
 * A way of learning suggestions from the team's annotations. An implementation trains a model
 * from {@link TrainingData} (the reports of one layer source with their spans of the chosen
 * labels) and restores a stored one from the state it wrote; the model predicts spans in a text.
 * The string matcher is one; a statistical tagger (HanLP's perceptron) is meant to be another.
 */
public interface Recommender {

	/** The short name models and suggestions are known by: lower-case letters, digits, hyphens ({@code string}). */
	String name();

	/** What suggestions of its models say they come from. */
	default SpanOrigin origin() {
		return SpanOrigin.MODEL;
	}

	/**
	 * Learns from the data. May be given data with few spans (cross-validation trains on parts of
	 * a corpus); refuse with a {@link NotEnoughTrainingDataException} when there is nothing to learn.
	 */
	TrainedModel train(TrainingData data, IProgressMonitor monitor) throws RecommenderException;

	/** A model again from the state its {@link TrainedModel#state()} wrote, checked as untrusted input. */
	TrainedModel restore(Provenance provenance, JsonObject state) throws RecommenderException;
}
