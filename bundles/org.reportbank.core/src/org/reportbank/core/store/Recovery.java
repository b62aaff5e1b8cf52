package org.reportbank.core.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Repairs what a killed or failed writer left, under the corpus lock, before anything else is
 * read or written: a commit whose journal exists is finished (its new state was decided), staged
 * files without a journal are dropped (their state never was), and temporary files are removed.
 * Says what it did, in sentences for the person who runs the next command.
 */
final class Recovery {

	private Recovery() {
	}

	/** Whether anything is left to repair; cheap, so readers can ask on every open. */
	static boolean needed(CorpusFolder folder) {
		Path machine = folder.machine();
		if (!Files.isDirectory(machine, LinkOption.NOFOLLOW_LINKS)) {
			return Files.isRegularFile(folder.index(), LinkOption.NOFOLLOW_LINKS); // a corpus of an earlier version: swept once
		}
		try (DirectoryStream<Path> children = Files.newDirectoryStream(machine)) {
			for (Path child : children) {
				String name = child.getFileName().toString();
				if (name.startsWith(StagedCommit.JOURNAL_PREFIX) || name.endsWith(".tmp")) {
					return true;
				}
			}
		} catch (IOException e) {
			return false;
		}
		try (DirectoryStream<Path> staged = Files.newDirectoryStream(machine.resolve(StagedCommit.STAGING_DIR))) {
			return staged.iterator().hasNext();
		} catch (IOException e) {
			return false;
		}
	}

	/** Repairs the corpus; the caller holds its lock. Returns what was done, one sentence each. */
	static List<String> run(CorpusFolder folder) throws StoreException {
		List<String> notes = new ArrayList<>();
		Path machine = folder.contained(folder.machine());
		if (!Files.isDirectory(machine, LinkOption.NOFOLLOW_LINKS)) {
			int removed = sweepTemporaryFiles(folder);
			if (removed > 0) {
				notes.add("removed " + removed + " temporary file" + (removed == 1 ? "" : "s") + " an interrupted write had left");
			}
			try {
				Files.createDirectory(machine);
			} catch (IOException e) {
				throw new StoreException(machine + ": cannot be created: " + e.getMessage(), e);
			}
			return notes;
		}
		for (Path journal : list(machine, p -> p.getFileName().toString().startsWith(StagedCommit.JOURNAL_PREFIX))) {
			String purpose = StagedCommit.rollForward(folder, journal);
			notes.add("finished an interrupted write (" + purpose + ")");
		}
		int dropped = 0;
		Path staging = machine.resolve(StagedCommit.STAGING_DIR);
		for (Path unfinished : list(folder.contained(staging), p -> true)) {
			delete(unfinished);
			dropped++;
		}
		if (dropped > 0) {
			notes.add(
					"an earlier write was interrupted before it was committed: it changed nothing, and what it had written aside is removed");
		}
		for (Path temp : list(machine, p -> p.getFileName().toString().endsWith(".tmp"))) {
			delete(temp);
		}
		return notes;
	}

	/** Temporary files of writes made before the corpus had a staging area (".NAME.RANDOM.tmp" beside their target). */
	private static int sweepTemporaryFiles(CorpusFolder folder) throws StoreException {
		Predicate<Path> temporary = p -> {
			String name = p.getFileName().toString();
			return name.startsWith(".") && name.endsWith(".tmp") && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
		};
		List<Path> found = new ArrayList<>(list(folder.root(), temporary));
		Path reports = folder.reports();
		if (Files.isDirectory(reports, LinkOption.NOFOLLOW_LINKS)) {
			for (Path report : list(folder.contained(reports), p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))) {
				found.addAll(list(report, temporary));
				Path layers = report.resolve(CorpusFolder.LAYERS_DIR);
				if (Files.isDirectory(layers, LinkOption.NOFOLLOW_LINKS)) {
					found.addAll(list(layers, temporary));
				}
			}
		}
		for (Path temp : found) {
			delete(temp);
		}
		return found.size();
	}

	private static List<Path> list(Path dir, Predicate<Path> which) throws StoreException {
		if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
			return List.of();
		}
		List<Path> found = new ArrayList<>();
		try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
			for (Path child : children) {
				if (which.test(child)) {
					found.add(child);
				}
			}
		} catch (IOException e) {
			throw new StoreException(dir + ": cannot be listed: " + e.getMessage(), e);
		}
		found.sort(null);
		return found;
	}

	private static void delete(Path path) throws StoreException {
		try {
			Folders.deleteTree(path);
		} catch (IOException e) {
			throw new StoreException(path + ": cannot be removed: " + e.getMessage(), e);
		}
	}
}
