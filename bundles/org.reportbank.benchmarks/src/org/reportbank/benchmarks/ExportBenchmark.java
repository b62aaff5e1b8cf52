package org.reportbank.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

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
 * two baselines written with a plain Gson {@link JsonWriter}: (a) the common baseline, the same
 * records for every format (id, text, spans as begin, end, label), and (b) for each format its
 * same-content baseline, exactly the information that format wrote, as JSON, to as many files
 * ({@link SameContent}). Reports spans per second, the ratios to both baselines, output size and
 * heap: the peak used heap sampled every few milliseconds, and what stays reachable (after a full
 * GC) at the end of the run, before the writers close. See {@link #USAGE} and docs/benchmarks.md.
 */
public class ExportBenchmark extends BenchmarkApplication {

	static final double TARGET_RATIO = 0.5;
	static final String BASELINE = "(a) common baseline: id, text, spans";

	static final String USAGE = """
			Usage: reportbank benchmark-export [OPTIONS]

			Writes a synthetic corpus (generated report by report, four gold spans per sentence)
			through every dataset format into a temporary folder and, in the same run, two
			baselines with a plain Gson JsonWriter: (a) the same records for every format (id,
			text, spans as [begin, end, label]) and (b) for each format exactly what it wrote,
			as JSON, to as many files. Prints spans per second, the ratios to (a) and (b)
			(target >= 0.5), output size, peak used heap and the heap still reachable at the
			end of each run, as a markdown table on stdout.

			Options:
			  --spans N[,N...]     corpus sizes in spans (default 100000,1000000)
			  --per-report N       spans per report (default 100)
			  --formats F[,F...]   the formats (default: all)
			  --iterations N       measured runs of each format, baseline and size; the best is kept (default 1)
			  --dir DIR            where to write the temporary folders (default: the system temp)
			  --out FILE           also write the markdown result to FILE
			  --help               this text

			Exit codes: 0 done; 1 failed; 2 wrong command line; 130 cancelled.""";

	/** What a run wrote: a format, the common baseline (a), or a format's same-content baseline (b). */
	enum Kind {
		FORMAT, COMMON_BASELINE, SAME_CONTENT
	}

	/** One measured run. */
	record Run(Kind kind, String format, long spans, long reports, double seconds, long bytes, long peakHeap, long retainedHeap,
			double gcSeconds) {
		double spansPerSecond() {
			return spans / seconds;
		}
	}

	public ExportBenchmark() {
		super("benchmark-export");
	}

	/** Runs the benchmark; the exit code. Public so it can run outside OSGi. */
	@Override
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
			return WRONG_COMMAND_LINE;
		}
		try {
			double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
			List<Run> runs = measure(sizes, perReport, iterations, formats, dir, err);
			String markdown = markdown(runs, sizes, perReport, iterations, args, loadBefore);
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
		Path root = dir == null ? Files.createTempDirectory("reportbank-export-benchmark")
				: Files.createTempDirectory(dir, "export-benchmark");
		List<Run> runs = new ArrayList<>();
		try {
			err.println("benchmark-export: warm-up, 20,000 spans through every format and both baselines (not counted)");
			SyntheticReports warmUp = new SyntheticReports(20_000, perReport);
			runCommonBaseline(warmUp, root);
			for (DatasetFormat format : formats) {
				runFormatAndSameContent(format, warmUp, root);
			}
			for (long size : sizes) {
				SyntheticReports corpus = new SyntheticReports(size, perReport);
				Run best = null;
				for (int i = 0; i < iterations; i++) {
					Run run = runCommonBaseline(corpus, root);
					print(err, run);
					best = faster(best, run);
				}
				runs.add(best);
				for (DatasetFormat format : formats) {
					Run bestFormat = null;
					Run bestContent = null;
					for (int i = 0; i < iterations; i++) {
						Run[] pair = runFormatAndSameContent(format, corpus, root);
						print(err, pair[0]);
						bestFormat = faster(bestFormat, pair[0]);
						if (pair[1] != null) {
							print(err, pair[1]);
							bestContent = faster(bestContent, pair[1]);
						}
					}
					runs.add(bestFormat);
					if (bestContent != null) {
						runs.add(bestContent);
					}
				}
			}
			return runs;
		} finally {
			Folders.deleteTree(root);
		}
	}

	private static Run faster(Run best, Run run) {
		return best == null || run.seconds() < best.seconds() ? run : best;
	}

	private static void print(PrintStream err, Run run) {
		err.printf(Locale.ROOT,
				"benchmark-export: %,10d spans %-40s %,12.0f spans/s  %6.2f s  %,8.1f MB out  peak heap %,6.0f MB  GC %.2f s%n",
				run.spans(), label(run), run.spansPerSecond(), run.seconds(), run.bytes() / 1e6, run.peakHeap() / 1048576.0,
				run.gcSeconds());
	}

	private static String label(Run run) {
		return switch (run.kind()) {
		case COMMON_BASELINE -> BASELINE;
		case SAME_CONTENT -> "(b) same content as " + run.format();
		case FORMAT -> run.format();
		};
	}

	/** One pass over the corpus, writing each report as {@code step} does. */
	@FunctionalInterface
	private interface Step extends AutoCloseable {
		/** Writes one report; returns the nanoseconds of it that are not to be counted (reading a format's output back). */
		long write(SyntheticReports.Item item) throws IOException;

		@Override
		default void close() throws IOException {
		}
	}

	@FunctionalInterface
	private interface Opener {
		Step open() throws IOException;
	}

	private Run runCommonBaseline(SyntheticReports corpus, Path root) throws IOException {
		Path folder = Files.createTempDirectory(root, "baseline");
		try {
			return timed(Kind.COMMON_BASELINE, null, corpus, folder, () -> {
				Baseline baseline = new Baseline(folder);
				return new Step() {
					@Override
					public long write(SyntheticReports.Item item) throws IOException {
						baseline.write(item);
						return 0;
					}

					@Override
					public void close() throws IOException {
						baseline.close();
					}
				};
			});
		} finally {
			Folders.deleteTree(folder);
		}
	}

	/** The format's run, then (reading what it wrote) its same-content baseline's; the second is null for a format {@link SameContent} does not know. */
	private Run[] runFormatAndSameContent(DatasetFormat format, SyntheticReports corpus, Path root) throws IOException {
		Path output = Files.createTempDirectory(root, format.name());
		try {
			Run written = timed(Kind.FORMAT, format.name(), corpus, output, () -> {
				FormatSink sink = format.open(output, SyntheticReports.TOKENIZER);
				return new Step() {
					@Override
					public long write(SyntheticReports.Item item) throws IOException {
						sink.write(item.report(), item.spans(), item.split());
						return 0;
					}

					@Override
					public void close() throws IOException {
						sink.close();
					}
				};
			});
			Path folder = Files.createTempDirectory(root, "same-content-" + format.name());
			try {
				if (SameContent.of(format.name(), output, folder) == null) {
					return new Run[] { written, null };
				}
				Run content = timed(Kind.SAME_CONTENT, format.name(), corpus, folder, () -> {
					SameContent same = SameContent.of(format.name(), output, folder);
					return new Step() {
						@Override
						public long write(SyntheticReports.Item item) throws IOException {
							return same.write(item);
						}

						@Override
						public void close() throws IOException {
							same.close();
						}
					};
				});
				return new Run[] { written, content };
			} finally {
				Folders.deleteTree(folder);
			}
		} finally {
			Folders.deleteTree(output);
		}
	}

	/** One timed pass over the corpus into {@code folder}, which is left for the caller. */
	private Run timed(Kind kind, String format, SyntheticReports corpus, Path folder, Opener opener) throws IOException {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		long before = memory.getHeapMemoryUsage().getUsed();
		HeapSampler sampler = new HeapSampler(memory);
		sampler.start();
		long started = System.nanoTime();
		long spans = 0;
		long reports = 0;
		long excluded = 0;
		long retained;
		long gcBefore = gcMillis();
		long gcDuring;
		try {
			try (Step step = opener.open()) {
				for (SyntheticReports.Item item : corpus) {
					checkCancelled();
					excluded += step.write(item);
					spans += item.spans().size();
					reports++;
				}
				gcDuring = gcMillis() - gcBefore; // the run's own collections, not the full one below
				long gc = System.nanoTime();
				retained = retained(memory, before);
				excluded += System.nanoTime() - gc; // the full GC of the retained-heap reading is not the writer's time
			}
		} finally {
			sampler.finish();
		}
		long nanos = System.nanoTime() - started - excluded;
		return new Run(kind, format, spans, reports, nanos / 1e9, size(folder), sampler.peak, retained, gcDuring / 1e3);
	}

	/** Milliseconds the garbage collectors have spent so far. */
	private static long gcMillis() {
		long total = 0;
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			total += Math.max(0, gc.getCollectionTime());
		}
		return total;
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

	private static String markdown(List<Run> runs, List<Long> sizes, int perReport, int iterations, List<String> args,
			double loadBefore) {
		Runtime rt = Runtime.getRuntime();
		StringBuilder md = new StringBuilder();
		md.append(String.format(Locale.ROOT, "### Dataset export, %s%n%n",
				OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))));
		md.append(String.format(Locale.ROOT,
				"`./reportbank benchmark-export%s` — Java %s, %d cores, max heap %,d MB, %d spans per report, best of %d run%s;"
						+ " system load average (1 min) %.2f at the start, %.2f at the end (this run's own threads count too).%n%n",
				args.isEmpty() ? "" : " " + String.join(" ", args), System.getProperty("java.version"), rt.availableProcessors(),
				rt.maxMemory() / 1048576, perReport, iterations, iterations == 1 ? "" : "s", loadBefore,
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
		md.append("| spans | format | spans/s | seconds | output MB | MB/s | peak heap MB | retained heap MB"
				+ " | ratio to (a) | (b) spans/s | (b) output MB | ratio to (b) |\n");
		md.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		Map<Long, Run> common = new LinkedHashMap<>();
		Map<String, Run> sameContent = new HashMap<>();
		for (Run run : runs) {
			if (run.kind() == Kind.COMMON_BASELINE) {
				common.put(run.spans(), run);
			} else if (run.kind() == Kind.SAME_CONTENT) {
				sameContent.put(run.format() + "@" + run.spans(), run);
			}
		}
		Map<Long, List<String>> metA = new LinkedHashMap<>();
		Map<Long, List<String>> belowA = new LinkedHashMap<>();
		Map<Long, List<String>> metB = new LinkedHashMap<>();
		Map<Long, List<String>> belowB = new LinkedHashMap<>();
		for (Run run : runs) {
			if (run.kind() == Kind.SAME_CONTENT) {
				continue;
			}
			Run a = common.get(run.spans());
			double ratioA = a == null ? Double.NaN : run.spansPerSecond() / a.spansPerSecond();
			String bColumns = "– | – | –";
			if (run.kind() == Kind.FORMAT) {
				(ratioA >= TARGET_RATIO ? metA : belowA).computeIfAbsent(run.spans(), k -> new ArrayList<>()).add(run.format());
				Run b = sameContent.get(run.format() + "@" + run.spans());
				if (b != null) {
					double ratioB = run.spansPerSecond() / b.spansPerSecond();
					(ratioB >= TARGET_RATIO ? metB : belowB).computeIfAbsent(run.spans(), k -> new ArrayList<>()).add(run.format());
					bColumns = String.format(Locale.ROOT, "%,.0f | %,.1f | %.2f", b.spansPerSecond(), b.bytes() / 1e6, ratioB);
				} else {
					bColumns = "n/a | n/a | n/a";
				}
			}
			md.append(String.format(Locale.ROOT, "| %,d | %s | %,.0f | %.2f | %,.1f | %,.0f | %,.0f | %,.1f | %.2f | %s |%n", run.spans(),
					label(run), run.spansPerSecond(), run.seconds(), run.bytes() / 1e6, run.bytes() / 1e6 / run.seconds(),
					run.peakHeap() / 1048576.0, run.retainedHeap() / 1048576.0, ratioA, bColumns));
		}
		md.append('\n');
		for (long size : sizes) {
			md.append(String.format(Locale.ROOT,
					"At %,d spans, target ratio %.1f: against (a) met by %s; not met by %s. Against (b) met by %s; not met by %s.%n",
					size, TARGET_RATIO, list(metA.get(size)), list(belowA.get(size)), list(metB.get(size)), list(belowB.get(size))));
		}
		md.append('\n');
		md.append("(a): the common baseline, Gson JsonWriter writing id, text and spans as [begin, end, label], one line per report"
				+ " and a file per split, the same for every format. (b): the format's same-content baseline, Gson JsonWriter"
				+ " writing exactly what the format wrote for each report, as JSON, to as many files (reading the format's output"
				+ " back is not counted). Both include generating the reports, as the formats do.\n");
		double gcShareMax = 0;
		for (Run run : runs) {
			if (run.kind() == Kind.SAME_CONTENT) {
				gcShareMax = Math.max(gcShareMax, run.gcSeconds() / run.seconds());
			}
		}
		md.append(String.format(Locale.ROOT,
				"Garbage collection took at most %.0f %% of a (b) run's counted time; part of it collects what the"
						+ " uncounted reading left, so (b) may be up to that much slower than writing alone.%n",
				100 * gcShareMax));
		if (sizes.size() >= 2) {
			md.append("Peak and retained heap are to be compared between the sizes: flat when the writers stream.\n");
		}
		return md.toString();
	}

	private static String list(List<String> names) {
		return names == null || names.isEmpty() ? "no format" : String.join(", ", names);
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
