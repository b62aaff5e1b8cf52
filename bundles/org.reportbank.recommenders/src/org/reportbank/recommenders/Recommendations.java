package org.reportbank.recommenders;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.LayerIds;
import org.reportbank.core.store.StoreException;
import org.reportbank.model.Label;
import org.reportbank.model.LabelCategory;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.Span;
import org.reportbank.model.SpanOrigin;
import org.reportbank.model.SpanStatus;
import org.reportbank.nlp.hanlp.SuggestionMerge;
import org.reportbank.nlp.hanlp.Token;
import org.reportbank.nlp.hanlp.Tokenizations;

/**
 * Writes what trained models predict as suggestions into the pre-annotation layer of reports, in
 * one write session and one commit. Only the pre-annotation layer (and a new report's status) is
 * written, never a person's layer.
 *
 * <p>A suggestion says where it comes from: origin {@code MODEL}, its tool
 * the recommender's name ({@code string}, {@code perceptron}: what the JSONL export's {@code "tool"}
 * shows; the version that trained it is in the model's provenance), its confidence the model's. Its id is made from the
 * recommender, place and label, so the same prediction has the same id on every run. The merge is
 * pre-annotation's own ({@link SuggestionMerge}): the fresh layer is the old one with this run's
 * recommenders' earlier suggestions taken out (other tools' suggestions stay as they were) and the
 * new predictions added, and the merge keeps every suggestion a person decided on. A prediction
 * is not added where the layer already has a span of that place and label (a suggestion of
 * another tool, or one a person rejected) nor where a person rejected that place and label in
 * their own layer.
 */
public final class Recommendations {

	/** What a run did. */
	public record Summary(int reports, int suggestions, boolean cancelled) {
	}

	private Recommendations() {
	}

	/** The tool a suggestion of the model records: its recommender's name. */
	public static String toolOf(TrainedModel model) {
		return model.recommender();
	}

	/** Whether the span is a suggestion of the recommender, from any run. */
	public static boolean isSuggestionOf(Span span, String recommender) {
		return span.getOrigin() == SpanOrigin.MODEL && recommender.equals(span.getTool());
	}

	/** The id of a model's suggestion: {@code r-string-12-18-ORG}, stable across runs (no ':' in it, as XMI ids need). */
	public static String idOf(String recommender, int begin, int end, String label) {
		return "r-" + recommender + "-" + begin + "-" + end + "-" + label;
	}

