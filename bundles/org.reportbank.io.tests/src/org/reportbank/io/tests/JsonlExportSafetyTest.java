package org.reportbank.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.io.jsonl.JsonlExport;

/**
 * Where the JSONL export may write: never over a file it was not asked to replace, never into a
 * corpus folder, never a half file over the old one; and what a killed export left is cleaned up
 * unless its writer is alive.
 */
class JsonlExportSafetyTest {

	@TempDir
	Path dir;

	/** Every file of a folder with its bytes, to tell that nothing changed. */
	static Map<String, String> snapshot(Path folder) throws Exception {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path file : all.filter(Files::isRegularFile).toList()) {
				files.put(folder.relativize(file).toString(), Arrays.toString(Files.readAllBytes(file)));
			}
		}
		return files;
	}

	static List<String> listing(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void anExistingFileIsReplacedOnlyWhenAskedFor() throws Exception {
		CorpusStore store = DatasetFixtures.goldCorpus(dir.resolve("corpus"), 3);
		Path out = Files.writeString(dir.resolve("out.jsonl"), "mine\n");

		StoreException refused = assertThrows(StoreException.class,
				() -> new JsonlExport().export(store, out, false, new NullProgressMonitor()));
		assertTrue(refused.getMessage().startsWith(out + " already exists"), refused.getMessage());
		assertTrue(refused.getMessage().contains("--force"), refused.getMessage());
		assertTrue(refused.getMessage().contains("Nothing was written"), refused.getMessage());
		assertEquals("mine\n", Files.readString(out));

		JsonlExport.Result result = new JsonlExport().export(store, out, true, new NullProgressMonitor());
		assertEquals(3, result.reports());
		assertEquals(3, Files.readAllLines(out).size());
		assertEquals(List.of("corpus", "out.jsonl"), listing(dir), "no temporary file left");
	}

	@Test
	void theOldFileStaysWhenTheExportDoesNotComplete() throws Exception {
		CorpusStore store = DatasetFixtures.goldCorpus(dir.resolve("corpus"), 3);
		Path out = Files.writeString(dir.resolve("out.jsonl"), "mine\n");
		NullProgressMonitor cancelAfterFirst = new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				setCanceled(true);
			}
		};
		assertThrows(OperationCanceledException.class, () -> new JsonlExport().export(store, out, true, cancelAfterFirst));
		assertEquals("mine\n", Files.readString(out));
		assertEquals(List.of("corpus", "out.jsonl"), listing(dir), "the temporary file is removed");
	}

	@Test
	void neverIntoACorpusFolderEvenWhenAskedToReplace() throws Exception {
		CorpusStore store = DatasetFixtures.goldCorpus(dir.resolve("corpus"), 2);
		Path corpus = store.directory();
		Path other = DatasetFixtures.goldCorpus(dir.resolve("other"), 1).directory();
		Path link = Files.createSymbolicLink(dir.resolve("link"), corpus);
		Map<String, String> before = snapshot(corpus);
		Map<String, String> otherBefore = snapshot(other);
		String report = store.entries().get(0).getId();

		for (Path out : List.of(corpus.resolve("corpus.xmi"), corpus.resolve("reports/x.jsonl"), corpus.resolve("new/x.jsonl"),
				corpus.resolve("reports/" + report + "/report.xmi"), corpus, link.resolve("corpus.xmi"), link.resolve("x.jsonl"),
				dir.resolve("link/../link/reports/y.jsonl"), other.resolve("corpus.xmi"), other.resolve("reports/z.jsonl"))) {
			StoreException e = assertThrows(StoreException.class,
					() -> new JsonlExport().export(store, out, true, new NullProgressMonitor()),
					out.toString());
			assertTrue(e.getMessage().startsWith(out.toString()), e.getMessage());
			assertTrue(e.getMessage().contains("never writes into a corpus folder"), e.getMessage());
			assertTrue(e.getMessage().contains("Nothing was written"), e.getMessage());
		}
		assertEquals(before, snapshot(corpus), "the corpus byte for byte as it was");
		assertEquals(otherBefore, snapshot(other), "another corpus is a corpus too");
		assertFalse(Files.exists(corpus.resolve("new")));
	}

	@Test
	void whatAKilledExportLeftIsRemovedButNotWhatALiveOneHolds() throws Exception {
		CorpusStore store = DatasetFixtures.goldCorpus(dir.resolve("corpus"), 2);
		Path out = dir.resolve("out.jsonl");
		Path stale = Files.writeString(dir.resolve(".out.jsonl.0a1b2c3d4e5f6a7b.tmp"), "{\"half\":");
		Path staleOfTheStore = Files.writeString(dir.resolve(".out.jsonl.1234567890.tmp"), "half"); // as AtomicFiles names them
		Path live = Files.writeString(dir.resolve(".out.jsonl.ffff0000ffff0000.tmp"), "being written");
		Path notOurs = Files.writeString(dir.resolve(".out.jsonl.notes.tmp"), "someone's");
		Path otherTarget = Files.writeString(dir.resolve(".other.jsonl.0a1b2c3d.tmp"), "another file's");

		JsonlExport.Result result;
		try (FileChannel channel = FileChannel.open(live, StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
			result = new JsonlExport().export(store, out, false, new NullProgressMonitor());
		}

		Path real = dir.toRealPath();
		assertEquals(List.of(real.resolve(stale.getFileName()), real.resolve(staleOfTheStore.getFileName())),
				result.staleRemoved().stream().sorted().toList());
		assertFalse(Files.exists(stale));
		assertFalse(Files.exists(staleOfTheStore));
		assertEquals("being written", Files.readString(live), "a live writer's file is left alone");
		assertTrue(Files.exists(notOurs));
		assertTrue(Files.exists(otherTarget));
		assertEquals(2, Files.readAllLines(out).size());
	}

	@Test
	void anUnreadableReportIsLeftOutAndNamedTheOthersAreWritten() throws Exception {
		CorpusStore store = DatasetFixtures.goldCorpus(dir.resolve("corpus"), 3);
		String broken = store.entries().get(1).getId();
		Files.writeString(store.directory().resolve("reports/" + broken + "/report.xmi"), "<?xml version=\"1.0\"?><report");
		Path out = dir.resolve("out.jsonl");

		JsonlExport.Result result = new JsonlExport().export(store, out, false, new NullProgressMonitor());

		assertEquals(2, result.reports());
		assertEquals(2, Files.readAllLines(out).size());
		assertFalse(Files.readString(out).contains(broken));
		assertEquals(List.of(broken), result.unreadable().stream().map(u -> u.reportId()).toList());
		assertTrue(result.unreadable().get(0).problem().startsWith("reports/" + broken + "/report.xmi: "),
				result.unreadable().get(0).problem());
	}

	@Test
	void aFolderIsNoFile() throws Exception {
		CorpusStore store = DatasetFixtures.goldCorpus(dir.resolve("corpus"), 1);
		Path folder = Files.createDirectories(dir.resolve("folder"));
		StoreException e = assertThrows(StoreException.class,
				() -> new JsonlExport().export(store, folder, true, new NullProgressMonitor()));
		assertTrue(e.getMessage().startsWith(folder + " is a folder"), e.getMessage());
		assertEquals(List.of(), listing(folder));
	}
}
