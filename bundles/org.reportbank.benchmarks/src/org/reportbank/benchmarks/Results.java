package org.reportbank.benchmarks;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The measured iterations of a run and their markdown summary. */
final class Results {

	/** (b)/(a): the whole pre-annotator against bare segmentation, both on one thread. */
	static final double TARGET_VS_SEGMENTATION = 0.5;
	/** (c)/(b): the pre-annotator on two threads against itself on one. */
	static final double TARGET_THREAD_SPEEDUP = 1.7;
	/** Below this CPU share the threads of (c) were held up, and the result says so. */
	static final double BUSY_MACHINE_CPU_SHARE = 0.85;

	private final Options options;
	private final BenchmarkCorpus corpus;
	private final OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC);
	private final List<Map<Variant, Runner.Run>> iterations = new ArrayList<>();
	private double preparationSeconds;
	private double loadBefore = Double.NaN;
	private double loadAfter = Double.NaN;
	private String stoppedBecause;

	Results(Options options, BenchmarkCorpus corpus) {
		this.options = options;
		this.corpus = corpus;
	}

	void preparation(double seconds) {
		preparationSeconds = seconds;
	}

	/** The system load average (1 minute) before the first warm-up iteration. */
	void started() {
		loadBefore = loadAverage();
	}

	/** The system load average (1 minute) after the last iteration. */
	void finished() {
		loadAfter = loadAverage();
	}

	static double loadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	void add(Map<Variant, Runner.Run> iteration) {
		iterations.add(new EnumMap<>(iteration));
	}

	void stopped(String reason) {
		stoppedBecause = reason;
	}

	int measured() {
		return iterations.size();
	}

	private double throughput(Map<Variant, Runner.Run> iteration, Variant variant) {
		return iteration.get(variant).charactersPerSecond(corpus.characters());
	}

	private List<Double> throughputs(Variant variant) {
		return iterations.stream().map(i -> throughput(i, variant)).toList();
	}

	private List<Double> ratios(Variant numerator, Variant denominator) {
		return iterations.stream().map(i -> throughput(i, numerator) / throughput(i, denominator)).toList();
	}

	String markdown() {
		StringBuilder md = new StringBuilder();
		md.append("### Pre-annotation throughput, ")
				.append(started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT))).append(" UTC\n\n");
		md.append("- Command: `./reportbank benchmark ").append(options.commandLine()).append("`\n");
		md.append("- Machine: ").append(machine()).append('\n');
		md.append(String.format(Locale.ROOT,
				"- Corpus: %,d reports (the %d seed reports of `%s` repeated), %,d characters, %.2f MB of UTF-8%n",
				corpus.reports().size(), corpus.seeds().size(), options.seeds().toAbsolutePath().normalize().getFileName(),
				corpus.characters(), corpus.megabytes()));
		md.append(String.format(Locale.ROOT,
				"- Iterations: %d warm-up + %d measured, the three variants in each (order rotated); HanLP dictionaries and pre-annotators loaded beforehand in %.1f s (not counted)%n",
				options.warmup(), options.iterations(), preparationSeconds));
		if (loadBefore >= 0) {
			md.append(String.format(Locale.ROOT,
					"- System load average (1 min): %.2f before the first iteration, %.2f after the last (this run's own threads count too)%n",
					loadBefore, loadAfter));
		}
		if (stoppedBecause != null) {
			md.append("- **Stopped early** (").append(stoppedBecause).append("): ").append(iterations.size()).append(" of ")
					.append(options.iterations()).append(" measured iterations done\n");
		}
		if (iterations.isEmpty()) {
			md.append("\nNo measured iteration was completed.\n");
			return md.toString();
		}
		Map<Variant, Runner.Run> last = iterations.get(iterations.size() - 1);
		md.append(String.format(Locale.ROOT,
				"- Output per pass over the corpus: (a) %,d terms; (b) %,d spans and checks; (c) %,d spans and checks%s%n",
				last.get(Variant.SEGMENT).output(), last.get(Variant.PREANNOTATE).output(),
				last.get(Variant.PREANNOTATE_THREADS).output(),
				last.get(Variant.PREANNOTATE).output() == last.get(Variant.PREANNOTATE_THREADS).output() ? ""
						: " (**(b) and (c) differ: the pre-annotator does not give the same result on several threads**)"));

		md.append(
				"\n| Variant | Mean (chars/s) | Std dev | Min | Max | CPU share | GC | Chars per CPU-second |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
		for (Variant variant : Variant.values()) {
			List<Double> values = throughputs(variant);
			double mean = mean(values);
			double sd = standardDeviation(values);
			md.append(String.format(Locale.ROOT, "| %s | %,.0f | %s | %,.0f | %,.0f | %.0f %% | %.0f %% | %,.0f |%n",
					variant.describe(options.threads()), mean,
					Double.isNaN(sd) ? "–" : String.format(Locale.ROOT, "%,.0f (%.1f %%)", sd, 100 * sd / mean), min(values),
					max(values), 100 * cpuShare(variant), 100 * gcShare(variant),
					mean(iterations.stream().map(i -> i.get(variant).charactersPerCpuSecond(corpus.characters())).toList())));
		}
		List<String> heldUp = new ArrayList<>();
		for (Variant variant : Variant.values()) {
			if (cpuShare(variant) < BUSY_MACHINE_CPU_SHARE) {
				heldUp.add(String.format(Locale.ROOT, "%s %.0f %%", variant.key, 100 * cpuShare(variant)));
			}
		}
		if (!heldUp.isEmpty()) {
			md.append("\n**Warning:** working threads were on a CPU less than ").append(Math.round(100 * BUSY_MACHINE_CPU_SHARE))
					.append(" % of the time (").append(String.join(", ", heldUp))
					.append("): they waited for locks, for the garbage collector or for cores other processes used, "
							+ "so the figures and ratios involving them understate an idle machine. Run again on a quiet machine.\n");
		}
		md.append("\n| Ratio | Mean | Min–max | Target | Met |\n|---|---:|---:|---:|---|\n");
		ratioRow(md, "(b)/(a): pre-annotator ÷ bare segmentation", ratios(Variant.PREANNOTATE, Variant.SEGMENT), TARGET_VS_SEGMENTATION);
		ratioRow(md, "(c)/(b): pre-annotator, " + options.threads() + " threads ÷ 1 thread",
				ratios(Variant.PREANNOTATE_THREADS, Variant.PREANNOTATE), options.threads() == 2 ? TARGET_THREAD_SPEEDUP : Double.NaN);

		md.append("\n| Iteration | (a) chars/s | (b) chars/s | (c) chars/s | (b)/(a) | (c)/(b) |\n|---:|---:|---:|---:|---:|---:|\n");
		for (int i = 0; i < iterations.size(); i++) {
			Map<Variant, Runner.Run> it = iterations.get(i);
			double a = throughput(it, Variant.SEGMENT);
			double b = throughput(it, Variant.PREANNOTATE);
			double c = throughput(it, Variant.PREANNOTATE_THREADS);
			md.append(String.format(Locale.ROOT, "| %d | %,.0f | %,.0f | %,.0f | %.2f | %.2f |%n", i + 1, a, b, c, b / a, c / b));
		}
		md.append(
				"\nRatios are means of the per-iteration ratios (each iteration runs all variants back to back); min–max is their spread. "
						+ "CPU share: the CPU time of the working threads ÷ (wall-clock time × threads). "
						+ "GC: the collection time the garbage collectors report ÷ wall-clock time. "
						+ "Chars per CPU-second: characters ÷ the CPU time of the working threads.\n");
		return md.toString();
	}

	private static void ratioRow(StringBuilder md, String name, List<Double> ratios, double target) {
		double mean = mean(ratios);
		md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f–%.2f | %s | %s |%n", name, mean, min(ratios), max(ratios),
				Double.isNaN(target) ? "–" : String.format(Locale.ROOT, "≥ %.1f", target),
				Double.isNaN(target) ? "–" : mean >= target ? "yes" : "**no**"));
	}

	/** The mean CPU share of a variant's working threads over the iterations. */
	private double cpuShare(Variant variant) {
		return mean(iterations.stream().map(i -> i.get(variant).cpuShare()).toList());
	}

	/** The mean share of a variant's wall-clock time spent in garbage collection. */
	private double gcShare(Variant variant) {
		return mean(iterations.stream().map(i -> i.get(variant).gcShare()).toList());
	}

	void write(Path file, String markdown) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		Files.writeString(file, markdown);
	}

	static String machine() {
		Runtime runtime = Runtime.getRuntime();
		String cpu = cpuModel();
		String gc = ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
				.collect(Collectors.joining(", "));
		return String.format(Locale.ROOT, "%d cores (availableProcessors)%s, %s %s %s; Java %s (%s), %s; max heap %,d MB; GC %s",
				runtime.availableProcessors(), cpu.isEmpty() ? "" : ", " + cpu, System.getProperty("os.name"),
				System.getProperty("os.version"), System.getProperty("os.arch"), System.getProperty("java.runtime.version"),
				System.getProperty("java.vendor"), System.getProperty("java.vm.name"), runtime.maxMemory() / (1024 * 1024), gc);
	}

	/** The processor's model name from /proc/cpuinfo, empty where there is none. */
	static String cpuModel() {
		try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
			return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst()
					.orElse("");
		} catch (IOException | RuntimeException e) {
			return "";
		}
	}

	static double mean(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
	}

	/** The sample standard deviation; NaN for fewer than two values. */
	static double standardDeviation(List<Double> values) {
		if (values.size() < 2) {
			return Double.NaN;
		}
		double mean = mean(values);
		double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
		return Math.sqrt(squares / (values.size() - 1));
	}

	/** The middle value, or the mean of the two middle ones; NaN for no values. */
	static double median(List<Double> values) {
		if (values.isEmpty()) {
			return Double.NaN;
		}
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	static double min(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
	}

	static double max(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
	}
}
