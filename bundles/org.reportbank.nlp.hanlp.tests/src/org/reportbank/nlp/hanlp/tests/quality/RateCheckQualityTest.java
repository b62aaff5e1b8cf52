package org.reportbank.nlp.hanlp.tests.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.reportbank.nlp.hanlp.internal.checks.RateCheck;
import org.reportbank.nlp.hanlp.internal.checks.RateChecker;
import org.reportbank.nlp.hanlp.internal.metrics.MetricFinder;

/**
 * The rate checks on rate sentences written in the genre's forms (resources/rates): each rate is
 * labelled wrong (its own counts give another value), right, or none (nothing in the text
 * computes it). A false accusation is a rate called inconsistent that is not wrong: there must be
 * none, on the sentences the checker was developed on and on the held-out ones. Recall is the share
 * of the wrong rates it calls inconsistent. Writes target/rate-quality.md and prints the figures.
 */
class RateCheckQualityTest {

	static final String DEV = "bundles/org.reportbank.nlp.hanlp.tests/resources/rates/rates-dev.tsv";
	static final String HELD_OUT = "bundles/org.reportbank.nlp.hanlp.tests/resources/rates/rates-heldout.tsv";

	/** What the checker said of one set. */
	record Score(String set, int sentences, int rates, int wrong, int caught, List<String> falseAccusations, List<String> missed,
			List<String> miscounted) {

		double recall() {
			return wrong == 0 ? 1 : (double) caught / wrong;
		}

		String line() {
			return String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %.2f |", set, sentences, rates, wrong, caught,
					falseAccusations.size(), recall());
		}
	}

	@Test
	void noRateIsAccusedFalselyAndMostWrongRatesAreCaught() throws IOException {
		Score dev = score("development", GoldSet.repositoryRoot().resolve(DEV));
		Score heldOut = score("held out", GoldSet.repositoryRoot().resolve(HELD_OUT));
		StringBuilder report = new StringBuilder("| set | sentences | rates | wrong | caught | false accusations | recall |\n");
		report.append("|---|---:|---:|---:|---:|---:|---:|\n").append(dev.line()).append('\n').append(heldOut.line()).append('\n');
		for (Score score : List.of(dev, heldOut)) {
			score.falseAccusations().forEach(f -> report.append("\n- false accusation (").append(score.set()).append("): ").append(f));
			score.missed().forEach(m -> report.append("\n- missed (").append(score.set()).append("): ").append(m));
			score.miscounted().forEach(m -> report.append("\n- rates found ≠ labelled (").append(score.set()).append("): ").append(m));
		}
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "rate-quality.md"), report + "\n", StandardCharsets.UTF_8);
		System.out.println(report);

		assertTrue(dev.sentences() + heldOut.sentences() >= 60, "at least 60 rate sentences");
		assertEquals(List.of(), dev.falseAccusations(), "false accusations on the development sentences");
		assertEquals(List.of(), heldOut.falseAccusations(), "false accusations on the held-out sentences");
		assertEquals(List.of(), dev.miscounted(), "every labelled rate is found as a rate");
		assertTrue(dev.recall() >= 0.8, "recall on the development sentences " + dev.recall());
	}

	private static Score score(String set, Path file) throws IOException {
		int sentences = 0;
		int rates = 0;
		int wrong = 0;
		int caught = 0;
		List<String> falseAccusations = new ArrayList<>();
		List<String> missed = new ArrayList<>();
		List<String> miscounted = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] columns = line.split("\t", 2);
			List<String> labels = List.of(columns[0].split(","));
			String text = columns[1];
			sentences++;
			List<RateCheck> checks = new RateChecker().check(text, new MetricFinder().find(text));
			if (checks.size() != labels.size()) {
				miscounted.add(text + " (" + checks.size() + " found, " + labels.size() + " labelled)");
			}
			for (int i = 0; i < Math.min(checks.size(), labels.size()); i++) {
				rates++;
				boolean accused = checks.get(i).verdict() == RateCheck.Verdict.INCONSISTENT;
				boolean isWrong = labels.get(i).equals("wrong");
				wrong += isWrong ? 1 : 0;
				if (accused && isWrong) {
					caught++;
				} else if (accused) {
					falseAccusations.add(text + " — rate " + (i + 1) + ": " + checks.get(i).message());
				} else if (isWrong) {
					missed.add(text + " — rate " + (i + 1) + ": " + checks.get(i).verdict() + ", " + checks.get(i).message());
				}
			}
		}
		return new Score(set, sentences, rates, wrong, caught, falseAccusations, missed, miscounted);
	}
}
