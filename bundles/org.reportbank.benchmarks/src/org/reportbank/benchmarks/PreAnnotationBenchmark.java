package org.reportbank.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Equinox application {@code org.reportbank.benchmarks.preannotation} behind
 * {@code ./reportbank benchmark}: pre-annotation throughput against bare HanLP segmentation, on
 * one thread and on several, measured in the same run. See {@link Options#USAGE} and
 * docs/benchmarks.md. Ctrl-C stops after the report being processed and prints the iterations
 * measured so far.
 */
public class PreAnnotationBenchmark extends BenchmarkApplication {

	public PreAnnotationBenchmark() {
		super("benchmark");
	}

	@Override
	int run(List<String> args, PrintStream out, PrintStream err) {
		Options options;
		try {
			options = Options.parse(args);
		} catch (Options.UsageException e) {
			err.println("reportbank benchmark: " + e.getMessage() + "\n\n" + Options.USAGE);
			return WRONG_COMMAND_LINE;
		}
		if (options.help()) {
			out.println(Options.USAGE);
			return OK;
		}
		try {
			return measure(options, out, err);
		} catch (BenchmarkCorpus.CorpusException e) {
			err.println("reportbank benchmark: " + e.getMessage());
			return FAILED;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			err.println("reportbank benchmark: interrupted");
			return CANCELLED;
		} catch (RuntimeException e) {
			err.println("reportbank benchmark: failed: " + e);
			e.printStackTrace(err);
			return FAILED;
		}
	}

	private int measure(Options options, PrintStream out, PrintStream err) throws BenchmarkCorpus.CorpusException, InterruptedException {
		err.println("benchmark: reading the seed reports of " + options.seeds().toAbsolutePath().normalize());
		BenchmarkCorpus corpus = BenchmarkCorpus.build(options.seeds(), options.megabytes(), err);
		err.printf(Locale.ROOT, "benchmark: corpus of %,d reports (%d seeds repeated), %,d characters, %.2f MB of UTF-8%n",
				corpus.reports().size(), corpus.seeds().size(), corpus.characters(), corpus.megabytes());
		if (options.threads() > Runtime.getRuntime().availableProcessors()) {
			err.printf("benchmark: note: %d threads on %d cores%n", options.threads(), Runtime.getRuntime().availableProcessors());
		}
		Results results = new Results(options, corpus);
		int exitCode = OK;
		err.println("benchmark: loading HanLP and creating the pre-annotators (one per thread), one pass over the seeds (not counted)");
		long preparing = System.nanoTime();
		try (Runner runner = new Runner(options.threads(), () -> cancelled)) {
			for (Variant variant : Variant.values()) {
				runner.run(variant, corpus.seeds());
			}
			results.preparation((System.nanoTime() - preparing) / 1e9);
			results.started();
			int total = options.warmup() + options.iterations();
			for (int iteration = 0; iteration < total; iteration++) {
				boolean warmup = iteration < options.warmup();
				String label = warmup ? String.format(Locale.ROOT, "warm-up %d/%d", iteration + 1, options.warmup())
						: String.format(Locale.ROOT, "iteration %d/%d", iteration - options.warmup() + 1, options.iterations());
				List<Variant> order = new ArrayList<>(List.of(Variant.values()));
				Collections.rotate(order, -iteration);
				Map<Variant, Runner.Run> runs = new EnumMap<>(Variant.class);
				for (Variant variant : order) {
					System.gc(); // every variant starts on a collected heap, not on the garbage of the one before
					err.printf(Locale.ROOT, "benchmark: %s %-40s", label, variant.describe(options.threads()));
					err.flush();
					Runner.Run run = runner.run(variant, corpus.reports());
					err.printf(Locale.ROOT, " %,12.0f chars/s  (%.2f s, CPU share %.0f %%, GC %.0f %%)%n",
							run.charactersPerSecond(corpus.characters()), run.nanos() / 1e9, 100 * run.cpuShare(), 100 * run.gcShare());
					runs.put(variant, run);
				}
				if (!warmup) {
					results.add(runs);
				}
			}
		} catch (Runner.Cancelled e) {
			err.println();
			err.println("benchmark: cancelled; printing the " + results.measured() + " measured iterations done");
			results.stopped("cancelled");
			exitCode = CANCELLED;
		} catch (Runner.WorkFailed e) {
			err.println();
			err.println("reportbank benchmark: " + e.getMessage());
			e.getCause().printStackTrace(err);
			results.stopped("failed: " + e.getMessage());
			exitCode = FAILED;
		}
		results.finished();
		String markdown = results.markdown();
		out.print(markdown);
		out.flush();
		if (options.out() != null) {
			try {
				results.write(options.out(), markdown);
				err.println("benchmark: written to " + options.out().toAbsolutePath().normalize());
			} catch (IOException e) {
				err.println("reportbank benchmark: cannot write " + options.out() + ": " + e.getMessage());
				return exitCode == OK ? FAILED : exitCode;
			}
		}
		return exitCode;
	}
}
