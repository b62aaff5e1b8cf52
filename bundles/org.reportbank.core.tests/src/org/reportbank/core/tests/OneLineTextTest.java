package org.reportbank.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportbank.core.importing.ReportImporter;
import org.reportbank.model.Report;
import org.reportbank.model.Section;
import org.reportbank.testing.Fixtures;

/**
 * A report whose text came from a PDF on one line, blanks between digits and characters and inside
 * numbers included, reads as the same report with its line breaks: same title, year and region,
 * same section tree.
 */
class OneLineTextTest {

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "seeds/000_2d72018e1f56853b.txt", "seeds/002_2da23d56d58a0cbd.txt", "seeds/004_da950378957249dd.txt",
			Fixtures.WRITTEN_REPORT })
	void aReportFlattenedToOneLineHasTheSameFieldsAndSectionTree(String report) throws Exception {
		Path file = Fixtures.repository().resolve(report);
		String original = Files.readString(file, StandardCharsets.UTF_8);
		Path flat = dir.resolve("flat-" + file.getFileName());
		Files.writeString(flat, Fixtures.flattenedAsFromPdf(original), StandardCharsets.UTF_8);

		Report lined = new ReportImporter().read(file);
		Report oneLine = new ReportImporter().read(flat);

		assertTrue(oneLine.getText().lines().count() > 10, "the one line got its paragraphs back");
		assertEquals(lined.getTitle(), oneLine.getTitle());
		assertEquals(lined.getYear(), oneLine.getYear());
		assertEquals(lined.getRegion(), oneLine.getRegion());
		assertEquals(tree(lined.getSections()), tree(oneLine.getSections()));
	}

	/** The section tree as its numberings and headings, depth by indentation. */
	private static List<String> tree(List<Section> sections) {
		List<String> lines = new ArrayList<>();
		add(sections, "", lines);
		return lines;
	}

	private static void add(List<Section> sections, String indent, List<String> lines) {
		for (Section section : sections) {
			lines.add(indent + section.getNumbering() + section.getHeading());
			add(section.getChildren(), indent + "  ", lines);
		}
	}
}
