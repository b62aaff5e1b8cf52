package org.reportbank.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportbank.io.tests.DatasetFixtures.CHARACTERS;
import static org.reportbank.io.tests.JsonlExportSafetyTest.listing;
import static org.reportbank.io.tests.JsonlExportSafetyTest.snapshot;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.io.dataset.DatasetException;
import org.reportbank.io.dataset.DatasetExport;
import org.reportbank.io.dataset.DatasetFormat;
import org.reportbank.io.dataset.DatasetRequest;
import org.reportbank.io.formats.Formats;
import org.reportbank.io.output.PartialOutputs;

/**
 * Where the dataset export may write (never into a corpus), what it does with the leftovers of a
 * killed export, and that one unreadable report does not stop the others.
 */
class DatasetExportSafetyTest {

	@TempDir
	Path dir;

	private static DatasetRequest request(Path out) {
		List<DatasetFormat> formats = List.of(Formats.named("jsonl").orElseThrow(), Formats.named("brat").orElseThrow());
		return DatasetRequest.of(formats, out, "reportbank export --test");
	}

	@Test
	void neverIntoACorpusFolder() throws Exception {
		CorpusStore store = DatasetFixtures.goldCorpus(dir.resolve("corpus"), 2);
		Path corpus = store.directory();
		Path link = Files.createSymbolicLink(dir.resolve("link"), corpus);
		Map<String, String> before = snapshot(corpus);
		for (Path out : List.of(corpus.resolve("dataset"), corpus.resolve("reports/dataset"), link.resolve("dataset"), link)) {
			DatasetException e = assertThrows(DatasetException.class,
					() -> new DatasetExport().export(store, request(out), CHARACTERS, new NullProgressMonitor()), out.toString());
			assertTrue(e.getMessage().startsWith(out.toString()), e.getMessage());
			assertTrue(e.getMessage().contains("never writes into a corpus folder"), e.getMessage());
			assertTrue(e.getMessage().contains("No dataset written"), e.getMessage());
		}
		assertEquals(before, snapshot(corpus), "the corpus byte for byte as it was");
	}

	@Test
	void whatAKilledExportLeftIsRemovedButNotWhatALiveOneHolds() throws Exception {
		CorpusStore store = DatasetFixtures.goldCorpus(dir.resolve("corpus"), 2);
		Path out = dir.resolve("dataset");
		Path killed = Files.createDirectories(dir.resolve("dataset.partial-0123456789ab/jsonl"));
		Files.writeString(killed.resolve("all.jsonl"), "{\"half\":");
		Path killedLocked = Files.createDirectories(dir.resolve("dataset.partial-aaaaaaaaaaaa"));
		Files.writeString(killedLocked.resolve(PartialOutputs.LOCK_FILE), ""); // its writer died: the OS let go of the lock
		Path live = Files.createDirectories(dir.resolve("dataset.partial-bbbbbbbbbbbb"));
		Path liveLock = live.resolve(PartialOutputs.LOCK_FILE);
		Path notOurs = Files.createDirectories(dir.resolve("dataset.partial-keep"));
		Path otherOut = Files.createDirectories(dir.resolve("other.partial-cccccccccccc"));

		DatasetExport.Result result;
		try (FileChannel channel = FileChannel.open(liveLock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				FileLock lock = channel.lock()) {
			result = new DatasetExport().export(store, request(out), CHARACTERS, new NullProgressMonitor());
		}

		assertEquals(2, result.staleRemoved().size(), result.staleRemoved().toString());
		assertFalse(Files.exists(killed.getParent()));
		assertFalse(Files.exists(killedLocked));
		assertTrue(Files.exists(liveLock), "a live export's folder is left alone");
		assertTrue(Files.exists(notOurs), "not a name an export gives");
		assertTrue(Files.exists(otherOut), "another output's");
		assertEquals(List.of("README.md", "brat", "jsonl"), listing(out), "the lock file is not part of the dataset");
	}

	@Test
	void anExportHoldsItsLockForItsWholeRun() throws Exception {
		Path out = dir.resolve("dataset");
		try (PartialOutputs.PartialFolder running = PartialOutputs.createFolder(out)) {
			assertEquals(List.of(), PartialOutputs.removeStaleFolders(out));
			assertTrue(Files.isDirectory(running.path()));
		}
		assertEquals(List.of(), listing(dir), "closed unpublished: removed");
	}

	@Test
	void anUnreadableReportIsLeftOutNamedAndCountedInTheCard() throws Exception {
		CorpusStore store = DatasetFixtures.goldCorpus(dir.resolve("corpus"), 3);
		String broken = store.entries().get(2).getId();
		Files.writeString(store.directory().resolve("reports/" + broken + "/report.xmi"), "garbage");
		Path out = dir.resolve("dataset");

		DatasetExport.Result result = new DatasetExport().export(store, request(out), CHARACTERS, new NullProgressMonitor());

		assertEquals(2, result.reports());
		assertEquals(List.of(broken), result.unreadable().stream().map(u -> u.reportId()).toList());
		assertEquals(2, Files.readAllLines(out.resolve("jsonl/all.jsonl")).size());
		String card = Files.readString(out.resolve("README.md"));
		assertTrue(card.contains("1 reports of the corpus are left out because their files could not be read: " + broken + "."), card);
		assertEquals(1, result.card().unreadableReports());
		assertEquals(Map.of(), result.renamedFiles(), "hex ids are file names as they are");
		assertFalse(card.contains("## File names"), card);
	}
}
