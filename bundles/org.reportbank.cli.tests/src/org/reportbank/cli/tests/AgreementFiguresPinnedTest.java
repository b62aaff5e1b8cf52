package org.reportbank.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.testing.GeneratedReports;
import org.reportbank.core.store.CorpusStore;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * agreement over a generated corpus on disk (300 reports, three annotators, {@link GeneratedReports})
 * prints what it printed before: the text figures to the last digit, and the text with each
 * report's rows and the JSON (every figure of the corpus and of each report, every bit of each
 * double) byte for byte, checked by their SHA-256. The expected values come from the
 * implementation before the change that stopped keeping the figures of every report in memory
 * (commit 854e278); they are the only source of these numbers.
 */
class AgreementFiguresPinnedTest extends CliRun {

	private static final long SEED = 20240611L;
	private static final int REPORTS = 300;

	/** The text output after its first line (the corpus folder), from the implementation before the change (commit 854e278). */
	private static final String TEXT = """
			annotators  ann1, ann2, ann3
			reports     272 annotated by two annotators or more (tokens: words in 89, characters in 183)
			labels      LAW, LOC, METRIC, ORG, PER

			ann1 / ann2: 235 reports, 44066 tokens, 56826 characters
			  label          spans a spans b  exact P  exact R exact F1 overlap F1    kappa  alpha_U
			  (all)              705     703    0.506    0.505    0.506      0.685    0.694    0.677
			  LAW                 75      70    0.543    0.507    0.524      0.717    0.713    0.736
			  LOC                174     170    0.506    0.494    0.500      0.686    0.709    0.719
			  METRIC             164     157    0.561    0.537    0.548      0.723    0.698    0.694
			  ORG                149     150    0.520    0.523    0.522      0.656    0.626    0.629
			  PER                143     156    0.423    0.462    0.441      0.656    0.633    0.632

			ann1 / ann3: 231 reports, 42190 tokens, 54755 characters
			  label          spans a spans b  exact P  exact R exact F1 overlap F1    kappa  alpha_U
			  (all)              696     703    0.533    0.539    0.536      0.696    0.689    0.681
			  LAW                 74      80    0.600    0.649    0.623      0.779    0.785    0.820
			  LOC                179     171    0.456    0.436    0.446      0.640    0.631    0.671
			  METRIC             163     166    0.596    0.607    0.602      0.766    0.727    0.726
			  ORG                144     148    0.541    0.556    0.548      0.671    0.644    0.618
			  PER                136     138    0.507    0.515    0.511      0.664    0.629    0.637

			ann2 / ann3: 232 reports, 43196 tokens, 55434 characters
			  label          spans a spans b  exact P  exact R exact F1 overlap F1    kappa  alpha_U
			  (all)              706     727    0.517    0.533    0.525      0.696    0.690    0.676
			  LAW                 74      83    0.554    0.622    0.586      0.777    0.765    0.776
			  LOC                175     176    0.500    0.503    0.501      0.667    0.672    0.711
			  METRIC             152     164    0.543    0.586    0.563      0.709    0.687    0.697
			  ORG                151     157    0.497    0.517    0.506      0.695    0.648    0.607
			  PER                154     147    0.510    0.487    0.498      0.678    0.640    0.641

			all 3 annotators (ann1, ann2, ann3): 213 reports every one of them annotated, 39514 tokens
			  label          Fleiss kappa  alpha_U
			  (all)                 0.689    0.676
			  LAW                   0.751    0.772
			  LOC                   0.666    0.693
			  METRIC                0.708    0.714
			  ORG                   0.644    0.625
			  PER                   0.626    0.630
			""";

	/** SHA-256 of the text with --per-report after its first line, from the implementation before the change (commit 854e278). */
	private static final String PER_REPORT_TEXT_SHA256 = "32e073b7005fc638a2173aa6ed2858e264704833b565e239d74e4124b64189ca";

	/** SHA-256 of --format json, from the implementation before the change (commit 854e278). */
	private static final String JSON_SHA256 = "d28da60a1dcc563dd69d354972990cf20da7bdd4235d6a3a690b229f658cc69e";

	/** SHA-256 of --format json --labels ORG,LAW --annotators ann3,ann1, from the implementation before the change (commit 854e278). */
	private static final String FILTERED_JSON_SHA256 = "1a8720ad6da9c537427c4f7eeaa73173e38678903e7e976d0b0e476de5c39535";

	@TempDir
	Path dir;

	private String corpus;

	@BeforeEach
	void generatedCorpus() throws Exception {
		CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		try (CorpusStore.WriteSession session = store.beginWrite("test")) {
			GeneratedReports generator = new GeneratedReports(SEED);
			for (int i = 0; i < REPORTS; i++) {
				session.addReport(generator.next());
			}
			session.commit();
		}
		corpus = store.directory().toString();
	}

	@Test
	void theTextFiguresAreTheOnesBefore() {
		assertEquals(0, run("agreement", "--corpus", corpus), err);
		assertEquals(TEXT, afterFirstLine(out));
	}

	@Test
	void theRowsOfEachReportAreTheOnesBefore() throws Exception {
		assertEquals(0, run("agreement", "--corpus", corpus, "--per-report"), err);
		String text = afterFirstLine(out);
		assertEquals(213 * 4 + 59, text.lines().filter(l -> l.startsWith("  000000")).count(),
				"a row per pair and report, and one for the three of them where all three annotated");
		assertEquals(PER_REPORT_TEXT_SHA256, sha256(text), text);
	}

	@Test
	void theJsonIsTheOneBefore() throws Exception {
		Set<Path> spoolsBefore = spools();
		assertEquals(0, run("agreement", "--corpus", corpus, "--format", "json"), err);
		assertEquals(spoolsBefore, spools(), "the reports' objects were put aside in a temporary file, deleted at the end");
		JsonObject json = JsonParser.parseString(out).getAsJsonObject();
		assertEquals(272, json.getAsJsonArray("per_report").size());
		assertEquals(JSON_SHA256, sha256(out), out);
	}

	@Test
	void theJsonOfSomeLabelsAndTwoAnnotatorsIsTheOneBefore() throws Exception {
		assertEquals(0, run("agreement", "--corpus", corpus, "--format", "json", "--labels", "ORG,LAW", "--annotators", "ann3,ann1"),
				err);
		assertEquals(FILTERED_JSON_SHA256, sha256(out), out);
	}

	private static Set<Path> spools() throws Exception {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.filter(f -> f.getFileName().toString().matches("reportbank-.*\\.spool")).collect(Collectors.toSet());
		}
	}

	private static String afterFirstLine(String text) {
		return text.substring(text.indexOf('\n') + 1);
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}
}
