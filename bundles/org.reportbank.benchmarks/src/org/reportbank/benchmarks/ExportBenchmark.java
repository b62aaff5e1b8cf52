package org.reportbank.benchmarks;


import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.reportbank.core.progress.CancelOnInterrupt;
import org.reportbank.core.store.Folders;
import org.reportbank.io.dataset.DatasetFormat;
import org.reportbank.io.dataset.FormatSink;
import org.reportbank.io.formats.Formats;
import org.reportbank.model.Span;

import com.google.gson.stream.JsonWriter;

/**
 * The Equinox application {@code org.reportbank.benchmarks.export} behind
 * {@code ./reportbank benchmark-export}: writes a synthetic corpus of N spans (generated on the fly)
 * through each dataset format's {@link FormatSink} into a temporary folder, and, in the same run,
 * the same records (id, text, spans as begin, end, label) with a plain Gson {@link JsonWriter}, the
 * baseline. Reports spans per second, the ratio to the baseline, output size and heap: the peak
 * used heap sampled every few milliseconds, and what stays reachable (after a full GC) at the end
 * of the run, before the writers close. See {@link #USAGE} and docs/benchmarks.md.
 */
public class ExportBenchmark implements IApplication {

	static final int OK = 0;
	static final int FAILED = 1;
	static final int USAGE_ERROR = 2;
	static final int CANCELLED = 130;
	static final double TARGET_RATIO = 0.5;
	static final String BASELINE = "baseline (Gson JsonWriter)";

	static final String USAGE = """
			Usage: reportbank benchmark-export [OPTIONS]

			Writes a synthetic corpus (generated report by report, four gold spans per sentence)
			through every dataset format into a temporary folder, and the same records with a
			plain Gson JsonWriter (the baseline) in the same run; prints spans per second, the
			ratio to the baseline (target >= 0.5), output size, peak used heap and the heap
			still reachable at the end of each run, as a markdown table on stdout.

			Options:
			  --spans N[,N...]     corpus sizes in spans (default 100000,1000000)
			  --per-report N       spans per report (default 100)
			  --formats F[,F...]   the formats (default: all)
			  --iterations N       measured runs of each format and size; the best is kept (default 1)
			  --dir DIR            where to write the temporary folders (default: the system temp)
			  --out FILE           also write the markdown result to FILE
			  --help               this text

			Exit codes: 0 done; 1 failed; 2 wrong command line; 130 cancelled.""";

	/** One measured run. */
	record Run(String format, long spans, long reports, double seconds, long bytes, long peakHeap, long retainedHeap) {
		double spansPerSecond() {
			return spans / seconds;
		}
	}

