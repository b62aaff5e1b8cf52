package org.reportbank.sync.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.model.ReportEntry;
import org.reportbank.sync.CorpusRepository;
import org.reportbank.sync.MergeConflict;
import org.reportbank.sync.SyncResult;

/**
 * A sync killed at any moment (SIGKILL to a process of its own, at random times, in the middle of
 * committing, fetching, merging by the model, checking out or pushing) leaves a corpus that opens
 * and a repository plain git's fsck accepts, and the next sync completes: at the end both clones
 * hold the same files, byte for byte.
 */
class KillSafetyTest {

	@TempDir
	Path dir;

	@Test
	void aSyncKilledAtRandomMomentsLeavesAWorkingCorpusAndTheNextSyncCompletes() throws Exception {
		Team team = new Team(dir);
		Path wang = team.share("wang", "王芳");
		Path li = team.cloneAs("li");
		List<String> reports = CorpusStore.open(li).entries().stream().map(ReportEntry::getId).toList();
		Random random = new Random(20261206);
		int killedInASync = 0;
		int rounds = 10;
		for (int round = 0; round < rounds; round++) {
			// the colleague's work, so the killed process has merges to make (the gold layer both change)
			String reportId = reports.get(random.nextInt(reports.size()));
			SyncOverAndOver.addSpan(li, reportId, "李娜", "李娜-" + round, random);
			SyncOverAndOver.addSpan(li, reportId, "gold", "gold-李娜-" + round, random);
			CorpusRepository.open(li).sync("李娜", conflict -> MergeConflict.Take.MINE, new NullProgressMonitor());

			Process process = syncOverAndOver(wang, "王芳", round);
			Path out = dir.resolve("child-" + round + ".out");
			for (int wait = 0; wait < 300 && process.isAlive() && (!Files.exists(out) || Files.size(out) == 0); wait++) {
				Thread.sleep(50); // the JVM starts and annotates: then it syncs, and the kill comes at a random moment of it
			}
			Thread.sleep(random.nextInt(2500));
			process.destroyForcibly();
			process.waitFor();
			String said = Files.readString(dir.resolve("child-" + round + ".out"), StandardCharsets.UTF_8);
			assertTrue(said.contains("sync "), "the process ran: " + said
					+ Files.readString(dir.resolve("child-" + round + ".err"), StandardCharsets.UTF_8));
			String[] lines = said.strip().split("\n");
			if (lines[lines.length - 1].startsWith("sync ")) {
				killedInASync++;
			}

			CorpusStore store = CorpusStore.open(wang); // what a person opens right after: it works
			for (ReportEntry entry : store.entries()) {
				store.loadReport(entry.getId());
			}
			ModelMergeSyncTest.assertFsckClean(wang);
		}
		assertTrue(killedInASync >= rounds / 3, "most kills should hit a sync, " + killedInASync + " of " + rounds + " did");
		System.out.println("KillSafetyTest: " + killedInASync + " of " + rounds + " kills interrupted a sync");

		SyncResult next = CorpusRepository.open(wang).sync("王芳", conflict -> MergeConflict.Take.MINE, new NullProgressMonitor());
		assertTrue(next.pushed(), next.summary());
		CorpusRepository.open(li).sync("李娜", new NullProgressMonitor());
		try (Git git = Git.open(wang.toFile())) {
			assertTrue(git.status().call().isClean(), "everything of the killed runs is committed");
		}
		Map<String, byte[]> expected = Team.files(wang);
		Map<String, byte[]> actual = Team.files(li);
		assertEquals(expected.keySet(), actual.keySet());
		for (String path : expected.keySet()) {
			assertArrayEquals(expected.get(path), actual.get(path), path);
		}
		ModelMergeSyncTest.assertFsckClean(li);
	}

	/** {@link SyncOverAndOver} in a JVM of its own, on the classes of the bundles this test runs with. */
	private Process syncOverAndOver(Path corpus, String person, int seed) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(java, "-Xmx256m", "-cp", classPath(), SyncOverAndOver.class.getName(), corpus.toString(), person,
				Integer.toString(seed)).redirectError(dir.resolve("child-" + seed + ".err").toFile())
				.redirectOutput(dir.resolve("child-" + seed + ".out").toFile()).start();
	}

	/** The bundles' jars and class folders (with the jars they hold), as a plain class path. */
	private static String classPath() throws Exception {
		Set<String> entries = new LinkedHashSet<>();
		for (Bundle bundle : FrameworkUtil.getBundle(KillSafetyTest.class).getBundleContext().getBundles()) {
			File file = FileLocator.getBundleFileLocation(bundle).orElse(null);
			if (file == null) {
				continue;
			}
			List<File> roots = new ArrayList<>();
			if (file.isDirectory()) {
				for (String output : List.of("target/classes", "bin")) {
					if (new File(file, output).isDirectory()) {
						roots.add(new File(file, output));
					}
				}
				roots.add(file);
			} else {
				roots.add(file);
			}
			roots.forEach(root -> entries.add(root.getAbsolutePath()));
			String inside = bundle.getHeaders().get(Constants.BUNDLE_CLASSPATH);
			if (inside != null && file.isDirectory()) {
				for (String part : inside.split(",")) {
					String name = part.trim().split(";")[0];
					if (!name.equals(".") && new File(file, name).exists()) {
						entries.add(new File(file, name).getAbsolutePath());
					}
				}
			}
		}
		return String.join(File.pathSeparator, entries);
	}
}
