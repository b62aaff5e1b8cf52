package org.reportbank.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.agreement.Agreement;
import org.reportbank.agreement.AgreementJson;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.model.Layer;
import org.reportbank.model.Report;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.SpanStatus;
import org.reportbank.sync.Arrival;
import org.reportbank.sync.CorpusRepository;
import org.reportbank.sync.SyncResult;
import org.reportbank.testing.Fixtures;

/**
 * Three annotators on three clones of one corpus, shared through a real bare repository over
 * file://: they annotate the same and different reports and sync in random order, some at the
 * same moment, for many rounds; at the end every clone holds every layer byte for byte.
 */
class TeamSyncTest {

	private static final List<String> PEOPLE = List.of("王芳", "李娜", "zhang");

	@TempDir
	Path dir;

	private Team team;
	private String remote;

	/** The sample corpus in 王芳's folder, shared through a new bare remote ({@link #remote}). */
	private Path sharedByWang() throws Exception {
		team = new Team(dir);
		remote = team.remote;
		return team.share("wang", "王芳");
	}

	/** One more span in the person's layer of the report, saved as the workbench saves it. */
	private static void annotate(Path corpus, String reportId, String person, Random random) throws Exception {
		CorpusStore store = CorpusStore.open(corpus);
		Report report = store.loadReport(reportId);
		Layer layer = report.getLayers().stream().filter(l -> person.equals(l.getId())).findFirst()
				.orElseGet(() -> Fixtures.annotator(report, person));
		int begin = random.nextInt(report.getText().length() - 4);
		Fixtures.span(layer, begin, begin + 1 + random.nextInt(4), "ORG", SpanStatus.ACCEPTED);
		Team.save(corpus, reportId, layer);
	}

	@Test
	void threeAnnotatorsSyncingInRandomOrderAndAtOnceAllEndWithEveryLayer() throws Exception {
		Path first = sharedByWang();
		List<Path> clones = new ArrayList<>(List.of(first));
		for (String person : PEOPLE.subList(1, PEOPLE.size())) {
			clones.add(team.cloneAs(person));
		}
		List<String> reports = CorpusStore.open(first).entries().stream().map(ReportEntry::getId).toList();
		Random random = new Random(20261205);
		ExecutorService pool = Executors.newFixedThreadPool(3);
		try {
			for (int round = 0; round < 12; round++) {
				for (int p = 0; p < PEOPLE.size(); p++) {
					annotate(clones.get(p), reports.get(random.nextInt(reports.size())), PEOPLE.get(p), random);
				}
				List<Integer> order = new ArrayList<>(List.of(0, 1, 2));
				Collections.shuffle(order, random);
				if (round % 3 == 2) { // all three at the same moment: the pushes race, the losers merge and try again
					List<Future<SyncResult>> running = new ArrayList<>();
					for (int p : order) {
						running.add(pool.submit(() -> CorpusRepository.open(clones.get(p)).sync(PEOPLE.get(p), new NullProgressMonitor())));
					}
					for (Future<SyncResult> result : running) {
						assertTrue(result.get().pushed(), result.get().summary());
					}
				} else {
					for (int p : order) {
						assertTrue(CorpusRepository.open(clones.get(p)).sync(PEOPLE.get(p), new NullProgressMonitor()).pushed());
					}
				}
			}
		} finally {
			pool.shutdown();
		}
		for (int pass = 0; pass < 2; pass++) { // the first pass brings everyone's last pushes to all
			for (int p = 0; p < PEOPLE.size(); p++) {
				CorpusRepository.open(clones.get(p)).sync(PEOPLE.get(p), new NullProgressMonitor());
			}
		}

		Map<String, byte[]> expected = Team.files(clones.get(0));
		for (String person : PEOPLE) {
			assertTrue(expected.keySet().stream().anyMatch(path -> path.contains("/layers/")
					&& path.endsWith(java.net.URLEncoder.encode(person, java.nio.charset.StandardCharsets.UTF_8) + ".xmi")),
					person + "'s layers are in the corpus");
		}
		for (Path clone : clones.subList(1, clones.size())) {
			Map<String, byte[]> actual = Team.files(clone);
			assertEquals(expected.keySet(), actual.keySet(), clone + " has the same files");
			for (String path : expected.keySet()) {
				assertTrue(java.util.Arrays.equals(expected.get(path), actual.get(path)), path + " is byte for byte the same in " + clone);
			}
		}
		String agreement = agreement(clones.get(0));
		assertTrue(agreement.contains("李娜") && agreement.contains("zhang"), agreement);
		for (Path clone : clones) {
			CorpusStore store = CorpusStore.open(clone); // a working corpus
			assertEquals(reports.size(), store.entries().size());
			assertEquals(agreement, agreement(clone), "agreement from " + clone + " is the same");
		}
	}

	/** The team's agreement as the JSON export writes it, computed from one clone. */
	private static String agreement(Path clone) throws Exception {
		CorpusStore store = CorpusStore.open(clone);
		Agreement agreement = new Agreement();
		for (ReportEntry entry : store.entries()) {
			agreement.add(store.loadReport(entry.getId()));
		}
		java.io.StringWriter json = new java.io.StringWriter();
		AgreementJson.write(agreement.result(), json);
		return json.toString();
	}