	private volatile boolean cancelled;

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
		try (CancelOnInterrupt interrupt = CancelOnInterrupt.install(() -> cancelled = true, "benchmark-export-cancel", 30)) {
			return run(Arrays.asList(args), System.out, System.err);
		} finally {
			System.out.flush();
		}
	}

	@Override
	public void stop() {
		cancelled = true;
	}

	/** Runs the benchmark; the exit code. Public so it can run outside OSGi. */
	public int run(List<String> args, PrintStream out, PrintStream err) {
		List<Long> sizes = List.of(100_000L, 1_000_000L);
		int perReport = 100;
		int iterations = 1;
		List<DatasetFormat> formats = Formats.all();
		Path dir = null;
		Path outFile = null;
		try {
			for (int i = 0; i < args.size(); i++) {
				String arg = args.get(i);
				if (arg.equals("--help") || arg.equals("-h")) {
					out.println(USAGE);
					return OK;
				}
				if (i + 1 >= args.size()) {
					throw new IllegalArgumentException(arg.startsWith("--") ? arg + " needs a value" : "unexpected argument '" + arg + "'");
				}
				String value = args.get(++i);
				switch (arg) {
				case "--spans" -> sizes = Stream.of(value.split(",")).map(s -> Long.parseLong(s.trim().replace("_", ""))).toList();
				case "--per-report" -> perReport = Integer.parseInt(value);
				case "--iterations" -> iterations = Math.max(1, Integer.parseInt(value));
				case "--formats" -> {
					List<DatasetFormat> chosen = new ArrayList<>();
					for (String name : value.split(",")) {
						chosen.add(Formats.named(name.trim())
								.orElseThrow(() -> new IllegalArgumentException("unknown format " + name.trim())));
					}
					formats = chosen;
				}
				case "--dir" -> dir = Path.of(value);
				case "--out" -> outFile = Path.of(value);
				default -> throw new IllegalArgumentException("unknown option " + arg);
				}
			}
		} catch (IllegalArgumentException e) {
			err.println("reportbank benchmark-export: " + e.getMessage() + "\n\n" + USAGE);
			return USAGE_ERROR;
		}
		try {
			List<Run> runs = measure(sizes, perReport, iterations, formats, dir, err);
			String markdown = markdown(runs, sizes, perReport, iterations, args);
			out.print(markdown);
			out.flush();
			if (outFile != null) {
				Files.writeString(outFile, markdown, StandardCharsets.UTF_8);
				err.println("benchmark-export: written to " + outFile.toAbsolutePath().normalize());
			}
			return cancelled ? CANCELLED : OK;
		} catch (Cancelled e) {
			err.println("benchmark-export: cancelled");
			return CANCELLED;
		} catch (IOException | RuntimeException e) {
			err.println("reportbank benchmark-export: failed: " + e);
			e.printStackTrace(err);
			return FAILED;
		}
	}

	private static final class Cancelled extends RuntimeException {
		private static final long serialVersionUID = 1L;
	}

	private List<Run> measure(List<Long> sizes, int perReport, int iterations, List<DatasetFormat> formats, Path dir, PrintStream err)
			throws IOException {
		Path root = dir == null ? Files.createTempDirectory("reportbank-export-benchmark") : Files.createTempDirectory(dir, "export-benchmark");
		List<Run> runs = new ArrayList<>();
		try {
			err.println("benchmark-export: warm-up, 20,000 spans through every format and the baseline (not counted)");
			runOnce(null, new SyntheticReports(20_000, perReport), root);
			for (DatasetFormat format : formats) {
				runOnce(format, new SyntheticReports(20_000, perReport), root);
			}
			for (long size : sizes) {
				SyntheticReports corpus = new SyntheticReports(size, perReport);
				List<DatasetFormat> order = new ArrayList<>();
				order.add(null);
				order.addAll(formats);
				for (DatasetFormat format : order) {
					Run best = null;
					for (int i = 0; i < iterations; i++) {
						Run run = runOnce(format, corpus, root);
						err.printf(Locale.ROOT, "benchmark-export: %,10d spans %-28s %,12.0f spans/s  %6.2f s  %,8.1f MB out  peak heap %,6.0f MB%n",
								size, format == null ? BASELINE : format.name(), run.spansPerSecond(), run.seconds(), run.bytes() / 1e6,
								run.peakHeap() / 1048576.0);
						if (best == null || run.seconds() < best.seconds()) {
							best = run;
						}
					}
					runs.add(best);
				}
			}
			return runs;
		} finally {
			Folders.deleteTree(root);
		}
	}

	/** One run of a format (null: the baseline) over the corpus, into a fresh folder removed afterwards. */
	private Run runOnce(DatasetFormat format, SyntheticReports corpus, Path root) throws IOException {
		Path folder = Files.createTempDirectory(root, format == null ? "baseline" : format.name());
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		long before = memory.getHeapMemoryUsage().getUsed();
		HeapSampler sampler = new HeapSampler(memory);
		sampler.start();
		long started = System.nanoTime();
		long spans = 0;
		long reports = 0;
		long retained;
		long gcNanos;
		try {
			if (format == null) {
				try (Baseline baseline = new Baseline(folder)) {
					for (SyntheticReports.Item item : corpus) {
						checkCancelled();
						baseline.write(item);
						spans += item.spans().size();
						reports++;
					}
					long gc = System.nanoTime();
					retained = retained(memory, before);
					gcNanos = System.nanoTime() - gc;
				}
			} else {
				try (FormatSink sink = format.open(folder, SyntheticReports.TOKENIZER)) {
					for (SyntheticReports.Item item : corpus) {
						checkCancelled();
						sink.write(item.report(), item.spans(), item.split());
						spans += item.spans().size();
						reports++;
					}
					long gc = System.nanoTime();
					retained = retained(memory, before);
					gcNanos = System.nanoTime() - gc;
				}
			}
		} finally {
			sampler.finish();
		}
		long nanos = System.nanoTime() - started - gcNanos; // the full GC of the retained-heap reading is not the writer's time
		long bytes = size(folder);
		Folders.deleteTree(folder);
		return new Run(format == null ? BASELINE : format.name(), spans, reports, nanos / 1e9, bytes, sampler.peak, retained);
	}

	/** The heap reachable now (after a full GC) beyond what was there before the run: what the writers hold. */
	private static long retained(MemoryMXBean memory, long before) {
		System.gc();
		return Math.max(0, memory.getHeapMemoryUsage().getUsed() - before);
	}

	private void checkCancelled() {
		if (cancelled) {
			throw new Cancelled();
		}
	}

	/** The same records as the formats get, with a plain streaming JSON writer: one JSON object per line and split. */
	private static final class Baseline implements AutoCloseable {
		private final Path folder;
		private final Map<String, Writer> writers = new HashMap<>();

		Baseline(Path folder) {
			this.folder = folder;
		}

		void write(SyntheticReports.Item item) throws IOException {
			Writer out = writers.get(item.split());
			if (out == null) {
				out = new BufferedWriter(Files.newBufferedWriter(folder.resolve(item.split() + ".jsonl"), StandardCharsets.UTF_8));
				writers.put(item.split(), out);
			}
			JsonWriter json = new JsonWriter(out);
			json.beginObject();
			json.name("id").value(item.report().getId());
			json.name("text").value(item.report().getText());
			json.name("spans").beginArray();
			for (Span span : item.spans()) {
				json.beginArray().value(span.getBegin()).value(span.getEnd()).value(span.getLabel()).endArray();
			}
			json.endArray();
			json.endObject();
			json.flush();
			out.write('\n');
		}

		@Override
		public void close() throws IOException {
			for (Writer w : writers.values()) {
				w.close();
			}
		}
	}

	/** Reads the used heap every 2 ms and keeps the largest. */
	private static final class HeapSampler extends Thread {
		private final MemoryMXBean memory;
		private volatile boolean running = true;
		volatile long peak;

		HeapSampler(MemoryMXBean memory) {
			super("heap-sampler");
			setDaemon(true);
			this.memory = memory;
		}

		@Override
		public void run() {
			while (running) {
				peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
				try {
					Thread.sleep(2);
				} catch (InterruptedException e) {
					return;
				}
			}
		}

		void finish() {
			peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
			running = false;
			try {
				join();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private static String markdown(List<Run> runs, List<Long> sizes, int perReport, int iterations, List<String> args) {
		Runtime rt = Runtime.getRuntime();
		StringBuilder md = new StringBuilder();
		md.append(String.format(Locale.ROOT, "### Dataset export, %s%n%n",
				OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))));
		md.append(String.format(Locale.ROOT,
				"`./reportbank benchmark-export%s` — Java %s, %d cores, max heap %,d MB, %d spans per report, best of %d run%s.%n%n",
				args.isEmpty() ? "" : " " + String.join(" ", args), System.getProperty("java.version"), rt.availableProcessors(),
				rt.maxMemory() / 1048576, perReport, iterations, iterations == 1 ? "" : "s"));
		md.append("| spans | format | spans/s | ratio to baseline | seconds | output MB | MB/s | peak heap MB | retained heap MB |\n");
		md.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
		Map<Long, Run> baselines = new LinkedHashMap<>();
		for (Run run : runs) {
			if (run.format().equals(BASELINE)) {
				baselines.put(run.spans(), run);
			}
		}
		List<String> below = new ArrayList<>();
		for (Run run : runs) {
			Run baseline = baselines.get(run.spans());
			double ratio = baseline == null ? Double.NaN : run.spansPerSecond() / baseline.spansPerSecond();
			if (!run.format().equals(BASELINE) && ratio < TARGET_RATIO) {
				below.add(run.format() + " at " + run.spans());
			}
			md.append(String.format(Locale.ROOT, "| %,d | %s | %,.0f | %.2f | %.2f | %,.1f | %,.0f | %,.0f | %,.1f |%n", run.spans(),
					run.format(), run.spansPerSecond(), ratio, run.seconds(), run.bytes() / 1e6, run.bytes() / 1e6 / run.seconds(),
					run.peakHeap() / 1048576.0,
					run.retainedHeap() / 1048576.0));
		}
		md.append('\n');
		md.append(below.isEmpty() ? String.format(Locale.ROOT, "Every format at or above the target ratio %.1f.%n", TARGET_RATIO)
				: String.format(Locale.ROOT, "Below the target ratio %.1f: %s.%n", TARGET_RATIO, String.join(", ", below)));
		if (sizes.size() >= 2) {
			md.append("Peak and retained heap are to be compared between the sizes: flat when the writers stream.\n");
		}
		return md.toString();
	}

	private static long size(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).mapToLong(p -> {
				try {
					return Files.size(p);
				} catch (IOException e) {
					return 0;
				}
			}).sum();
		}
	}

}
