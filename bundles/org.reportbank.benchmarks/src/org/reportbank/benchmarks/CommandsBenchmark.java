package org.reportbank.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.Folders;
import org.reportbank.model.ReportEntry;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * What a user waits for on the command line, and how much memory each command needs as the
 * corpus grows: synthetic reports written as text files, then each command (import, annotate,
 * export, stats, three annotators' doccano imports, agreement) run as a process of its own through
 * the product's {@code reportbank-cli} with a fixed heap, timed from process start to exit, its
 * heap read from its GC log. The baseline, in the same run on the same files: bare HanLP
 * segmentation of the text files as a plain Java process ({@link BareSegmentation}), and for
 * comparison the same without HanLP's person-name recognizer, as annotate's tokenizer cuts. With
 * {@code --rounds N} the baseline, import and annotate run N times in turn, each round importing
 * into a corpus of its own, and the speed target is judged on the median of the rounds' ratios:
 * on a shared machine one run's baseline or annotate can be a quarter off.
 */
public final class CommandsBenchmark extends BenchmarkApplication {

	private static final String USAGE = """
			Usage: reportbank benchmark-commands [--seeds DIR] [--reports N[,N...]] [--rounds N] [--heap SIZE] [--threads N]
			                                     [--live-heap SECONDS] [--commands all|speed] [--work DIR] [--out FILE]

			  --reports N,...  corpus sizes to run, each from scratch (default 1000)
			  --rounds N       run the baseline, import and annotate N times in turn, each import into a corpus of its own;
			                   the speed target is judged on the median ratio (default 1)
			  --heap SIZE      the -Xmx of every command and of the baseline (default 512m)
			  --threads N      annotate --threads (default: the command's own, one per core)
			  --live-heap S    also read what each process really holds, every S seconds, with jcmd's class histogram
			                   (each reading is a full collection in that process: the times grow a little)
			  --commands speed only the baseline, import and annotate: what the speed target compares (default all)
			  --work DIR       where the reports and corpora are made (default: a temporary folder, removed after)
			  --out FILE       also write the markdown result there
			""";

	private static final Pattern HEAP = Pattern.compile("[1-9][0-9]{0,5}[mMgG]");
	/** Metric-like and organization-like stretches, the base of the synthetic annotators' spans. */
	private static final Pattern METRIC = Pattern.compile("[0-9]+(\\.[0-9]+)?(件|个|次|人|家|场|%|亿元|万元|元|天|项|份)");
	private static final Pattern ORG = Pattern.compile("[\\u4e00-\\u9fa5]{2,8}?(司法局|委员会|人民政府|法院|检察院|公安局|管理局)");
	private static final String[] ANNOTATORS = { "ann1", "ann2", "ann3" };

	private record Settings(Path seeds, List<Integer> sizes, int rounds, String heap, Integer threads, int liveHeapEvery, boolean speedOnly,
			Path work, Path out) {
	}

	/**
	 * One round's runs of the two processes the speed target compares, and of the segmentation as
	 * annotate's tokenizer runs it (no person names), which does less than the baseline.
	 */
	private record Round(CommandRun baseline, CommandRun tokenizerSegmentation, CommandRun annotate) {
		double ratio() {
			return baseline.seconds() / annotate.seconds();
		}

		double ratioToTokenizer() {
			return tokenizerSegmentation.seconds() / annotate.seconds();
		}
	}

	private final StringBuilder md = new StringBuilder();

	public CommandsBenchmark() {
		super("benchmark-commands");
	}

	@Override
	int run(List<String> args, PrintStream out, PrintStream err) {
		Settings settings;
		try {
			settings = parse(args);
		} catch (Options.UsageException e) {
			err.println("reportbank benchmark-commands: " + e.getMessage() + "\n\n" + USAGE);
			return WRONG_COMMAND_LINE;
		}
		if (settings == null) {
			out.println(USAGE);
			return OK;
		}
		int exitCode = OK;
		Path work = settings.work();
		try {
			if (work == null) {
				work = Files.createTempDirectory("reportbank-commands-benchmark");
			}
			measure(settings, work, err);
		} catch (InterruptedException e) {
			err.println("reportbank benchmark-commands: " + e.getMessage());
			exitCode = CANCELLED;
		} catch (Exception e) {
			err.println("reportbank benchmark-commands: " + e.getMessage());
			exitCode = cancelled ? CANCELLED : FAILED;
		} finally {
			if (settings.work() == null && work != null) {
				try {
					Folders.deleteTree(work);
				} catch (IOException e) {
					err.println("reportbank benchmark-commands: could not remove " + work + ": " + e.getMessage());
				}
			}
		}
		out.print(md);
		if (settings.out() != null) {
			try {
				Files.writeString(settings.out(), md, StandardCharsets.UTF_8);
			} catch (IOException e) {
				err.println("reportbank benchmark-commands: cannot write " + settings.out() + ": " + e.getMessage());
				return FAILED;
			}
		}
		return exitCode;
	}

	private static Settings parse(List<String> args) throws Options.UsageException {
		Map<String, String> values = Options.values(args,
				Set.of("seeds", "reports", "rounds", "heap", "threads", "live-heap", "commands", "work", "out"));
		if (values == null) {
			return null;
		}
		List<Integer> sizes = new ArrayList<>();
		for (String size : values.getOrDefault("reports", "1000").split(",")) {
			sizes.add(Options.integer("reports", size.strip(), 1));
		}
		int rounds = Options.integer("rounds", values.getOrDefault("rounds", "1"), 1);
		String heap = values.getOrDefault("heap", "512m");
		if (!HEAP.matcher(heap).matches()) {
			throw new Options.UsageException("--heap needs a size such as 512m or 2g, not '" + heap + "'");
		}
		Integer threads = values.containsKey("threads") ? Options.integer("threads", values.get("threads"), 1) : null;
		int liveHeapEvery = values.containsKey("live-heap") ? Options.integer("live-heap", values.get("live-heap"), 1) : 0;
		String commands = values.getOrDefault("commands", "all");
		if (!commands.equals("all") && !commands.equals("speed")) {
			throw new Options.UsageException("--commands is all or speed, not '" + commands + "'");
		}
		return new Settings(Path.of(values.getOrDefault("seeds", "seeds")), sizes, rounds, heap, threads, liveHeapEvery,
				commands.equals("speed"),
				values.containsKey("work") ? Path.of(values.get("work")) : null,
				values.containsKey("out") ? Path.of(values.get("out")) : null);
	}

	private void measure(Settings settings, Path work, PrintStream err) throws Exception {
		Path product = productFolder();
		Path launcher = product.resolve("reportbank-cli");
		Path configuration = work.resolve("cli-configuration");
		VariedReports varied = new VariedReports(BenchmarkCorpus.readSeeds(settings.seeds(), err), 12);
		String started = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
		Map<Integer, List<CommandRun>> results = new LinkedHashMap<>();
		Map<Integer, List<Round>> rounds = new LinkedHashMap<>();
		Map<Integer, Long> characters = new LinkedHashMap<>();
		try {
			measureSizes(settings, work, launcher, configuration, varied, results, rounds, characters, err);
		} finally {
			report(settings, started, results, rounds, characters); // a failed or cancelled run still shows what it measured
		}
	}

	private void measureSizes(Settings settings, Path work, Path launcher, Path configuration, VariedReports varied,
			Map<Integer, List<CommandRun>> results, Map<Integer, List<Round>> rounds, Map<Integer, Long> characters, PrintStream err)
			throws Exception {
		Path product = launcher.getParent();
		for (int size : settings.sizes()) {
			Path folder = work.resolve("n" + size);
			Folders.deleteTree(folder);
			Path reports = Files.createDirectories(folder.resolve("reports"));
			err.printf(Locale.ROOT, "benchmark: writing %,d reports%n", size);
			characters.put(size, writeReports(varied, size, reports));
			checkCancelled();
			Runner runner = new Runner(launcher, configuration, settings.heap(), settings.liveHeapEvery(), folder, err);
			runner.cli("warm-up (not counted)", List.of("--help")); // the configuration area is made once, as on a used machine
			List<CommandRun> runs = new ArrayList<>();
			results.put(size, runs);
			List<Round> sizeRounds = new ArrayList<>();
			rounds.put(size, sizeRounds);
			Path corpus = null;
			for (int round = 1; round <= settings.rounds(); round++) {
				// a corpus of its own for each round: removing one just before the next import would slow that import
				corpus = folder.resolve(settings.rounds() == 1 ? "corpus" : "corpus-" + round);
				String of = settings.rounds() == 1 ? "" : ", round " + round;
				CommandRun baseline = runner.java("bare HanLP segmentation (baseline)" + of, bareSegmentation(product, reports, false));
				runs.add(baseline);
				CommandRun tokenizerSegmentation = runner.java("bare HanLP segmentation without person names, as annotate's tokenizer" + of,
						bareSegmentation(product, reports, true));
				runs.add(tokenizerSegmentation);
				runs.add(runner.cli("import" + of, List.of("import", reports.toString(), "--corpus", corpus.toString())));
				List<String> annotate = new ArrayList<>(List.of("annotate", "--corpus", corpus.toString()));
				if (settings.threads() != null) {
					annotate.addAll(List.of("--threads", settings.threads().toString()));
				}
				CommandRun annotated = runner.cli("annotate" + of, annotate);
				runs.add(annotated);
				sizeRounds.add(new Round(baseline, tokenizerSegmentation, annotated));
			}
			if (!settings.speedOnly()) {
				runs.add(runner.cli("export (jsonl)",
						List.of("export", "--corpus", corpus.toString(), "--format", "jsonl", "--out",
								folder.resolve("corpus.jsonl").toString())));
				runs.add(runner.cli("stats", List.of("stats", "--corpus", corpus.toString())));
				List<Path> doccano = writeAnnotators(corpus, folder);
				for (int a = 0; a < ANNOTATORS.length; a++) {
					runs.add(
							runner.cli("import --doccano (" + ANNOTATORS[a] + ")", List.of("import", "--doccano", doccano.get(a).toString(),
									"--annotator", ANNOTATORS[a], "--corpus", corpus.toString())));
				}
				runs.add(runner.cli("agreement", List.of("agreement", "--corpus", corpus.toString())));
				runs.add(runner.cli("export (doccano, split 8:1:1)", List.of("export", "--corpus", corpus.toString(), "--format", "doccano",
						"--layer", ANNOTATORS[0], "--split", "8:1:1", "--out", folder.resolve("dataset").toString())));
			}
			if (settings.work() == null) {
				Folders.deleteTree(folder); // the next size needs the disk more than this one's files
			}
		}
	}

	/** Runs processes one after the other; each failure stops the benchmark, naming the command and its log. */
	private final class Runner {
		private final Path launcher;
		private final Path configuration;
		private final String heap;
		private final int liveHeapEvery;
		private final Path folder;
		private final PrintStream err;
		private int count;

		Runner(Path launcher, Path configuration, String heap, int liveHeapEvery, Path folder, PrintStream err) {
			this.launcher = launcher;
			this.configuration = configuration;
			this.heap = heap;
			this.liveHeapEvery = liveHeapEvery;
			this.folder = folder;
			this.err = err;
		}

		CommandRun cli(String name, List<String> args) throws Exception {
			Path log = folder.resolve(String.format(Locale.ROOT, "%02d.log", ++count));
			List<String> command = new ArrayList<>(List.of(launcher.toString()));
			command.addAll(args);
			// the command line itself, not this benchmark, whose application id the environment holds
			Map<String, String> environment = Map.of("REPORTBANK_APPLICATION", "org.reportbank.cli.cli", "REPORTBANK_CLI_CONFIG",
					configuration.toString(), "REPORTBANK_VM_ARGS",
					"-Xmx" + heap + " -Xlog:gc:file=" + CommandRun.gcLog(log));
			return measured(name, command, environment, log);
		}

		CommandRun java(String name, List<String> args) throws Exception {
			Path log = folder.resolve(String.format(Locale.ROOT, "%02d.log", ++count));
			String java = ProcessHandle.current().info().command().orElse("java");
			List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-Xlog:gc:file=" + CommandRun.gcLog(log)));
			command.addAll(args);
			return measured(name, command, Map.of(), log);
		}

		private CommandRun measured(String name, List<String> command, Map<String, String> environment, Path log) throws Exception {
			checkCancelled();
			err.printf(Locale.ROOT, "benchmark: %s ...%n", name);
			CommandRun run = CommandRun.run(name, command, environment, log, () -> cancelled, liveHeapEvery);
			err.printf(Locale.ROOT, "benchmark: %s: %.1f s, exit %d, heap after GC %d MB%s%n", name, run.seconds(), run.exitCode(),
					run.liveMb(), run.sampledLiveMb() < 0 ? "" : ", live " + run.sampledLiveMb() + " MB");
			if (run.exitCode() != 0) {
				throw new IOException(name + " failed (exit " + run.exitCode() + "); see " + log);
			}
			return run;
		}
	}

	/** The kernel's transparent huge pages setting, the word in brackets ("madvise": on request), or "unknown". */
	private static String hugePagesMode() {
		try {
			String setting = Files.readString(Path.of("/sys/kernel/mm/transparent_hugepage/enabled"));
			int open = setting.indexOf('[');
			int close = setting.indexOf(']', open + 1);
			return open >= 0 && close > open ? setting.substring(open + 1, close) : "unknown";
		} catch (IOException e) {
			return "unknown";
		}
	}

	/** The product's folder: where this application was started from. */
	private static Path productFolder() throws URISyntaxException, IOException {
		Path install = Path.of(Platform.getInstallLocation().getURL().toURI());
		if (!Files.isExecutable(install.resolve("reportbank-cli"))) {
			throw new IOException(install + " has no reportbank-cli: run this benchmark from the built product");
		}
		return install;
	}

	/** The baseline's arguments: the product's HanLP jar and this bundle's jar, the folder, and whether to cut no person names. */
	private static List<String> bareSegmentation(Path product, Path reports, boolean withoutPersonNames) throws IOException {
		Path hanlp = null;
		Path benchmarks = null;
		try (DirectoryStream<Path> plugins = Files.newDirectoryStream(product.resolve("plugins"), "*.jar")) {
			for (Path jar : plugins) {
				String name = jar.getFileName().toString();
				if (name.startsWith("com.hankcs.hanlp_")) {
					hanlp = jar;
				} else if (name.startsWith("org.reportbank.benchmarks_")) {
					benchmarks = jar;
				}
			}
		}
		if (hanlp == null || benchmarks == null) {
			throw new IOException(product.resolve("plugins") + " lacks the HanLP or the benchmarks jar");
		}
		List<String> arguments = new ArrayList<>(
				List.of("-cp", hanlp + java.io.File.pathSeparator + benchmarks, BareSegmentation.class.getName(), reports.toString()));
		if (withoutPersonNames) {
			arguments.add(BareSegmentation.WITHOUT_PERSON_NAMES);
		}
		return arguments;
	}

	/** Writes the reports as UTF-8 text files; their characters. */
	private long writeReports(VariedReports varied, int count, Path folder) throws IOException, InterruptedException {
		long characters = 0;
		for (int i = 0; i < count; i++) {
			if (i % 1000 == 0) {
				checkCancelled();
			}
			String text = varied.text(i);
			characters += text.length();
			Files.writeString(folder.resolve(String.format(Locale.ROOT, "r%06d.txt", i)), text, StandardCharsets.UTF_8);
		}
		return characters;
	}

	/**
	 * A doccano file per synthetic annotator over the imported corpus (read one report at a time):
	 * the same metric- and organization-like stretches for all three, each annotator leaving out a
	 * different tenth and cutting another twentieth a character short, so that they agree mostly.
	 */
	private List<Path> writeAnnotators(Path corpusFolder, Path folder) throws Exception {
		CorpusStore store = CorpusStore.open(corpusFolder);
		List<Path> files = new ArrayList<>();
		List<BufferedWriter> writers = new ArrayList<>();
		List<Random> randoms = new ArrayList<>();
		try {
			for (int a = 0; a < ANNOTATORS.length; a++) {
				Path file = folder.resolve(ANNOTATORS[a] + ".doccano.jsonl");
				files.add(file);
				writers.add(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
				randoms.add(new Random(1000 + a));
			}
			int done = 0;
			for (ReportEntry entry : store.entries()) {
				if (++done % 1000 == 0) {
					checkCancelled();
				}
				String text = store.loadReport(entry.getId()).getText();
				for (int a = 0; a < ANNOTATORS.length; a++) {
					JsonObject record = new JsonObject();
					record.addProperty("id", entry.getId());
					record.addProperty("text", text);
					JsonArray labels = new JsonArray();
					addSpans(labels, text, METRIC, "METRIC", randoms.get(a));
					addSpans(labels, text, ORG, "ORG", randoms.get(a));
					record.add("label", labels);
					writers.get(a).write(record.toString());
					writers.get(a).write('\n');
				}
			}
		} finally {
			for (BufferedWriter writer : writers) {
				writer.close();
			}
		}
		return files;
	}

	private static void addSpans(JsonArray labels, String text, Pattern pattern, String label, Random random) {
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			double roll = random.nextDouble();
			if (roll < 0.10) {
				continue;
			}
			int end = roll < 0.15 && m.end() - m.start() > 2 ? m.end() - 1 : m.end();
			JsonArray span = new JsonArray();
			span.add(text.codePointCount(0, m.start())); // doccano counts code points
			span.add(text.codePointCount(0, end));
			span.add(label);
			labels.add(span);
		}
	}

	private void checkCancelled() throws InterruptedException {
		if (cancelled) {
			throw new InterruptedException("cancelled");
		}
	}

	private void report(Settings settings, String started, Map<Integer, List<CommandRun>> results, Map<Integer, List<Round>> rounds,
			Map<Integer, Long> characters) {
		Runtime runtime = Runtime.getRuntime();
		md.append("### Commands, ").append(started).append("\n\n");
		md.append("- Command: `./reportbank benchmark-commands --reports ")
				.append(String.join(",", settings.sizes().stream().map(String::valueOf).toList()))
				.append(settings.rounds() == 1 ? "" : " --rounds " + settings.rounds()).append(" --heap ")
				.append(settings.heap())
				.append(settings.threads() == null ? "" : " --threads " + settings.threads())
				.append(settings.liveHeapEvery() == 0 ? "" : " --live-heap " + settings.liveHeapEvery())
				.append(settings.speedOnly() ? " --commands speed" : "").append("`\n");
		// the processor too: runs on two machines of "2 cores" differed by half in this benchmark's times
		String cpu = Results.cpuModel();
		md.append(String.format(Locale.ROOT, "- Machine: %d cores%s; Java %s; every process with -Xmx%s%n", runtime.availableProcessors(),
				cpu.isEmpty() ? "" : ", " + cpu, System.getProperty("java.version"), settings.heap()));
		md.append(
				"- JIT: the commands as `reportbank-cli` starts them (quick compiler only, but annotate of 20,000 reports or more with both), the baseline with Java's defaults\n");
		md.append(
				"- Pages: annotate's heap in huge pages from 3,000 reports on where the kernel gives them on request, the baseline with Java's defaults; this kernel: ")
				.append(hugePagesMode()).append('\n');
		if (settings.rounds() > 1) {
			md.append("- Rounds: ").append(settings.rounds())
					.append(" (the baseline, import and annotate in turn, each import into a corpus of its own); the target is judged on the median ratio\n");
		}
		for (Map.Entry<Integer, Long> size : characters.entrySet()) {
			md.append(String.format(Locale.ROOT, "- %,d reports: %,d characters of text%n", size.getKey(), size.getValue()));
		}
		md.append('\n');
		boolean sampled = settings.liveHeapEvery() > 0;
		md.append("| Reports | Command | Wall (s) | Exit | Heap after GC, max (MB) | Heap before GC, max (MB) | Collections |")
				.append(sampled ? " Live heap, max of samples (MB) |\n" : "\n");
		md.append("|---:|---|---:|---:|---:|---:|---:|").append(sampled ? "---:|\n" : "\n");
		for (Map.Entry<Integer, List<CommandRun>> size : results.entrySet()) {
			for (CommandRun run : size.getValue()) {
				md.append(String.format(Locale.ROOT, "| %,d | %s | %.1f | %d | %d | %d | %d |", size.getKey(), run.name(), run.seconds(),
						run.exitCode(), run.liveMb(), run.peakMb(), run.collections()));
				if (sampled) {
					md.append(run.sampledLiveMb() < 0 ? " not read |" : " " + run.sampledLiveMb() + " |");
				}
				md.append('\n');
			}
		}
		md.append("\n| Reports | annotate ÷ bare segmentation (throughput, whole processes), each round | Median | Target | Met |\n")
				.append("|---:|---|---:|---:|---|\n");
		List<String> tokenizerMedians = new ArrayList<>();
		for (Map.Entry<Integer, List<Round>> size : rounds.entrySet()) {
			List<Double> ratios = size.getValue().stream().map(Round::ratio).toList();
			if (ratios.isEmpty()) {
				continue; // stopped before annotate
			}
			double median = Results.median(ratios);
			md.append(String.format(Locale.ROOT, "| %,d | %s | %.2f | ≥ 0.5 | %s |%n", size.getKey(),
					String.join(", ", ratios.stream().map(r -> String.format(Locale.ROOT, "%.2f", r)).toList()), median,
					median >= 0.5 ? "yes" : "no"));
			tokenizerMedians.add(String.format(Locale.ROOT, "%,d reports %.2f", size.getKey(),
					Results.median(size.getValue().stream().map(Round::ratioToTokenizer).toList())));
		}
		if (!tokenizerMedians.isEmpty()) {
			md.append("\nFor comparison, not the target: annotate ÷ bare segmentation as annotate's tokenizer runs it (HanLP's standard"
					+ " segmenter without its person-name recognizer, which the baseline runs), median over the rounds: ")
					.append(String.join(", ", tokenizerMedians)).append(".\n");
		}
	}
}
