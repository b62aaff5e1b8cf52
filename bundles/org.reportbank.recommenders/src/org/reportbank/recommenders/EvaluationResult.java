package org.reportbank.recommenders;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.reportbank.recommenders.internal.ModelJson;

import com.google.gson.JsonElement;
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
			writeFields(json, point.score());
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
		writeFields(json, score);
		json.endObject();
	}

	private static void writeFields(JsonWriter json, Score score) throws IOException {
		json.name("tp").value(score.truePositives());
		json.name("fp").value(score.falsePositives());
		json.name("fn").value(score.falseNegatives());
		json.name("precision").value(round(score.precision()));
		json.name("recall").value(round(score.recall()));
		json.name("f1").value(round(score.f1()));
	}

	/** Reads what {@link #writeJson} wrote (precision, recall and F1 are worked out again from the counts). */
	public static EvaluationResult fromJson(ModelJson json) throws RecommenderException {
		List<String> labels = json.strings("labels");
		List<List<String>> foldReports = new ArrayList<>();
		for (JsonElement fold : json.array("foldReports")) {
			if (!fold.isJsonArray()) {
				throw json.problem("foldReports", "holds something that is not a list of report ids");
			}
			List<String> ids = new ArrayList<>();
			fold.getAsJsonArray().forEach(id -> ids.add(id.getAsString()));
			foldReports.add(ids);
		}
		Map<String, Score> perLabel = new LinkedHashMap<>();
		ModelJson labelScores = json.object("perLabel");
		for (String label : labels) {
			perLabel.put(label, score(labelScores.object(label)));
		}
		List<CurvePoint> curve = new ArrayList<>();
		for (ModelJson point : json.objects("learningCurve")) {
			curve.add(new CurvePoint(point.integer("percent"), point.integer("trainingReports"), score(point)));
		}
		return new EvaluationResult(json.string("recommender"), json.string("source"), labels, json.integer("folds"),
				json.bool("leaveOneOut"), foldReports, perLabel, score(json.object("overall")), curve,
				json.integer("untrainedRounds"), json.string("evaluated"), json.string("toolVersion"));
	}

	private static Score score(ModelJson json) throws RecommenderException {
		Score score = new Score(json.integer("tp"), json.integer("fp"), json.integer("fn"));
		if (score.truePositives() < 0 || score.falsePositives() < 0 || score.falseNegatives() < 0) {
			throw json.problem("tp", "and the other counts cannot be negative");
		}
		return score;
	}

	private static double round(double value) {
		return Math.round(value * 10000) / 10000.0;
	}
}
