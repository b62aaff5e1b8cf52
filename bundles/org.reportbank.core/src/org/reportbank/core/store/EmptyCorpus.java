package org.reportbank.core.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A corpus folder holding nothing but a corpus of no reports, as {@link CorpusStore#openOrCreate}
 * makes it, and its removal: what a command that made the folder and took nothing in leaves.
 */
final class EmptyCorpus {

	/** The names a new corpus folder holds: the index, the lock, this machine's folder, the reports' folder, the .gitignore. */
	private static final Set<String> MADE_BY_CREATION = Set.of(CorpusFolder.INDEX_FILE, CorpusFolder.LOCK_FILE,
			CorpusFolder.MACHINE_DIR, CorpusFolder.REPORTS_DIR, CorpusFolder.GITIGNORE_FILE);

	private EmptyCorpus() {
	}

	/** Removes the folder when it holds an empty corpus and nothing else; decided under the corpus lock. */
	static boolean remove(CorpusFolder folder) throws StoreException {
		CorpusLock lock = CorpusLock.acquire(folder.root(), "remove the empty corpus");
		try {
			if (!holdsNothingElse(folder)) {
				return false;
			}
			Folders.deleteTree(folder.root());
			return true;
		} catch (IOException | UncheckedIOException e) {
			throw new StoreException(folder.root() + ": cannot remove the empty corpus: " + e.getMessage(), e);
		} finally {
			lock.close();
		}
	}

	private static boolean holdsNothingElse(CorpusFolder folder) throws IOException, StoreException {
		try (Stream<Path> names = Files.list(folder.root())) {
			if (!names.allMatch(p -> MADE_BY_CREATION.contains(p.getFileName().toString()))) {
				return false;
			}
		}
		// a write leaves empty staging folders behind; any file (a model, a staged report) is work
		for (Path dir : List.of(folder.reports(), folder.machine())) {
			if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !holdsFoldersOnly(dir)) {
				return false;
			}
		}
		return onlyOurIgnores(folder.root().resolve(CorpusFolder.GITIGNORE_FILE))
				&& IndexStream.check(folder.contained(folder.index())).ids().size() == 0;
	}

	private static boolean holdsFoldersOnly(Path dir) throws IOException {
		if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
			return false;
		}
		try (Stream<Path> all = Files.walk(dir)) {
			return all.allMatch(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS));
		}
	}

	/** A .gitignore with lines of the owner's is theirs: it keeps the folder. */
	private static boolean onlyOurIgnores(Path gitignore) throws IOException {
		if (!Files.exists(gitignore, LinkOption.NOFOLLOW_LINKS)) {
			return true;
		}
		if (!Files.isRegularFile(gitignore, LinkOption.NOFOLLOW_LINKS)) {
			return false;
		}
		Set<String> ours = Set.copyOf(CorpusFolder.MACHINE_IGNORES);
		return Files.readString(gitignore, StandardCharsets.UTF_8).lines().map(String::strip)
				.allMatch(line -> line.isEmpty() || ours.contains(line));
	}
}
