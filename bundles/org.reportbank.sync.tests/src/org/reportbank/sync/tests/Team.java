package org.reportbank.sync.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jgit.api.Git;
import org.reportbank.core.importing.CorpusImporter;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.model.Layer;
import org.reportbank.sync.CorpusRepository;
import org.reportbank.testing.Fixtures;

/** A team's corpus in a test: the sample reports shared through a real bare repository, clones of it, files compared. */
final class Team {

	private final Path dir;
	/** The bare repository's URL. */
	final String remote;

	/** A new bare remote in {@code dir}, as {@code git init --bare} makes it on most machines (its HEAD names a master that never comes to be). */
	Team(Path dir) throws Exception {
		this.dir = dir;
		Path bare = dir.resolve("remote.git");
		try (Git git = Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("master").call()) {
			remote = bare.toUri().toString();
		}
	}

	/** The sample corpus imported into a new folder of the test. */
	Path sampleCorpus(String name) throws Exception {
		Path corpus = dir.resolve(name);
		CorpusStore store = CorpusStore.openOrCreate(corpus);
		new CorpusImporter().importFiles(store, List.of(Fixtures.seeds()), new NullProgressMonitor());
		return corpus;
	}

	/** The sample corpus, shared by the person into the remote. */
	Path share(String folder, String person) throws Exception {
		Path corpus = sampleCorpus(folder);
		CorpusRepository.share(corpus, remote, person, new NullProgressMonitor());
		return corpus;
	}

	Path cloneAs(String folder) throws Exception {
		return CorpusRepository.cloneInto(remote, dir.resolve(folder), new NullProgressMonitor()).directory();
	}

	/** Saves one layer as the workbench and curation save it. */
	static void save(Path corpus, String reportId, Layer layer) throws Exception {
		try (CorpusStore.WriteSession session = CorpusStore.open(corpus).beginWrite("annotate")) {
			session.saveLayer(reportId, layer);
			session.commit();
		}
	}

	/** Every file of the corpus that is shared, by its path inside it. */
	static Map<String, byte[]> files(Path corpus) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> all = Files.walk(corpus)) {
			for (Path file : all.filter(Files::isRegularFile).toList()) {
				String path = corpus.relativize(file).toString().replace('\\', '/');
				if (!path.startsWith(".git/") && !path.startsWith(".reportbank/") && !path.equals(".lock")) {
					files.put(path, Files.readAllBytes(file));
				}
			}
		}
		return files;
	}
}
