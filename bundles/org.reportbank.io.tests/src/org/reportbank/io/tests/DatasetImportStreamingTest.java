package org.reportbank.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.io.formats.DoccanoCorpusImport;
import org.reportbank.io.jsonl.JsonlImport;
import org.reportbank.io.jsonl.JsonlWriter;
import org.reportbank.testing.Fixtures;

/**
 * The dataset imports write each record into the corpus's staging before they read the next, so a
 * file of any size is never held whole: the input here hands out one line at a time and refuses to
 * give line k+1 until k records' files have been written.
 */
class DatasetImportStreamingTest {

	private static final List<String> TEXTS = List.of("区司法局全年受理行政复议申请六十八件，依法办理。", "市公安局全年办理行政案件二十八件，全部结案。",
			"县人民政府全年制定规范性文件十二件，均经合法性审查。");

	@TempDir
	Path dir;

	@Test
	void aDoccanoImportStagesEachRecordBeforeReadingTheNext() throws Exception {
		Path corpus = dir.resolve("corpus");
		CorpusStore store = CorpusStore.openOrCreate(corpus);
		StringBuilder file = new StringBuilder();
		TEXTS.forEach(text -> file.append("{\"text\": \"").append(text).append("\", \"label\": [[0, 3, \"ORG\"]]}\n"));
		OneLineAtATime in = new OneLineAtATime(file.toString(), corpus);

		DoccanoCorpusImport.Result result = new DoccanoCorpusImport().importInto(store, in, dir.resolve("fed.jsonl"), "李明",
				new NullProgressMonitor());

		assertEquals(3, result.added());
		assertEquals(3, in.linesGiven());
		assertEquals(3, CorpusStore.open(corpus).entries().size());
	}

	@Test
	void aJsonlImportStagesEachReportBeforeReadingTheNext() throws Exception {
		Path corpus = dir.resolve("corpus");
		CorpusStore store = CorpusStore.openOrCreate(corpus);
		StringWriter file = new StringWriter();
		for (int i = 0; i < TEXTS.size(); i++) {
			new JsonlWriter().write(Fixtures.report("00000000000000c" + i, TEXTS.get(i)), file);
		}
		OneLineAtATime in = new OneLineAtATime(file.toString(), corpus);

		JsonlImport.Result result = new JsonlImport().importInto(store, in, dir.resolve("fed.jsonl"), new NullProgressMonitor());

		assertEquals(3, result.imported());
		assertEquals(3, in.linesGiven());
		assertEquals(3, CorpusStore.open(corpus).entries().size());
	}

	@Test
	void theInputRefusesAnImporterThatReadsAheadOfWhatItWrote() throws Exception {
		Path corpus = Files.createDirectories(dir.resolve("corpus"));
		OneLineAtATime in = new OneLineAtATime("{\"text\": \"一\"}\n{\"text\": \"二\"}\n", corpus);
		// what an import holding the whole file would do: read on without writing anything
		byte[] buffer = new byte[8192];
		assertTrue(in.read(buffer, 0, buffer.length) > 0);
		IOException e = assertThrows(IOException.class, () -> in.read(buffer, 0, buffer.length));
		assertTrue(e.getMessage().contains("line 2"), e.getMessage());
	}

	@Test
	void aBadLineAfterStagedRecordsStillImportsNothing() throws Exception {
		Path corpus = dir.resolve("corpus");
		CorpusStore store = CorpusStore.openOrCreate(corpus);
		String file = "{\"text\": \"" + TEXTS.get(0) + "\", \"label\": [[0, 3, \"ORG\"]]}\n{\"text\": \"" + TEXTS.get(1)
				+ "\", \"label\": [[0, 99, \"ORG\"]]}\n";
		OneLineAtATime in = new OneLineAtATime(file, corpus);

		StoreException e = assertThrows(StoreException.class,
				() -> new DoccanoCorpusImport().importInto(store, in, dir.resolve("fed.jsonl"), "李明", new NullProgressMonitor()));

		assertTrue(e.getMessage().startsWith(dir.resolve("fed.jsonl") + ":2: "), e.getMessage());
		assertTrue(e.getMessage().endsWith("nothing was imported"), e.getMessage());
		assertEquals(0, CorpusStore.open(corpus).entries().size());
		assertEquals(List.of(), filesUnder(corpus.resolve("reports")), "the first record's staged files went with the failure");
	}

	private static List<Path> filesUnder(Path root) throws IOException {
		if (!Files.exists(root)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).toList();
		}
	}

	/**
	 * The bytes of a file of lines, one line per read, that fails when asked for line k+1 while fewer
	 * than k files have appeared under the corpus folder since line 1 was read: the k records read
	 * must have been written (staged) first.
	 */
	private static final class OneLineAtATime extends InputStream {
		private final List<byte[]> lines = new ArrayList<>();
		private final Path corpus;
		private int next;
		private int offset;
		private long filesBefore = -1;
		private int given;

		OneLineAtATime(String text, Path corpus) {
			for (String line : text.split("(?<=\n)")) {
				lines.add(line.getBytes(StandardCharsets.UTF_8));
			}
			this.corpus = corpus;
		}

		int linesGiven() {
			return given;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int at, int length) throws IOException {
			if (next == lines.size()) {
				return -1;
			}
			if (offset == 0) {
				admit(next);
			}
			byte[] line = lines.get(next);
			int n = Math.min(length, line.length - offset);
			System.arraycopy(line, offset, buffer, at, n);
			offset += n;
			if (offset == line.length) {
				next++;
				offset = 0;
			}
			return n;
		}

		/** Lets line {@code index + 1} be read only when a file per line read before it has been written. */
		private void admit(int index) throws IOException {
			long files = filesUnder(corpus).size();
			if (filesBefore < 0) {
				filesBefore = files;
			}
			if (files - filesBefore < index) {
				throw new IOException("line " + (index + 1) + " was asked for while " + (files - filesBefore) + " files of the " + index
						+ " records before it had been written: the import reads ahead of what it writes");
			}
			given++;
		}
	}
}
