package org.reportbank.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.reportbank.core.importing.ReportImporter;
import org.reportbank.model.Report;

/**
 * Title, year reported on, region, publisher and publication date on report pages written in the
 * forms real sites serve (resources/pages: chrome above the title, bullet and inline header fields,
 * township offices and departments, reports to a people's congress, no title at all). The
 * development pages were used to write the rules; the held-out pages were written with them and
 * only measured. Writes target/fields-quality.md; every field of every development page must be
 * right.
 */
class DocumentFieldsQualityTest {

	private static final Path PAGES = Path.of(System.getProperty("reportbank.root", "../..")).resolve(
			"bundles/org.reportbank.core.tests/resources/pages");

	private static final Map<String, Function<Report, String>> FIELDS = new LinkedHashMap<>();

	static {
		FIELDS.put("title", Report::getTitle);
		FIELDS.put("year", r -> r.getYear() == null ? null : r.getYear().toString());
		FIELDS.put("region", Report::getRegion);
		FIELDS.put("publisher", Report::getPublisher);
		FIELDS.put("published", Report::getPublished);
	}

	@Test
	void everyFieldOfTheDevelopmentPagesIsRightAndTheHeldOutOnesAreMeasured() throws Exception {
		List<String> devMisses = new ArrayList<>();
		Map<String, int[]> dev = score(PAGES.resolve("dev"), devMisses);
		List<String> heldOutMisses = new ArrayList<>();
		Map<String, int[]> heldOut = score(PAGES.resolve("heldout"), heldOutMisses);
		List<String> secondMisses = new ArrayList<>();
		Map<String, int[]> second = score(PAGES.resolve("heldout2"), secondMisses);
		StringBuilder report = new StringBuilder(
				"| field | development pages right | held-out pages right | second held-out set right |\n|---|---:|---:|---:|\n");
		for (String field : FIELDS.keySet()) {
			report.append(String.format(Locale.ROOT, "| %s | %d of %d | %d of %d | %d of %d |%n", field, dev.get(field)[0],
					dev.get(field)[1], heldOut.get(field)[0], heldOut.get(field)[1], second.get(field)[0], second.get(field)[1]));
		}
		heldOutMisses.forEach(m -> report.append("\n- held out: ").append(m));
		secondMisses.forEach(m -> report.append("\n- second held-out set: ").append(m));
		devMisses.forEach(m -> report.append("\n- development: ").append(m));
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "fields-quality.md"), report + "\n", StandardCharsets.UTF_8);
		System.out.println(report);
		assertEquals(List.of(), devMisses);
	}

	/** Right and total per field over the pages of a folder, listed in its expected.tsv. */
	private static Map<String, int[]> score(Path folder, List<String> misses) throws IOException {
		Map<String, int[]> scores = new LinkedHashMap<>();
		FIELDS.keySet().forEach(f -> scores.put(f, new int[2]));
		List<String> lines = Files.readAllLines(folder.resolve("expected.tsv"), StandardCharsets.UTF_8);
		List<String> columns = List.of(lines.get(0).split("\t"));
		for (String line : lines.subList(1, lines.size())) {
			String[] values = line.split("\t", -1);
			Report report;
			try {
				report = new ReportImporter().read(folder.resolve(values[0]));
			} catch (Exception e) {
				misses.add(values[0] + ": not imported: " + e.getMessage());
				continue;
			}
			for (Map.Entry<String, Function<Report, String>> field : FIELDS.entrySet()) {
				String expected = values[columns.indexOf(field.getKey())];
				expected = expected.equals("-") ? null : expected;
				String actual = field.getValue().apply(report);
				int[] score = scores.get(field.getKey());
				score[1]++;
				if (Objects.equals(expected, actual)) {
					score[0]++;
				} else {
					misses.add(values[0] + " " + field.getKey() + ": " + actual + " (expected " + expected + ")");
				}
			}
		}
		return scores;
	}
}
