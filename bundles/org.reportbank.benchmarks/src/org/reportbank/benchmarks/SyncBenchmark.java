package org.reportbank.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jgit.api.Git;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.Span;
import org.reportbank.model.SpanOrigin;
import org.reportbank.model.SpanStatus;
import org.reportbank.sync.CorpusRepository;
import org.reportbank.sync.SyncResult;

/**
 * How long a team waits for sync: a corpus of 1,000 reports with a layer of each of 5 annotators
 * in every report, shared through a bare repository and cloned by the other four; then rounds in
 * which each annotator changes a few layers and syncs. Each incremental sync is set beside the
 * save that made its changes (the baseline, measured in the same run) and beside the first,
 * whole share, to show that only the changed files cost time.
 */
public final class SyncBenchmark extends BenchmarkApplication {

	private static final String USAGE = """
			Usage: reportbank benchmark-sync [--seeds DIR] [--reports N] [--annotators N] [--changed N] [--rounds N] [--out FILE]

			  --reports N      reports in the corpus (default 1000)
			  --annotators N   annotators, each with a layer in every report, each on a clone (default 5)
			  --changed N      layers each annotator changes before each of their syncs (default 3)
			  --rounds N       rounds of every annotator changing and syncing (default 3)
			  --out FILE       also write the markdown table there
			""";

	private static final ReportbankFactory F = ReportbankFactory.eINSTANCE;

	private record Settings(Path seeds, int reports, int annotators, int changed, int rounds, Path out) {
	}

	private final StringBuilder md = new StringBuilder();

	public SyncBenchmark() {
		super("benchmark-sync");
	}

	@Override
	int run(List<String> args, PrintStream out, PrintStream err) {
		Settings settings;
		try {
			settings = parse(args);
		} catch (Options.UsageException e) {
			err.println("reportbank benchmark-sync: " + e.getMessage() + "\n\n" + USAGE);
			return WRONG_COMMAND_LINE;
		}
		if (settings == null) {
			out.println(USAGE);
			return OK;
		}
		Path work;
		try {
			work = Files.createTempDirectory("reportbank-sync-benchmark");
		} catch (IOException e) {
			err.println("reportbank benchmark-sync: no temporary folder: " + e.getMessage());
			return FAILED;
		}
		int exitCode = OK;
		try {
			measure(settings, work, err);
		} catch (Exception e) {
			err.println("reportbank benchmark-sync: " + e.getMessage());
			exitCode = cancelled ? CANCELLED : FAILED;
		} finally {
			delete(work);
		}
		out.print(md);
		if (settings.out() != null) {
			try {
				Files.writeString(settings.out(), md, StandardCharsets.UTF_8);
			} catch (IOException e) {
				err.println("reportbank benchmark-sync: cannot write " + settings.out() + ": " + e.getMessage());
				return FAILED;
			}
		}
		return exitCode;
	}