	/**
	 * Predicts with every model in every report ({@code reportIds} empty: all of the corpus) and
	 * merges the predictions into the reports' pre-annotation layers. A cancelled run commits the
	 * reports done until then; a model trained for a label the corpus no longer has is refused
	 * before anything is written.
	 */
	public static Summary recommend(CorpusStore store, List<String> reportIds, List<TrainedModel> models,
			IProgressMonitor monitor) throws StoreException, RecommenderException {
		if (models.isEmpty()) {
			throw new RecommenderException("no model to recommend with");
		}
		try (CorpusStore.WriteSession session = store.beginBulkWrite("recommendation")) {
			for (TrainedModel model : models) {
				ModelStore.requireKnownLabels(session.corpus(), model.provenance());
			}
			List<String> ids = session.reportIds(reportIds);
			Map<String, LabelCategory> categories = session.corpus().getLabelSet().getLabels().stream()
					.collect(Collectors.toMap(Label::getName, Label::getCategory, (a, b) -> a));
			SubMonitor progress = SubMonitor.convert(monitor, "Recommending in " + ids.size() + " reports", ids.size());
			int done = 0;
			int suggestions = 0;
			boolean cancelled = false;
			for (String id : ids) {
				if (progress.isCanceled()) {
					cancelled = true;
					break;
				}
				Report report = store.loadReport(id);
				progress.subTask(report.getTitle() == null ? id : report.getTitle());
				Layer layer = SuggestionMerge.merge(report, fresh(report, models, categories::get));
				layer.setModified(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
				session.stageLayer(id, layer, report.getText().length()); // while free: see SuggestionMerge.merge
				report.getLayers().add(layer);
				if (CorpusStore.takeProgressFromLayers(report)) {
					session.updateEntry(report); // the layer made it pre-annotated: the report file is not rewritten
				}
				suggestions += (int) layer.getSpans().stream()
						.filter(s -> models.stream().anyMatch(m -> isSuggestionOf(s, m.recommender()))).count();
				done++;
				progress.worked(1);
			}
			progress.setTaskName("Saving " + done + " reports' suggestions into the corpus, all at once");
			session.commit();
			return new Summary(done, suggestions, cancelled);
		}
	}

	/** The report's pre-annotation layer as this run would have it, before the merge puts decided suggestions back. */
	static Layer fresh(Report report, List<TrainedModel> models, Function<String, LabelCategory> categories) {
		Layer old = report.getLayers().stream().filter(l -> LayerIds.PREANNOTATION.equals(l.getId())).findFirst().orElse(null);
		Layer fresh;
		if (old == null) {
			fresh = ReportbankFactory.eINSTANCE.createLayer();
			fresh.setId(LayerIds.PREANNOTATION);
			fresh.setKind(LayerKind.PREANNOTATION);
		} else {
			fresh = EcoreUtil.copy(old);
			fresh.getSpans().removeIf(s -> models.stream().anyMatch(m -> isSuggestionOf(s, m.recommender())));
		}
		Set<String> taken = new HashSet<>();
		fresh.getSpans().forEach(s -> taken.add(key(s)));
		if (old != null) {
			// this run's own earlier suggestions a person changed in place stay (the merge keeps them): not again beside them
			old.getSpans().stream().filter(s -> s.getStatus() != SpanStatus.SUGGESTED).forEach(s -> taken.add(key(s)));
		}
		for (Layer layer : report.getLayers()) {
			if (layer.getKind() != LayerKind.PREANNOTATION) {
				layer.getSpans().stream().filter(s -> s.getStatus() == SpanStatus.REJECTED).forEach(s -> taken.add(key(s)));
			}
		}
		String text = report.getText() == null ? "" : report.getText();
		// the words the pre-annotator stored, read instead of segmenting the text again
		Optional<List<Token>> words = old == null ? Optional.empty() : Tokenizations.words(old.getTokenization(), text);
		List<Span> added = new ArrayList<>();
		for (TrainedModel model : models) {
			String tool = toolOf(model);
			for (Prediction prediction : words.isPresent() ? model.predict(text, words.get()) : model.predict(text)) {
				if (prediction.end() > text.length()
						|| !taken.add(prediction.begin() + "-" + prediction.end() + "-" + prediction.label())) {
					continue;
				}
				Span span = create(categories.apply(prediction.label()));
				span.setId(idOf(model.recommender(), prediction.begin(), prediction.end(), prediction.label()));
				span.setBegin(prediction.begin());
				span.setEnd(prediction.end());
				span.setLabel(prediction.label());
				span.setOrigin(model.origin());
				span.setStatus(SpanStatus.SUGGESTED);
				span.setConfidence(prediction.confidence());
				span.setTool(tool);
				added.add(span);
			}
		}
		fresh.getSpans().addAll(added);
		return fresh;
	}

	private static String key(Span span) {
		return span.getBegin() + "-" + span.getEnd() + "-" + span.getLabel();
	}

	/** A span of the kind its label's category asks for, as the editor makes them. */
	private static Span create(LabelCategory category) {
		ReportbankFactory factory = ReportbankFactory.eINSTANCE;
		if (category == null) {
			return factory.createSpan();
		}
		return switch (category) {
		case ENTITY -> factory.createEntity();
		case METRIC -> factory.createMetric();
		case CLAIM -> factory.createClaim();
		};
	}
}
