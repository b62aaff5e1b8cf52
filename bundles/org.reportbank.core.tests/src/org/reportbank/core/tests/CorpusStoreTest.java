package org.reportbank.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.importing.CorpusImporter;
import org.reportbank.core.importing.ImportSummary;
import org.reportbank.core.importing.ReportImporter;
import org.reportbank.core.store.CorpusLockedException;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.model.Report;
import org.reportbank.model.Span;
import org.reportbank.model.SpanStatus;

class CorpusStoreTest {

	@TempDir
	Path dir;

	private final CorpusImporter importer = new CorpusImporter();

	private ImportSummary importSeeds(CorpusStore store) throws StoreException {
		return importer.importFiles(store, List.of(SeedReportsTest.seed("")), new NullProgressMonitor());
	}

	@Test
	void importsTheSeedsOnceAndReportsTheSecondImportAsDuplicates() throws Exception {
		CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		ImportSummary first = importSeeds(store);
		assertEquals(3, first.importedCount(), first.describe());
		ImportSummary second = importSeeds(store);
		assertEquals(0, second.importedCount());
		assertEquals(3, second.duplicateCount());
		assertEquals(3, CorpusStore.open(dir.resolve("corpus")).entries().size());
	}

	@Test
	void theSameTextUnderAnotherNameIsADuplicate() throws Exception {
		Path copy = Files.copy(SeedReportsTest.seed("000_2d72018e1f56853b.txt"), dir.resolve("renamed.txt"));
		CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		importSeeds(store);
		ImportSummary summary = importer.importFiles(store, List.of(copy), new NullProgressMonitor());
		assertEquals(1, summary.duplicateCount());
		assertEquals("000_2d72018e1f56853b.txt", summary.firstDuplicates().get(0).sameAs());
		assertTrue(summary.describe().contains("renamed.txt has the same text as 000_2d72018e1f56853b.txt"));
	}

	@Test
	void aBadFileIsRefusedAndTheOthersStillGoIn() throws Exception {
		Path inbox = Files.createDirectories(dir.resolve("inbox"));
		Files.copy(SeedReportsTest.seed("004_da950378957249dd.txt"), inbox.resolve("good.txt"));
		Files.write(inbox.resolve("bad.txt"), new byte[] { 0, 1, 2, 3, 4, 5 });
		CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		ImportSummary summary = importer.importFiles(store, List.of(inbox), new NullProgressMonitor());
		assertEquals(1, summary.importedCount());
		assertEquals(1, summary.refusedCount());
		assertTrue(summary.firstRefused().get(0).getMessage().contains("bad.txt"));
	}

	@Test
	void cancellingKeepsWhatWasImportedAndTheIndexConsistent() throws Exception {
		Path corpusDir = dir.resolve("corpus");
		CorpusStore store = CorpusStore.openOrCreate(corpusDir);
		NullProgressMonitor cancelAfterFirst = new NullProgressMonitor() {
			private int done;

			@Override
			public void worked(int work) {
				if (++done == 1) {
					setCanceled(true);
				}
			}
		};
		ImportSummary summary = importer.importFiles(store, List.of(SeedReportsTest.seed("")), cancelAfterFirst);
		assertTrue(summary.isCancelled());
		assertEquals(1, summary.importedCount());
		CorpusStore reopened = CorpusStore.open(corpusDir);
		assertEquals(1, reopened.entries().size());
		reopened.loadReport(reopened.entries().get(0).getId());
		try (Stream<Path> reports = Files.list(corpusDir.resolve("reports"))) {
			assertEquals(1, reports.count(), "no report folder without an index entry");
		}
	}

	@Test
	void ctrlCInsideALongFileStopsTheImportAndKeepsTheFilesBefore() throws Exception {
		Path inbox = Files.createDirectories(dir.resolve("inbox"));
		Files.copy(SeedReportsTest.seed("000_2d72018e1f56853b.txt"), inbox.resolve("a-good.txt"));
		Files.writeString(inbox.resolve("b-long.txt"), "区司法局受理行政复议申请六十八件，依法办理。\n".repeat(10_000), StandardCharsets.UTF_8);
		CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		NullProgressMonitor ctrlCDuringTheSecondFile = new NullProgressMonitor() {
			private boolean second;
			private int asked;

			@Override
			public void subTask(String name) {
				second = name.startsWith("b-");
			}

			@Override
			public boolean isCanceled() {
				return super.isCanceled() || second && ++asked > 50;
			}
		};
		ImportSummary summary = importer.importFiles(store, List.of(inbox), ctrlCDuringTheSecondFile);
		assertTrue(summary.isCancelled(), summary.describe());
		assertEquals(1, summary.importedCount(), summary.describe());
		assertEquals(0, summary.refusedCount(), "a cancel is not a refusal: " + summary.describe());
		assertEquals(1, CorpusStore.open(dir.resolve("corpus")).entries().size());
	}

	@Test
	void anImportFailingHalfWayThroughItsCommitLeavesTheCorpusFolderExactlyAsItWas() throws Exception {
		Path corpusDir = dir.resolve("corpus");
		CorpusStore store = CorpusStore.openOrCreate(corpusDir);
		importer.importFiles(store, List.of(SeedReportsTest.seed("000_2d72018e1f56853b.txt")), new NullProgressMonitor());
		Map<String, String> before = snapshot(corpusDir);
		// as a full disk would: two report files in place, the index not yet; the replaced files are put back
		System.setProperty("reportbank.faultinjection.commit", "fail:2");
		try {
			StoreException e = assertThrows(StoreException.class, () -> importSeeds(store));
			assertTrue(e.getMessage().contains("nothing was changed"), e.getMessage());
		} finally {
			System.clearProperty("reportbank.faultinjection.commit");
		}
		assertEquals(before, snapshot(corpusDir), "no file added, changed or removed");
		assertEquals(1, CorpusStore.open(corpusDir).entries().size());
		assertEquals(2, importSeeds(store).importedCount(), "the next import goes through");
	}

