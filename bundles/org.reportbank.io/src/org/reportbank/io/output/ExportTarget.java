package org.reportbank.io.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

import org.reportbank.core.store.CorpusStore;

/**
 * Where an export may write. An export never writes into a corpus folder: {@code --out
 * corpus/corpus.xmi} would replace the corpus index with JSONL, and a dataset inside a corpus
 * would be taken for part of it. A folder is a corpus when it holds {@value CorpusStore#INDEX_FILE};
 * the test is made on the real place the path leads to (links followed), because that is where
 * the bytes would land. Messages name the path and the reason; the caller adds what it did not write.
 */
public final class ExportTarget {

	/** A place an export refuses to write to; the message names it and says why. */
	public static final class RefusedException extends Exception {
		private static final long serialVersionUID = 1L;

		RefusedException(String message) {
			super(message);
		}
	}

	private ExportTarget() {
	}

	/**
	 * The real place of a single-file export ({@code out} with every link resolved), refused when it
	 * is inside a corpus folder, is a folder or something else than a plain file, or exists and
	 * {@code replace} is false.
	 */
	public static Path file(Path out, CorpusStore exported, boolean replace) throws RefusedException {
		Path real = realPlace(out);
		refuseInsideCorpus(out, real, exported);
		if (Files.isDirectory(real)) {
			throw new RefusedException(out + " is a folder; give the path of the file to write.");
		}
		if (Files.exists(real)) {
			if (!Files.isRegularFile(real)) {
				throw new RefusedException(out + " exists and is not a plain file.");
			}
			if (!replace) {
				throw new RefusedException(out + " already exists; to replace it, ask for that (--force).");
			}
		}
		return real;
	}

	/** The real place of a folder export ({@code out} with every link resolved), refused when it is, or is inside, a corpus folder. */
	public static Path folder(Path out, CorpusStore exported) throws RefusedException {
		Path real = realPlace(out);
		refuseInsideCorpus(out, real, exported);
		return real;
	}

	private static void refuseInsideCorpus(Path out, Path real, CorpusStore exported) throws RefusedException {
		Path corpus = exported == null ? null : realOrSelf(exported.directory());
		if (corpus != null && real.startsWith(corpus)) {
			throw new RefusedException(out + " is inside " + corpus + ", the corpus being exported; an export never writes"
					+ " into a corpus folder, so choose a place outside it.");
		}
		for (Path folder = real; folder != null; folder = folder.getParent()) {
			if (Files.exists(folder.resolve(CorpusStore.INDEX_FILE), LinkOption.NOFOLLOW_LINKS)) {
				throw new RefusedException(out + " is inside the corpus folder " + folder + " (it holds " + CorpusStore.INDEX_FILE
						+ "); an export never writes into a corpus folder, so choose a place outside it.");
			}
		}
	}

	/**
	 * The path with every link resolved: the part that exists as its real path, the rest (which
	 * holds no link, since it does not exist yet) appended and normalized.
	 */
	static Path realPlace(Path out) throws RefusedException {
		Path absolute = out.toAbsolutePath();
		Deque<Path> missing = new ArrayDeque<>();
		Path existing = absolute;
		while (existing != null && !Files.exists(existing)) {
			missing.push(existing.getFileName());
			existing = existing.getParent();
		}
		if (existing == null) {
			return absolute.normalize();
		}
		Path real;
		try {
			real = existing.toRealPath();
		} catch (IOException e) {
			throw new RefusedException(existing + ": cannot tell where it leads (" + e.getMessage() + ").");
		}
		while (!missing.isEmpty()) {
			real = real.resolve(missing.pop());
		}
		return real.normalize();
	}

	private static Path realOrSelf(Path path) {
		try {
			return path.toRealPath();
		} catch (IOException e) {
			return path.toAbsolutePath().normalize();
		}
	}
}
