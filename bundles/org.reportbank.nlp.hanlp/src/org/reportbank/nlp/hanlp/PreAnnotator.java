package org.reportbank.nlp.hanlp;

import java.util.ArrayList;
import java.util.List;

import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Metric;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.Tokenization;
import org.reportbank.nlp.hanlp.internal.checks.RateChecker;
import org.reportbank.nlp.hanlp.internal.claims.ClaimFinder;
import org.reportbank.nlp.hanlp.internal.entities.EntityFinder;
import org.reportbank.nlp.hanlp.internal.metrics.MetricFinder;
import org.reportbank.nlp.hanlp.internal.metrics.MetricMention;

/**
 * Pre-annotates one report: tokens, entities, metrics, claims and consistency checks, as
 * suggestions in a fresh pre-annotation layer. The report itself is not changed. One instance
 * per thread: HanLP segmenters are not shared.
 */
public final class PreAnnotator {

	/** The id of the layer the pre-annotator writes. */
	public static final String LAYER_ID = "preannotation";

	private final HanlpTokenizer tokenizer = new HanlpTokenizer();
	private final EntityFinder entities = new EntityFinder();
	private final MetricFinder metrics = new MetricFinder();
	private final ClaimFinder claims = new ClaimFinder();
	private final RateChecker rates = new RateChecker();

	/**
	 * Loads what pre-annotating needs (HanLP's dictionaries, the finders' tables and code) on a
	 * thread of its own and returns at once, so that a command opens its corpus meanwhile instead of
	 * before; the first report a worker takes waits only for what is not loaded yet.
	 */
	public static void loadAhead() {
		Thread loader = new Thread(() -> {
			Report sample = ReportbankFactory.eINSTANCE.createReport();
			sample.setText("一、依法行政\n2023年，区司法局受理行政复议案件68件，败诉1件，败诉率4%。");
			try {
				new PreAnnotator().annotate(sample);
			} catch (RuntimeException e) {
				// the workers meet the same problem and report it with the report it concerns
			}
		}, "reportbank-preannotation-loading");
		loader.setDaemon(true);
		loader.start();
	}

	public Layer annotate(Report report) {
		String text = report.getText() == null ? "" : report.getText();
		List<Token> tokens = tokenizer.tokenize(text);
		Layer layer = ReportbankFactory.eINSTANCE.createLayer();
		layer.setId(LAYER_ID);
		layer.setKind(LayerKind.PREANNOTATION);
		Tokenization tokenization = ReportbankFactory.eINSTANCE.createTokenization();
		tokenization.setTool(HanlpTokenizer.TOOL);
		tokenization.setLengths(Tokenizations.encode(tokens, text.length()));
		tokenization.setPartsOfSpeech(Tokenizations.encodePartsOfSpeech(tokens, text.length()));
		layer.setTokenization(tokenization);

		SuggestionFactory suggestions = new SuggestionFactory(layer);
		entities.find(text, tokens).forEach(suggestions::entity);
		List<MetricMention> found = metrics.find(text);
		List<Metric> metricSpans = new ArrayList<>(found.size());
		found.forEach(m -> metricSpans.add(suggestions.metric(m)));
		List<int[]> offsets = found.stream().map(m -> new int[] { m.begin(), m.end() }).toList();
		claims.find(text, report.getSections(), offsets).forEach(c -> suggestions.claim(c, metricSpans));
		rates.check(text, found).forEach(c -> suggestions.check(c, metricSpans));
		return layer;
	}
}
