package org.reportbank.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.reportbank.model.Entity;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.Span;
import org.reportbank.model.Tokenization;
import org.reportbank.nlp.hanlp.HanlpTokenizer;
import org.reportbank.nlp.hanlp.PreAnnotator;
import org.reportbank.nlp.hanlp.Token;
import org.reportbank.nlp.hanlp.Tokenizations;
import org.reportbank.recommenders.LabeledSpan;
import org.reportbank.recommenders.LayerSource;
import org.reportbank.recommenders.PerceptronRecommender;
import org.reportbank.recommenders.RecommenderException;
import org.reportbank.recommenders.StringMatcher;
import org.reportbank.recommenders.TrainedModel;
import org.reportbank.recommenders.TrainingData;
import org.reportbank.recommenders.TrainingReport;

import com.google.gson.JsonObject;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;

/**
 * The Equinox application {@code org.reportbank.benchmarks.recommenders} behind
 * {@code ./reportbank benchmark-recommenders}: what the recommenders cost on a corpus of the
 * size a team reaches, each figure beside bare HanLP segmentation of the same text in the same
 * run. See {@link #USAGE} and docs/benchmarks.md. Ctrl-C stops at the next report.
 */
public class RecommenderBenchmark extends BenchmarkApplication {

	static final String USAGE = """
			Usage: reportbank benchmark-recommenders [OPTIONS]

			Measures the recommenders on reports varied from the seed reports (about a third
			of their lines each, districts and cities renamed), with the pre-annotator's
			entities as the team's spans:
			  1. training the perceptron on --reports reports: time and heap, against bare
			     HanLP segmentation of the same text
			  2. the perceptron's predictions on --predict other reports, against bare HanLP
			     segmentation of the same text (throughput ratio; target >= 0.5)
			  3. the string matcher, trained on the same spans, over --string-reports reports
			     made one at a time, against bare HanLP segmentation of each
			Progress goes to stderr, the markdown result to stdout; Ctrl-C stops.

			Options:
			  --seeds DIR          the seed reports (default: ./seeds)
			  --reports N          reports to train on (default 1000)
			  --predict N          reports to predict in (default 200)
			  --string-reports N   reports the string matcher goes over (default 10000)
			  --iterations N       measured passes of step 2 after one warm-up (default 3)
			  --out FILE           also write the markdown result to FILE
			  --help               this text

			Exit codes: 0 done; 1 failed; 2 wrong command line; 130 cancelled.""";

	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
	private final StringBuilder md = new StringBuilder();

	private record Settings(Path seeds, int reports, int predict, int stringReports, int iterations, Path out) {
	}

	public RecommenderBenchmark() {
		super("benchmark-recommenders");
	}

	@Override
	int run(List<String> args, PrintStream out, PrintStream err) {
		Settings settings;
		try {
			settings = parse(args);
		} catch (Options.UsageException e) {
			err.println("reportbank benchmark-recommenders: " + e.getMessage() + "\n\n" + USAGE);
			return WRONG_COMMAND_LINE;
		}
		if (settings == null) {
			out.println(USAGE);
			return OK;
		}
		int exitCode = OK;
		try {
			measure(settings, err);
		} catch (BenchmarkCorpus.CorpusException | RecommenderException e) {
			err.println("reportbank benchmark-recommenders: " + e.getMessage());
			return FAILED;
		} catch (OperationCanceledException e) {
			err.println();
			err.println("benchmark: cancelled; printing what was measured");
			md.append("\nCancelled before the end.\n");
			exitCode = CANCELLED;
		}
		out.print(md);
		out.flush();
		if (settings.out() != null) {
			try {
				Files.writeString(settings.out(), md, StandardCharsets.UTF_8);
				err.println("benchmark: written to " + settings.out().toAbsolutePath().normalize());
			} catch (IOException e) {
				err.println("reportbank benchmark-recommenders: cannot write " + settings.out() + ": " + e.getMessage());
				return FAILED;
			}
		}
		return exitCode;
	}

	private static Settings parse(List<String> args) throws Options.UsageException {
		Map<String, String> values = Options.values(args, Set.of("seeds", "reports", "predict", "string-reports", "iterations", "out"));
		if (values == null) {
			return null;
		}
		return new Settings(Path.of(values.getOrDefault("seeds", "seeds")), count(values, "reports", 1000), count(values, "predict", 200),
				count(values, "string-reports", 10_000), count(values, "iterations", 3),
				values.containsKey("out") ? Path.of(values.get("out")) : null);
	}

