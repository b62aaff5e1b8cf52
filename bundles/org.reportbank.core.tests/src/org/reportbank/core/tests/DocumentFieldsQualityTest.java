package org.reportbank.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

	@Test
	void everyFieldSaysWhereItWasReadAndTheSiteLinesAboveTheTitleAreKept() throws Exception {
		Report column = new ReportImporter().read(PAGES.resolve("dev/02-column-name.txt"));
		assertEquals("title: the first line, a title, line 1, 秦州区2022年法治政府建设情况报告", source(column, "title"));
		assertEquals("published: the page's header field 发布时间, line 0, 发布时间：2023-03-15", source(column, "published"));
		assertEquals("工作报告", metadata(column, "栏目"), "the column name is kept, out of the text");
		assertEquals(false, column.getText().startsWith("工作报告"));
		assertEquals(1L, column.getNormalizations().stream().filter(n -> n.getKind().equals("chrome-above-title-dropped")).count());

		Report congress = new ReportImporter().read(PAGES.resolve("dev/07-congress.txt"));
		assertEquals("published: the date of the meeting the report was given at, line 2, （2024年2月26日在青山市第十七届人民代表大会常务委员会第十九次会议上）",
				source(congress, "published"));
		assertEquals("region: the region the title starts with, line 1, 青山市人民政府关于2023年度法治政府建设情况的报告", source(congress, "region"));
		Report noTitle = new ReportImporter().read(PAGES.resolve("dev/08-no-title.txt"));
		assertTrue(source(noTitle, "year").startsWith("year: the year the first sentence opens with, line 1, 2023年，金川区"),
				source(noTitle, "year"));
	}

	private static String source(Report report, String field) {
		return report.getFieldSources().stream().filter(f -> f.getField().equals(field)).findFirst()
				.map(f -> f.getField() + ": " + f.getRule() + ", line " + f.getLine() + ", " + f.getText()).orElse(null);
	}

	private static String metadata(Report report, String key) {
		return report.getMetadata().stream().filter(m -> m.getKey().equals(key)).findFirst().map(m -> m.getValue()).orElse(null);
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
