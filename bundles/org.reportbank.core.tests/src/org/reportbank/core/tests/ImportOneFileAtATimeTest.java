package org.reportbank.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.importing.CorpusImporter;
import org.reportbank.core.importing.ImportException;
import org.reportbank.core.importing.ImportSummary;
import org.reportbank.core.store.CorpusStore;

/**
 * A batch import holds one report at a time: each is written (staged) before the next file is
 * read, and the summary keeps counts and the first {@value ImportSummary#LISTED} files of each kind,
 * while a listener hears every file as it comes.
 */
class ImportOneFileAtATimeTest {

	private static final int FILES = ImportSummary.LISTED + 5;

	@TempDir
	Path dir;

	@Test
	void everyFileIsHeardAsItComesWhileTheSummaryKeepsCountsAndTheFirstFew() throws Exception {
		Path inbox = reports(FILES);
		Files.write(inbox.resolve("zz-bad.txt"), new byte[] { 0, 1, 2, 3 });
		CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		Heard heard = new Heard();

		ImportSummary summary = new CorpusImporter().importFiles(store, List.of(inbox), heard, new NullProgressMonitor());

		assertEquals(FILES, heard.lines.stream().filter(l -> l.startsWith("imported: ")).count());
		assertEquals(FILES, summary.importedCount());
		assertEquals(ImportSummary.LISTED, summary.firstImported().size());
		assertEquals(inbox.resolve("r00.txt"), summary.firstImported().get(0).file());
		assertEquals(1, summary.refusedCount());
		assertTrue(heard.lines.get(FILES).startsWith("refused: " + inbox.resolve("zz-bad.txt")), heard.lines.get(FILES));
		assertEquals(FILES, CorpusStore.open(dir.resolve("corpus")).entries().size());

		ImportSummary again = new CorpusImporter().importFiles(store, List.of(inbox), new NullProgressMonitor());

		assertEquals(FILES, again.duplicateCount());
		assertEquals(ImportSummary.LISTED, again.firstDuplicates().size());
		assertTrue(again.describe().contains("… and 5 more duplicates, not listed\n"), again.describe());
		assertTrue(again.describe().endsWith("0 imported, " + FILES + " duplicates, 1 refused"), again.describe());
	}

	/**
	 * The files of a folder are read in the order their paths sort, subfolders and names in Chinese
	 * included, then the files named after it: the order of the index, so the same folder always
	 * gives the same corpus. Kept as bytes, not paths, the names must still sort as paths do.
	 */
	@Test
	void theFilesOfAFolderAreReadInTheOrderTheirPathsSort() throws Exception {
		Path inbox = dir.resolve("inbox");
		List<String> names = List.of("b.txt", "a/z.txt", "a.txt", "中文报告.txt", "B.html", "a/b/c.txt", "a-b.txt", "报告/一.txt");
		int n = 0;
		for (String name : names) {
			Path file = inbox.resolve(name);
			Files.createDirectories(file.getParent());
			Files.writeString(file, "某区2023年法治政府建设工作报告（" + n++ + "）\n一、主要工作\n全年办理案件" + n + "件。\n", StandardCharsets.UTF_8);
		}
		Path alone = dir.resolve("单独.txt");
		Files.writeString(alone, "某县2022年法治政府建设工作报告\n一、主要工作\n全年办理案件9件。\n", StandardCharsets.UTF_8);
		List<Path> expected;
		try (Stream<Path> files = Files.walk(inbox)) {
			expected = new ArrayList<>(files.filter(Files::isRegularFile).sorted().toList());
		}
		expected.add(alone);
		List<Path> read = new ArrayList<>();

		new CorpusImporter().importFiles(CorpusStore.openOrCreate(dir.resolve("corpus")), List.of(inbox, alone),
				new ImportSummary.Listener() {
					@Override
					public void imported(ImportSummary.Imported imported) {
						read.add(imported.file());
					}
				}, new NullProgressMonitor());

		assertEquals(expected, read);
	}

	@Test
	void eachReportIsWrittenBeforeTheNextFileIsRead() throws Exception {
		Path inbox = reports(3);
		Path corpus = dir.resolve("corpus");
		CorpusStore store = CorpusStore.openOrCreate(corpus);
		List<Long> filesWhenReading = new ArrayList<>();
		NullProgressMonitor eachFile = new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				filesWhenReading.add(filesUnder(corpus));
			}
		};

		assertEquals(3, new CorpusImporter().importFiles(store, List.of(inbox), eachFile).importedCount());

		assertEquals(3, filesWhenReading.size());
		for (int k = 1; k < 3; k++) {
			assertTrue(filesWhenReading.get(k) - filesWhenReading.get(0) >= k,
					"file " + (k + 1) + " was read before the " + k + " reports before it were written: " + filesWhenReading);
		}
	}

	/** Report files r00.txt … of distinct texts. */
	private Path reports(int count) throws IOException {
		Path inbox = Files.createDirectories(dir.resolve("inbox"));
		for (int i = 0; i < count; i++) {
			Files.writeString(inbox.resolve(String.format("r%02d.txt", i)),
					"某区2023年法治政府建设情况报告\n一、主要工作\n全年受理行政复议申请" + (i + 10) + "件，依法办理，群众满意度持续提升。\n",
					StandardCharsets.UTF_8);
		}
		return inbox;
	}

	private static long filesUnder(Path root) {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).count();
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The lines a command would print, one per file, in the order heard. */
	private static final class Heard implements ImportSummary.Listener {
		final List<String> lines = new ArrayList<>();

		@Override
		public void imported(ImportSummary.Imported imported) {
			lines.add(imported.describe());
		}

		@Override
		public void duplicate(ImportSummary.Duplicate duplicate) {
			lines.add(duplicate.describe());
		}

		@Override
		public void refused(ImportException problem) {
			lines.add(ImportSummary.describe(problem));
		}
	}
}