	private static int count(Map<String, String> values, String name, int otherwise) throws Options.UsageException {
		return values.containsKey(name) ? positive("--" + name, values.get(name)) : otherwise;
	}

	/** A count above 0; digit group marks (1,000 or 10_000) are allowed. */
	private static int positive(String option, String value) throws Options.UsageException {
		return Options.integer(option.substring(2), value.replace("_", "").replace(",", ""), 1);
	}

	private void measure(Settings settings, PrintStream err) throws BenchmarkCorpus.CorpusException, RecommenderException {
		double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		VariedReports varied = new VariedReports(BenchmarkCorpus.readSeeds(settings.seeds(), err));
		Segment segment = HanLP.newSegment();
		PreAnnotator preAnnotator = new PreAnnotator();

		err.printf(Locale.ROOT, "benchmark: making %,d reports with the pre-annotator's entities as their spans%n", settings.reports());
		List<TrainingReport> reports = new ArrayList<>(settings.reports());
		TreeSet<String> labels = new TreeSet<>();
		for (int i = 0; i < settings.reports(); i++) {
			checkCancelled();
			reports.add(withEntities("r" + i, varied.text(i), preAnnotator, labels));
		}
		TrainingData data = new TrainingData(LayerSource.accepted(), List.copyOf(labels), reports);
		long characters = reports.stream().mapToLong(r -> r.text().length()).sum();
		md.append(String.format(Locale.ROOT, "### Recommenders, %s%n%n",
				OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))));
		md.append(String.format(Locale.ROOT,
				"- Command: `./reportbank benchmark-recommenders --reports %d --predict %d --string-reports %d --iterations %d`%n",
				settings.reports(), settings.predict(), settings.stringReports(), settings.iterations()));
		md.append("- Machine: ").append(Results.machine()).append('\n');
		md.append(
				String.format(Locale.ROOT, "- Training corpus: %,d reports, %,d characters, %,d spans of %s%n", reports.size(), characters,
						data.spanCount(), String.join(", ", labels)));
		md.append(String.format(Locale.ROOT, "- System load average (1 min) before: %.2f%n%n", loadBefore));

		TrainedModel perceptron = train(data, segment, err);
		predict(settings, varied, segment, perceptron, err);
		stringMatcher(settings, varied, segment, data, err);
		md.append(String.format(Locale.ROOT, "%nSystem load average (1 min) after: %.2f (this run's own threads count too).%n",
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
	}

	/** Step 1: the perceptron's training, whole (HanLP's words, features, passes, calibration), and its heap. */
	private TrainedModel train(TrainingData data, Segment segment, PrintStream err) throws RecommenderException {
		err.println("benchmark: bare HanLP segmentation of the training text (the baseline)");
		List<String> texts = data.reports().stream().map(TrainingReport::text).toList();
		segmentAll(segment, texts); // loads the dictionaries, not counted
		System.gc();
		long segmentNanos = timed(() -> segmentAll(segment, texts));

		err.println("benchmark: training the perceptron");
		System.gc();
		long before = memory.getHeapMemoryUsage().getUsed();
		HeapSampler sampler = new HeapSampler(memory);
		sampler.start();
		long start = System.nanoTime();
		TrainedModel trained = new PerceptronRecommender().train(data, monitor(err, "training"));
		long trainNanos = System.nanoTime() - start;
		sampler.finish();
		System.gc();
		long retained = Math.max(0, memory.getHeapMemoryUsage().getUsed() - before);
		JsonObject state = trained.state();
		long stateBytes = state.toString().getBytes(StandardCharsets.UTF_8).length;

		md.append("#### 1. Training the perceptron\n\n");
		md.append(
				"| | seconds | ÷ bare segmentation | peak heap above the corpus MB | kept after training MB (the model, and HanLP's words of the training texts while they are held) | model file MB |\n");
		md.append("|---|---:|---:|---:|---:|---:|\n");
		md.append(String.format(Locale.ROOT, "| bare HanLP segmentation of the same text | %.1f | 1 | | | |%n", segmentNanos / 1e9));
		md.append(String.format(Locale.ROOT, "| perceptron training (%d passes + calibration) | %.1f | %.1f | %,.0f | %,.0f | %.1f |%n%n",
				PerceptronRecommender.DEFAULT_ITERATIONS, trainNanos / 1e9, (double) trainNanos / segmentNanos,
				(sampler.peak - before) / 1048576.0, retained / 1048576.0, stateBytes / 1048576.0));
		trained.trainingNotes().forEach(note -> md.append("Training notes: ").append(note).append(".\n"));
		md.append('\n');
		return trained;
	}

	/**
	 * Step 2: predictions of a model restored from its state (so HanLP's words are not cached)
	 * against segmentation: on reports as {@code recommend} meets them, pre-annotated, whose
	 * stored words it reads (decoding them is timed), and on bare text it segments itself.
	 */
	private void predict(Settings settings, VariedReports varied, Segment segment, TrainedModel model, PrintStream err)
			throws RecommenderException {
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < settings.predict(); i++) {
			texts.add(varied.text(settings.reports() + i));
		}
		long characters = texts.stream().mapToLong(String::length).sum();
		HanlpTokenizer tokenizer = new HanlpTokenizer();
		List<Tokenization> stored = new ArrayList<>();
		for (String text : texts) { // what the pre-annotator keeps with each report
			List<Token> words = tokenizer.tokenize(text);
			Tokenization tokenization = ReportbankFactory.eINSTANCE.createTokenization();
			tokenization.setTool(HanlpTokenizer.TOOL);
			tokenization.setLengths(Tokenizations.encode(words, text.length()));
			tokenization.setPartsOfSpeech(Tokenizations.encodePartsOfSpeech(words, text.length()));
			stored.add(tokenization);
		}
		JsonObject state = model.state();
		md.append("#### 2. The perceptron's predictions against bare segmentation\n\n");
		md.append(String.format(Locale.ROOT, "%,d other reports, %,d characters; one warm-up pass, then %d measured. "
				+ "*Pre-annotated*: as `recommend` meets a report the pre-annotator has read, its words and parts of speech "
				+ "decoded from the stored tokenization (timed) instead of segmenting the text again. *Bare text*: the "
				+ "perceptron segments the text itself.%n%n", texts.size(), characters, settings.iterations()));
		md.append("| pass | segmentation chars/s | HanLP words and parts of speech chars/s | perceptron, pre-annotated chars/s "
				+ "| ratio ÷ segmentation | perceptron, bare text chars/s | ratio ÷ segmentation | suggestions |\n");
		md.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		double storedSum = 0;
		double bareSum = 0;
		for (int pass = 0; pass <= settings.iterations(); pass++) {
			System.gc();
			long segmentNanos = timed(() -> segmentAll(segment, texts));
			System.gc();
			long tokenizeNanos = timed(() -> count(texts, tokenizer::tokenize));
			TrainedModel reading = new PerceptronRecommender().restore(model.provenance(), state);
			System.gc();
			long[] suggestions = new long[2];
			long storedNanos = timed(() -> {
				for (int i = 0; i < texts.size(); i++) {
					String text = texts.get(i);
					List<Token> words = Tokenizations.words(stored.get(i), text).orElseThrow();
					suggestions[0] += reading.predict(text, words).size();
				}
			});
			TrainedModel segmenting = new PerceptronRecommender().restore(model.provenance(), state);
			System.gc();
			long bareNanos = timed(() -> suggestions[1] = count(texts, segmenting::predict));
			if (suggestions[0] != suggestions[1]) {
				throw new IllegalStateException("the stored words gave " + suggestions[0] + " suggestions, segmenting again "
						+ suggestions[1] + ": they must be the same words");
			}
			double segmentRate = characters / (segmentNanos / 1e9);
			double storedRate = characters / (storedNanos / 1e9);
			double bareRate = characters / (bareNanos / 1e9);
			err.printf(Locale.ROOT,
					"benchmark: %s: segmentation %,.0f chars/s, perceptron %,.0f chars/s pre-annotated, %,.0f on bare text%n",
					pass == 0 ? "warm-up" : "pass " + pass, segmentRate, storedRate, bareRate);
			if (pass > 0) {
				storedSum += storedRate / segmentRate;
				bareSum += bareRate / segmentRate;
				md.append(String.format(Locale.ROOT, "| %d | %,.0f | %,.0f | %,.0f | %.2f | %,.0f | %.2f | %,d |%n", pass, segmentRate,
						characters / (tokenizeNanos / 1e9), storedRate, storedRate / segmentRate, bareRate, bareRate / segmentRate,
						suggestions[0]));
			}
		}
		double fromStored = storedSum / settings.iterations();
		double bare = bareSum / settings.iterations();
		md.append(String.format(Locale.ROOT,
				"%nMean ratio perceptron ÷ segmentation: **%.2f** on pre-annotated reports (target ≥ 0.5: %s); %.2f on bare text.%n%n",
				fromStored, fromStored >= 0.5 ? "met" : "not met", bare));
	}

	/** Step 3: the string matcher over a large corpus, report by report, each also segmented for comparison. */
	private void stringMatcher(Settings settings, VariedReports varied, Segment segment, TrainingData data, PrintStream err)
			throws RecommenderException {
		err.println("benchmark: training the string matcher");
		System.gc();
		long start = System.nanoTime();
		TrainedModel matcher = new StringMatcher().train(data, new NullProgressMonitor());
		long trainNanos = System.nanoTime() - start;
		System.gc();
		long before = memory.getHeapMemoryUsage().getUsed();
		HeapSampler sampler = new HeapSampler(memory);
		sampler.start();
		long segmentNanos = 0;
		long matchNanos = 0;
		long characters = 0;
		long suggestions = 0;
		int first = settings.reports() + settings.predict();
		for (int i = 0; i < settings.stringReports(); i++) {
			checkCancelled();
			String text = varied.text(first + i);
			characters += text.length();
			long t0 = System.nanoTime();
			segment.seg(text);
			long t1 = System.nanoTime();
			suggestions += matcher.predict(text).size();
			long t2 = System.nanoTime();
			segmentNanos += t1 - t0;
			matchNanos += t2 - t1;
			if ((i + 1) % Math.max(1, settings.stringReports() / 10) == 0) {
				err.printf(Locale.ROOT, "benchmark: string matcher %,d of %,d reports%n", i + 1, settings.stringReports());
			}
		}
		sampler.finish();
		md.append("#### 3. The string matcher over a large corpus\n\n");
		md.append(String.format(Locale.ROOT,
				"Trained on the %,d reports' %,d spans in %.2f s; then %,d other reports (%,d characters) made one at a time, "
						+ "each segmented and matched.%n%n",
				data.reports().size(), data.spanCount(), trainNanos / 1e9, settings.stringReports(), characters));
		md.append("| | seconds | chars/s | ratio to segmentation | suggestions | peak heap above the start MB |\n");
		md.append("|---|---:|---:|---:|---:|---:|\n");
		md.append(String.format(Locale.ROOT, "| bare HanLP segmentation | %.1f | %,.0f | 1 | | |%n", segmentNanos / 1e9,
				characters / (segmentNanos / 1e9)));
		md.append(String.format(Locale.ROOT, "| string matcher | %.1f | %,.0f | %.1f | %,d | %,.0f |%n", matchNanos / 1e9,
				characters / (matchNanos / 1e9), (double) segmentNanos / matchNanos, suggestions, (sampler.peak - before) / 1048576.0));
	}

	private TrainingReport withEntities(String id, String text, PreAnnotator preAnnotator, TreeSet<String> labels) {
		Report report = ReportbankFactory.eINSTANCE.createReport();
		report.setId(id);
		report.setText(text);
		List<LabeledSpan> spans = new ArrayList<>();
		for (Span span : preAnnotator.annotate(report).getSpans()) {
			if (span instanceof Entity) {
				spans.add(new LabeledSpan(span.getBegin(), span.getEnd(), span.getLabel()));
				labels.add(span.getLabel());
			}
		}
		return new TrainingReport(id, text, spans);
	}

	private void segmentAll(Segment segment, List<String> texts) {
		for (String text : texts) {
			checkCancelled();
			segment.seg(text);
		}
	}

	private long count(List<String> texts, Function<String, List<?>> predict) {
		long total = 0;
		for (String text : texts) {
			checkCancelled();
			total += predict.apply(text).size();
		}
		return total;
	}

	private static long timed(Runnable work) {
		long start = System.nanoTime();
		work.run();
		return System.nanoTime() - start;
	}

	/** A monitor that says "cancelled" after Ctrl-C and prints the training's progress every tenth. */
	private NullProgressMonitor monitor(PrintStream err, String what) {
		return new NullProgressMonitor() {
			private int total;
			private int done;
			private int printed;

			@Override
			public void beginTask(String name, int totalWork) {
				total = totalWork;
			}

			@Override
			public void worked(int work) {
				done += work;
				int tenth = total > 0 ? done * 10 / total : 0;
				if (tenth > printed) {
					printed = tenth;
					err.printf(Locale.ROOT, "benchmark: %s %d0 %%%n", what, tenth);
				}
			}

			@Override
			public boolean isCanceled() {
				return cancelled;
			}
		};
	}

	private void checkCancelled() {
		if (cancelled) {
			throw new OperationCanceledException();
		}
	}
}
