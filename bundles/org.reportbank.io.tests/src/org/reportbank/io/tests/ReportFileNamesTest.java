package org.reportbank.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.io.dataset.DatasetCard;
import org.reportbank.io.dataset.DatasetRequest;
import org.reportbank.io.dataset.FormatSink;
import org.reportbank.io.dataset.ReportFileNames;
import org.reportbank.io.formats.BratFormat;
import org.reportbank.io.formats.Formats;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;

/** Export file names are unique per report by construction, and every name that is not the id is reported. */
class ReportFileNamesTest {

	@TempDir
	Path dir;

	private static Report report(String id, String text) {
		Report report = ReportbankFactory.eINSTANCE.createReport();
		report.setId(id);
		report.setText(text);
		return report;
	}

	@Test
	void idsThatCollideAfterMakingThemSafeGetNamesOfTheirOwn() {
		ReportFileNames names = new ReportFileNames();
		assertEquals("rep_1", names.of("rep 1"));
		assertEquals("rep_1-2", names.of("rep_1"), "rep 1 took rep_1");
		assertEquals("rep_1", names.of("rep 1"), "the same id, the same name");
		assertEquals("rep_1-2-2", names.of("rep_1-2"), "a suffix taken by an earlier report is not given twice");
		assertEquals("00000000000000ab", names.of("00000000000000ab"));
		assertEquals("00000000000000AB-2", names.of("00000000000000AB"), "macOS and Windows do not tell case apart");
		assertEquals("_con", names.of("con"), "a device name on Windows");
		assertEquals("_..", names.of(".."));
		assertEquals(Map.of("rep 1", "rep_1", "rep_1", "rep_1-2", "rep_1-2", "rep_1-2-2", "00000000000000AB", "00000000000000AB-2",
				"con", "_con", "..", "_.."), names.renamed());
		assertEquals(List.of("rep 1", "rep_1", "rep_1-2", "00000000000000AB", "con", ".."), List.copyOf(names.renamed().keySet()),
				"in the order they were named");
	}

	@Test
	void noTwoReportsShareANameWhateverTheirIds() {
		ReportFileNames names = new ReportFileNames();
		Set<String> seen = new HashSet<>();
		for (String id : List.of("a b", "a_b", "a?b", "A_B", "a/b", "a\\b", "a😀b", "a_b-2", "A_b-2", "x".repeat(300), "x".repeat(301))) {
			String name = names.of(id);
			assertTrue(seen.add(name.toLowerCase(Locale.ROOT)), name + " given twice");
			assertTrue(name.matches("[A-Za-z0-9._-]+") && !name.startsWith(".") && name.length() <= 110, name);
		}
	}

	@Test
	void bratWritesEveryReportOfCollidingIdsInAFileOfItsOwn() throws Exception {
		ReportFileNames names = new ReportFileNames();
		try (FormatSink sink = new BratFormat().open(dir, DatasetFixtures.CHARACTERS, names)) {
			sink.write(report("rep 1", "第一份报告。"), List.of(), "all");
			sink.write(report("rep_1", "第二份报告。"), List.of(), "all");
			sink.write(report("REP_1", "第三份报告。"), List.of(), "all");
		}
		assertEquals("第一份报告。", Files.readString(dir.resolve("all/rep_1.txt"), StandardCharsets.UTF_8));
		assertEquals("第二份报告。", Files.readString(dir.resolve("all/rep_1-2.txt"), StandardCharsets.UTF_8));
		assertEquals("第三份报告。", Files.readString(dir.resolve("all/REP_1-3.txt"), StandardCharsets.UTF_8));
		assertEquals(List.of("REP_1-3.ann", "REP_1-3.txt", "rep_1-2.ann", "rep_1-2.txt", "rep_1.ann", "rep_1.txt"),
				Files.list(dir.resolve("all")).map(p -> p.getFileName().toString()).sorted().toList());
		Map<String, String> renamed = new LinkedHashMap<>();
		renamed.put("rep 1", "rep_1");
		renamed.put("rep_1", "rep_1-2");
		renamed.put("REP_1", "REP_1-3");
		assertEquals(renamed, names.renamed());
	}

	@Test
	void aFormatOpenedAloneNamesItsOwnFilesApartToo() throws Exception {
		try (FormatSink sink = new BratFormat().open(dir, DatasetFixtures.CHARACTERS)) {
			sink.write(report("a b", "甲。"), List.of(), "all");
			sink.write(report("a_b", "乙。"), List.of(), "all");
		}
		assertNotEquals(Files.readString(dir.resolve("all/a_b.txt")), Files.readString(dir.resolve("all/a_b-2.txt")));
	}

	@Test
	void theCardListsTheRenamedFiles() {
		DatasetCard card = new DatasetCard();
		card.renamedFiles(Map.of("rep 1", "rep_1"));
		String markdown = card.markdown(null, DatasetRequest.of(List.of(Formats.named("brat").orElseThrow()), dir.resolve("x"), "x"));
		assertTrue(markdown.contains("## File names"), markdown);
		assertTrue(markdown.contains("| rep 1 | `rep_1` |"), markdown);
	}
}