	@Test
	void aStrayReportFolderTheIndexDoesNotListIsSetAsideNotInTheWay() throws Exception {
		Path corpusDir = dir.resolve("corpus");
		CorpusStore store = CorpusStore.openOrCreate(corpusDir);
		// what an earlier version's killed import left: a report folder the index does not list
		String strayId = new ReportImporter().read(SeedReportsTest.seed("004_da950378957249dd.txt")).getId();
		Files.createDirectories(corpusDir.resolve("reports").resolve(strayId));
		Files.writeString(corpusDir.resolve("reports").resolve(strayId).resolve("report.xmi"), "half written");

		ImportSummary summary = importSeeds(store);

		assertEquals(3, summary.importedCount(), summary.describe());
		assertTrue(summary.describe().contains("moved aside"), summary.describe());
		CorpusStore.open(corpusDir).loadReport(strayId);
		try (Stream<Path> aside = Files.list(corpusDir.resolve(".reportbank/set-aside"))) {
			Path kept = aside.findFirst().orElseThrow();
			assertEquals("half written", Files.readString(kept.resolve("report.xmi")), "nothing is lost");
		}
	}

	@Test
	void openingReadsOnlyTheIndex() throws Exception {
		Path corpusDir = dir.resolve("corpus");
		CorpusStore store = CorpusStore.openOrCreate(corpusDir);
		importSeeds(store);
		String id = store.entries().get(0).getId();
		Files.writeString(corpusDir.resolve("reports").resolve(id).resolve("report.xmi"), "not xml at all");

		CorpusStore reopened = CorpusStore.open(corpusDir);

		assertEquals(3, reopened.entries().size(), "the index lists every report without reading them");
		StoreException e = assertThrows(StoreException.class, () -> reopened.loadReport(id));
		assertTrue(e.getMessage().contains(id));
		reopened.loadReport(reopened.entries().get(1).getId());
	}

	@Test
	void eachLayerIsAFileOfItsOwnAndLoadsBackWithItsReport() throws Exception {
		CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		importSeeds(store);
		String id = store.entries().get(0).getId();
		Report report = store.loadReport(id);
		report.getLayers().add(HostileCorpusTest.layer("王芳", 0, 3));
		report.getLayers().add(HostileCorpusTest.layer("李明", 3, 5));
		store.save(report);

		assertTrue(Files.exists(dir.resolve("corpus/reports/" + id + "/layers/%E7%8E%8B%E8%8A%B3.xmi")));
		Report loaded = CorpusStore.open(dir.resolve("corpus")).loadReport(id);
		assertEquals(2, loaded.getLayers().size());
		Span span = loaded.getLayers().stream().filter(l -> l.getId().equals("李明")).findFirst().orElseThrow().getSpans().get(0);
		assertEquals(3, span.getBegin());
		assertEquals(SpanStatus.ACCEPTED, span.getStatus());
		assertEquals(report.getText(), loaded.getText());
	}

	@Test
	void aSecondWriterIsToldWhoHoldsTheLock() throws Exception {
		CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		try (CorpusStore.WriteSession session = store.beginWrite("import")) {
			CorpusLockedException e = assertThrows(CorpusLockedException.class,
					() -> CorpusStore.open(dir.resolve("corpus")).beginWrite("save"));
			assertTrue(e.getMessage().contains("import since"), e.getMessage());
		}
		store.beginWrite("again").close(); // released
	}

	@Test
	void anotherProcessHoldingTheLockStopsAnImportAndNothingChanges() throws Exception {
		Path corpusDir = dir.resolve("corpus");
		CorpusStore store = CorpusStore.openOrCreate(corpusDir);
		Map<String, String> before = snapshot(corpusDir);
		Path holder = dir.resolve("HoldLock.java");
		Files.writeString(holder, """
				import java.nio.channels.FileChannel;
				import java.nio.file.*;
				public class HoldLock {
				  public static void main(String[] args) throws Exception {
				    try (FileChannel c = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE)) {
				      var lock = c.lock();
				      System.out.println("locked");
				      System.out.flush();
				      Thread.sleep(60_000);
				    }
				  }
				}
				""");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process other = new ProcessBuilder(java, holder.toString(), corpusDir.resolve(".lock").toString()).start();
		try {
			BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
			assertEquals("locked", out.readLine());
			CorpusLockedException e = assertThrows(CorpusLockedException.class, () -> importSeeds(store));
			assertTrue(e.getMessage().contains("another Reportbank process"), e.getMessage());
			assertTrue(e.getMessage().contains("nothing was changed"), e.getMessage());
		} finally {
			other.destroy();
			other.waitFor(10, TimeUnit.SECONDS);
		}
		assertEquals(before, snapshot(corpusDir));
	}

	/** Every file under the folder (but the lock) with a hash of its content. */
	static Map<String, String> snapshot(Path root) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(root)) {
			// the lock file says who wrote last; it is not corpus content
			for (Path p : walk.filter(Files::isRegularFile).filter(p -> !p.endsWith(".lock")).toList()) {
				files.put(root.relativize(p).toString(), sha256(Files.readAllBytes(p)));
			}
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		return files;
	}

	private static String sha256(byte[] bytes) throws java.security.NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}
}
