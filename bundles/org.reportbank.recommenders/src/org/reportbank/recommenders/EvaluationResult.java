package org.reportbank.recommenders;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import com.google.gson.stream.JsonWriter;

/**
 * The outcome of a cross-validation: the folds (report ids), precision, recall and F1 per label
 * and over all labels (micro-averaged: the counts of every fold and label added up), and the
 * learning curve. Serializes to JSON.
 */
public record EvaluationResult(String recommender, String source, List<String> labels, int folds, boolean leaveOneOut,
		List<List<String>> foldReports, Map<String, Score> perLabel, Score overall, List<CurvePoint> learningCurve,
		int untrainedRounds, String evaluated, String toolVersion) {

	/**
	 * One point of the learning curve: trained on {@code percent} % of each fold's training reports
	 * ({@code trainingReports} of them over all folds together), tested on the fold's test reports.
	 */
	public record CurvePoint(int percent, int trainingReports, Score score) {
	}

	public EvaluationResult {
		labels = List.copyOf(labels);
		foldReports = foldReports.stream().map(List::copyOf).toList();
		perLabel = Map.copyOf(perLabel);
		learningCurve = List.copyOf(learningCurve);
	}

	public String toJson() {
		StringWriter out = new StringWriter();
		try {
			writeJson(out);
		} catch (IOException e) {
			throw new IllegalStateException(e); // a StringWriter does not fail
		}
		return out.toString();
	}

	public void writeJson(Writer out) throws IOException {
		JsonWriter json = new JsonWriter(out);
		json.setIndent("  ");
		json.setHtmlSafe(false);
		json.beginObject();
		json.name("recommender").value(recommender);
		json.name("source").value(source);
		json.name("labels").beginArray();
		for (String label : labels) {
			json.value(label);
		}
		json.endArray();
		json.name("folds").value(folds);
		json.name("leaveOneOut").value(leaveOneOut);
		json.name("foldReports").beginArray();
		for (List<String> fold : foldReports) {
			json.beginArray();
			for (String id : fold) {
				json.value(id);
			}
			json.endArray();
		}
		json.endArray();
		json.name("overall");
		write(json, overall);
		json.name("perLabel").beginObject();
		for (String label : labels) {
			json.name(label);
			write(json, perLabel.getOrDefault(label, Score.NONE));
		}
		json.endObject();
		json.name("learningCurve").beginArray();
		for (CurvePoint point : learningCurve) {
			json.beginObject();
			json.name("percent").value(point.percent());
			json.name("trainingReports").value(point.trainingReports());
			json.name("precision").value(round(point.score().precision()));
			json.name("recall").value(round(point.score().recall()));
			json.name("f1").value(round(point.score().f1()));
			json.endObject();
		}
		json.endArray();
		json.name("untrainedRounds").value(untrainedRounds);
		json.name("evaluated").value(evaluated);
		json.name("toolVersion").value(toolVersion);
		json.endObject();
		json.flush();
	}

	private static void write(JsonWriter json, Score score) throws IOException {
		json.beginObject();
		json.name("tp").value(score.truePositives());
		json.name("fp").value(score.falsePositives());
		json.name("fn").value(score.falseNegatives());
		json.name("precision").value(round(score.precision()));
		json.name("recall").value(round(score.recall()));
		json.name("f1").value(round(score.f1()));
		json.endObject();
	}

	private static double round(double value) {
		return Math.round(value * 10000) / 10000.0;
	}
}