	private void measure(Settings settings, Path work, PrintStream err) throws Exception {
		VariedReports varied = new VariedReports(BenchmarkCorpus.readSeeds(settings.seeds(), err));
		List<String> people = new ArrayList<>();
		for (int a = 0; a < settings.annotators(); a++) {
			people.add("annotator" + (a + 1));
		}
		Path first = work.resolve("clone-1");
		err.printf(Locale.ROOT, "benchmark: making %,d reports with %d layers each%n", settings.reports(), people.size());
		CorpusStore store = CorpusStore.openOrCreate(first);
		Random random = new Random(20261206);
		List<String> ids = new ArrayList<>();
		try (CorpusStore.WriteSession session = store.beginWrite("benchmark")) {
			for (int i = 0; i < settings.reports(); i++) {
				checkCancelled();
				Report report = F.createReport();
				report.setId(String.format(Locale.ROOT, "%016x", 0x5c00000000L + i));
				report.setTitle(varied.text(i).lines().findFirst().orElse(""));
				report.setText(varied.text(i));
				for (String person : people) {
					report.getLayers().add(layer(person, report.getText().length(), 20, random));
				}
				session.addReport(report);
				ids.add(report.getId());
			}
			session.commit();
		}
		long files;
		try (Stream<Path> all = Files.walk(first)) {
			files = all.filter(Files::isRegularFile).count();
		}
		Path bare = work.resolve("remote.git");
		try (Git git = Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call()) {
			// the team's remote
		}
		String remote = bare.toUri().toString();

		err.println("benchmark: sharing the whole corpus");
		long shareNanos = timed(() -> CorpusRepository.share(first, remote, people.get(0), new NullProgressMonitor()));
		List<Path> clones = new ArrayList<>(List.of(first));
		long cloneNanos = 0;
		for (int a = 1; a < people.size(); a++) {
			Path clone = work.resolve("clone-" + (a + 1));
			err.printf(Locale.ROOT, "benchmark: %s clones%n", people.get(a));
			cloneNanos += timed(() -> CorpusRepository.cloneInto(remote, clone, new NullProgressMonitor()));
			clones.add(clone);
		}
		long nothingNanos = timed(() -> CorpusRepository.open(first).sync(people.get(0), new NullProgressMonitor()));

		long saveNanos = 0;
		long syncNanos = 0;
		int syncs = 0;
		int arrived = 0;
		for (int round = 0; round < settings.rounds(); round++) {
			for (int a = 0; a < people.size(); a++) {
				checkCancelled();
				String person = people.get(a);
				Path clone = clones.get(a);
				List<String> changed = new ArrayList<>();
				for (int c = 0; c < settings.changed(); c++) {
					changed.add(ids.get(random.nextInt(ids.size())));
				}
				saveNanos += timed(() -> save(clone, person, changed, random));
				SyncResult[] result = new SyncResult[1];
				syncNanos += timed(() -> result[0] = CorpusRepository.open(clone).sync(person, new NullProgressMonitor()));
				if (!result[0].pushed()) {
					throw new IllegalStateException(person + "'s sync did not reach the remote: " + result[0].offline());
				}
				arrived += result[0].arrived().size();
				syncs++;
				err.printf(Locale.ROOT, "benchmark: round %d, %s synced%n", round + 1, person);
			}
		}

		// two curators change the gold layers of the same reports: the second sync merges each by the model
		List<String> curated = new ArrayList<>(ids.subList(0, Math.min(settings.changed(), ids.size())));
		Path curatorA = clones.get(0);
		Path curatorB = clones.get(1 % clones.size());
		saveGold(curatorA, curated, random);
		CorpusRepository.open(curatorA).sync(people.get(0), new NullProgressMonitor());
		CorpusRepository.open(curatorB).sync(people.get(1 % people.size()), new NullProgressMonitor());
		saveGold(curatorA, curated, random);
		long goldSaveNanos = timed(() -> saveGold(curatorB, curated, random));
		CorpusRepository.open(curatorA).sync(people.get(0), new NullProgressMonitor());
		SyncResult[] merged = new SyncResult[1];
		long mergeNanos = timed(
				() -> merged[0] = CorpusRepository.open(curatorB).sync(people.get(1 % people.size()), new NullProgressMonitor()));
		if (!merged[0].pushed() || merged[0].arrived().size() < curated.size()) {
			throw new IllegalStateException("the curators' gold layers were not merged: " + merged[0].summary());
		}
		err.println("benchmark: two curators' gold layers merged");

		md.append("### Sync, ").append(OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
				.append(" UTC\n\n");
		md.append(String.format(Locale.ROOT,
				"- Command: `./reportbank benchmark-sync --reports %d --annotators %d --changed %d --rounds %d`%n", settings.reports(),
				settings.annotators(), settings.changed(), settings.rounds()));
		md.append("- Machine: ").append(Results.machine()).append('\n');
		md.append(String.format(Locale.ROOT, "- Corpus: %,d reports, a layer of each of %d annotators in each: %,d files%n%n",
				settings.reports(),
				settings.annotators(), files));
		md.append("| step | seconds | per sync, seconds | ÷ the save of the same changes |\n|---|---:|---:|---:|\n");
		md.append(String.format(Locale.ROOT, "| share: commit and push the whole corpus | %.2f | | |%n", shareNanos / 1e9));
		md.append(String.format(Locale.ROOT, "| clone, each of %d annotators (mean) | %.2f | | |%n", people.size() - 1,
				cloneNanos / 1e9 / (people.size() - 1)));
		md.append(String.format(Locale.ROOT, "| sync with nothing changed anywhere | %.3f | | |%n", nothingNanos / 1e9));
		md.append(String.format(Locale.ROOT, "| saving %d changed layers (the baseline), %d times | %.2f | %.3f | 1 |%n",
				settings.changed(), syncs,
				saveNanos / 1e9, saveNanos / 1e9 / syncs));
		md.append(String.format(Locale.ROOT,
				"| sync after each save: commit, fetch, merge the others' (%,d layers arrived in all), push | %.2f | %.3f | %.1f |%n",
				arrived,
				syncNanos / 1e9, syncNanos / 1e9 / syncs, (double) syncNanos / saveNanos));
		md.append(String.format(Locale.ROOT,
				"| sync that merges by the model the %d gold layers two curators both changed, after saving them | %.2f | %.3f | %.1f |%n",
				curated.size(), mergeNanos / 1e9, mergeNanos / 1e9, (double) mergeNanos / goldSaveNanos));
		md.append(String.format(Locale.ROOT, "%nAn incremental sync takes %.1f %% of the time the first, whole share took.%n",
				100.0 * syncNanos / syncs / shareNanos));
	}

	/** One more span in each of the person's layers of the reports, saved as the workbench saves. */
	private static void save(Path clone, String person, List<String> reportIds, Random random) throws StoreException {
		CorpusStore store = CorpusStore.open(clone);
		try (CorpusStore.WriteSession session = store.beginWrite("annotate")) {
			for (String id : reportIds) {
				Layer layer = store.loadLayer(id, person).orElseThrow();
				int length = store.entry(id).orElseThrow().getCharacters();
				layer.getSpans().add(span(person, layer.getSpans().size() + random.nextInt(1_000_000), length, random));
				session.saveLayer(id, layer);
			}
			session.commit();
		}
	}

	/** One more span in the gold layer of each report (made when missing), saved as curation saves. */
	private static void saveGold(Path clone, List<String> reportIds, Random random) throws StoreException {
		CorpusStore store = CorpusStore.open(clone);
		try (CorpusStore.WriteSession session = store.beginWrite("curate")) {
			for (String id : reportIds) {
				Layer gold = store.loadLayer(id, "gold").orElseGet(() -> {
					Layer made = F.createLayer();
					made.setId("gold");
					made.setKind(LayerKind.GOLD);
					return made;
				});
				int length = store.entry(id).orElseThrow().getCharacters();
				gold.getSpans().add(span("gold", gold.getSpans().size() + random.nextInt(1_000_000), length, random));
				session.saveLayer(id, gold);
			}
			session.commit();
		}
	}

	private static Layer layer(String person, int length, int spans, Random random) {
		Layer layer = F.createLayer();
		layer.setId(person);
		layer.setKind(LayerKind.ANNOTATOR);
		layer.setAnnotator(person);
		for (int s = 0; s < spans; s++) {
			layer.getSpans().add(span(person, s, length, random));
		}
		return layer;
	}

	private static Span span(String person, int number, int length, Random random) {
		Span span = F.createEntity();
		int begin = random.nextInt(Math.max(1, length - 6));
		span.setId(person + "-" + number);
		span.setBegin(begin);
		span.setEnd(begin + 1 + random.nextInt(5));
		span.setLabel("ORG");
		span.setOrigin(SpanOrigin.HUMAN);
		span.setStatus(SpanStatus.ACCEPTED);
		span.setAnnotator(person);
		return span;
	}

	private interface Step {
		void run() throws Exception;
	}

	private static long timed(Step step) throws Exception {
		long start = System.nanoTime();
		step.run();
		return System.nanoTime() - start;
	}

	private void checkCancelled() {
		if (cancelled) {
			throw new org.eclipse.core.runtime.OperationCanceledException();
		}
	}

	private static void delete(Path folder) {
		try (Stream<Path> all = Files.walk(folder)) {
			all.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		} catch (IOException e) {
			// a temporary folder left behind is the system's to clean
		}
	}

	private static Settings parse(List<String> args) throws Options.UsageException {
		Map<String, String> values = Options.values(args, Set.of("seeds", "reports", "annotators", "changed", "rounds", "out"));
		if (values == null) {
			return null;
		}
		return new Settings(Path.of(values.getOrDefault("seeds", "seeds")), count(values, "reports", 1000, 1),
				count(values, "annotators", 5, 2), count(values, "changed", 3, 1), count(values, "rounds", 3, 1),
				values.containsKey("out") ? Path.of(values.get("out")) : null);
	}

	private static int count(Map<String, String> values, String name, int otherwise, int min) throws Options.UsageException {
		return values.containsKey(name) ? Options.integer(name, values.get(name), min) : otherwise;
	}
}