	@Test
	void whatArrivedIsNamedWithWhomItCameFrom() throws Exception {
		Path wang = sharedByWang();
		Path li = CorpusRepository.cloneInto(remote, dir.resolve("li"), new NullProgressMonitor()).directory();
		String report = CorpusStore.open(wang).entries().get(0).getId();
		annotate(li, report, "李娜", new Random(1));
		SyncResult sent = CorpusRepository.open(li).sync("李娜", new NullProgressMonitor());
		assertEquals(1, sent.committedFiles());
		assertEquals("李娜: 1 file of 1 report, layers 李娜 (1 span)", sent.commitMessage());
		try (Git git = Git.open(li.toFile())) {
			String full = git.log().setMaxCount(1).call().iterator().next().getFullMessage();
			assertTrue(full.endsWith("\n\n" + report + ": 李娜 1 span"), "the commit names each report: " + full);
		}

		SyncResult received = CorpusRepository.open(wang).sync("王芳", new NullProgressMonitor());

		assertEquals(List.of(new Arrival(report, "李娜", true, java.util.Set.of("李娜"))), received.arrived());
		assertTrue(received.summary().contains("new 李娜 layer of report " + report + " from 李娜"), received.summary());
		assertTrue(Files.exists(wang.resolve(".gitignore")));
		assertFalse(Files.readString(wang.resolve(".gitignore")).isEmpty());
	}

	@Test
	void aRemoteServedByGitDaemonCarriesTheTeamsWork() throws Exception {
		Team local = new Team(dir); // its bare repository, served over git:// instead of read as a folder
		int port;
		try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
			port = free.getLocalPort();
		}
		Process daemon = new ProcessBuilder("git", "daemon", "--reuseaddr", "--listen=127.0.0.1", "--port=" + port, "--export-all",
				"--enable=receive-pack", "--base-path=" + dir, dir.toString()).redirectErrorStream(true)
				.redirectOutput(dir.resolve("daemon.log").toFile()).start();
		try {
			waitForPort(port, daemon);
			String served = "git://127.0.0.1:" + port + "/remote.git";
			Path wang = local.sampleCorpus("wang");
			CorpusRepository.share(wang, served, "王芳", new NullProgressMonitor());
			Path li = CorpusRepository.cloneInto(served, dir.resolve("li"), new NullProgressMonitor()).directory();
			String report = CorpusStore.open(li).entries().get(0).getId();
			annotate(li, report, "李娜", new Random(4));
			assertTrue(CorpusRepository.open(li).sync("李娜", new NullProgressMonitor()).pushed());

			SyncResult received = CorpusRepository.open(wang).sync("王芳", new NullProgressMonitor());

			assertEquals(List.of(new Arrival(report, "李娜", true, java.util.Set.of("李娜"))), received.arrived(), received.summary());
			assertEquals(Team.files(li).keySet(), Team.files(wang).keySet());
		} finally {
			daemon.destroy();
			daemon.waitFor();
		}
	}

	private static void waitForPort(int port, Process daemon) throws Exception {
		for (int attempt = 0; attempt < 100; attempt++) {
			try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
				return;
			} catch (IOException notYet) {
				assertTrue(daemon.isAlive(), "git daemon stopped");
				Thread.sleep(100);
			}
		}
		throw new AssertionError("git daemon does not listen on " + port);
	}

	@Test
	void offlineTheWorkIsCommittedAndSaidSo() throws Exception {
		Path wang = sharedByWang();
		try (Git git = Git.open(wang.toFile())) {
			git.getRepository().getConfig().setString("remote", "origin", "url", dir.resolve("gone.git").toUri().toString());
			git.getRepository().getConfig().save();
		}
		annotate(wang, CorpusStore.open(wang).entries().get(0).getId(), "王芳", new Random(2));

		SyncResult result = CorpusRepository.open(wang).sync("王芳", new NullProgressMonitor());

		assertFalse(result.pushed());
		assertTrue(result.offline().startsWith("the remote cannot be reached"), result.offline());
		assertEquals(1, result.committedFiles());
		try (Git git = Git.open(wang.toFile())) {
			assertTrue(git.status().call().isClean());
		}
	}

	@Test
	void locksAKilledSyncLeftInTheRepositoryDoNotStopTheNextOne() throws Exception {
		Path wang = sharedByWang();
		annotate(wang, CorpusStore.open(wang).entries().get(0).getId(), "王芳", new Random(3));
		Path index = wang.resolve(".git/index.lock");
		Path branch = wang.resolve(".git/refs/heads/main.lock");
		for (Path lock : List.of(index, branch)) {
			Files.writeString(lock, "left by a killed sync");
			Files.setLastModifiedTime(lock, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600)));
		}

		SyncResult result = CorpusRepository.open(wang).sync("王芳", new NullProgressMonitor());

		assertTrue(result.pushed(), result.summary());
		assertEquals(1, result.committedFiles());
		assertFalse(Files.exists(index) || Files.exists(branch), "the stale locks are gone");
		try (Git git = Git.open(wang.toFile())) {
			assertTrue(git.status().call().isClean());
		}
	}

	/** The branch lock of a sync killed while it pushed into a folder remote: the remote says "failed to lock", naming no file. */
	@Test
	void aBranchLockAKilledPushLeftInAFolderRemoteDoesNotStopTheNextPush() throws Exception {
		Path wang = sharedByWang();
		annotate(wang, CorpusStore.open(wang).entries().get(0).getId(), "王芳", new Random(4));
		Path lock = Path.of(java.net.URI.create(remote)).resolve("refs/heads/main.lock");
		Files.writeString(lock, "left by a killed push");
		Files.setLastModifiedTime(lock, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(60)));

		SyncResult result = CorpusRepository.open(wang).sync("王芳", new NullProgressMonitor());

		assertTrue(result.pushed(), result.summary());
		assertFalse(Files.exists(lock), "the stale lock is gone");
	}

}
