package org.reportbank.core.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.reportbank.core.text.Untrusted;

/**
 * The files one write session changes, written aside first and put in place all together, so that
 * a failure or a kill at any moment leaves the corpus either as it was or as the session left it.
 *
 * <ol>
 * <li>Each file is written into {@code .reportbank/staging/TX/} (forced to disk); nothing the
 * corpus shows changes. Abandoning the session removes that folder.</li>
 * <li>Commit checks that every file can go where it belongs, then writes the journal
 * {@code .reportbank/commit-TX} (atomically, forced): from that moment the new state is decided.</li>
 * <li>Each staged file is renamed over its target, the file it replaces kept aside until the end;
 * the index goes last, so a reader meanwhile never sees an entry whose files are not there.</li>
 * <li>The journal and the staging folder are removed.</li>
 * </ol>
 * A failure during step 3 in this process moves the replaced files back (the old state); a kill
 * leaves the journal, and the next writer (or reader) of the corpus finishes the renames
 * ({@link Recovery}) before doing anything else (the new state).
 */
final class StagedCommit {

	static final String STAGING_DIR = "staging";
	static final String JOURNAL_PREFIX = "commit-";
	private static final String JOURNAL_HEADER = "reportbank commit 1";
	private static final Pattern STAGED_NAME = Pattern.compile("[0-9]{6,9}\\.xmi");
	private static final Pattern TRANSACTION_ID = Pattern.compile("[0-9a-f]{16}");
	private static final SecureRandom RANDOM = new SecureRandom();

	private final CorpusFolder folder;
	private final String id;
	private final Path staging;
	/** Target → the name of its staged file; a target staged twice keeps the later one. */
	private final Map<Path, String> puts = new LinkedHashMap<>();
	private int counter;

	private StagedCommit(CorpusFolder folder, String id, Path staging) {
		this.folder = folder;
		this.id = id;
		this.staging = staging;
	}

	/** Opens an empty staging folder; the corpus folder must exist (it is never created here). */
	static StagedCommit begin(CorpusFolder folder) throws StoreException {
		byte[] bytes = new byte[8];
		RANDOM.nextBytes(bytes);
		String id = HexFormat.of().formatHex(bytes);
		Path machine = folder.contained(folder.machine());
		Path stagingRoot = machine.resolve(STAGING_DIR);
		Path staging = stagingRoot.resolve(id);
		try {
			createFolder(machine);
			createFolder(folder.contained(stagingRoot));
			Files.createDirectory(staging);
		} catch (IOException e) {
			throw new StoreException(folder.root() + ": cannot prepare a write (" + staging + "): " + e.getMessage(), e);
		}
		return new StagedCommit(folder, id, staging);
	}

	private static void createFolder(Path dir) throws IOException {
		if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
			Files.createDirectory(dir); // one level only: a vanished corpus folder is not brought back
		}
	}

	boolean isEmpty() {
		return puts.isEmpty();
	}

	/** Writes the object to be put at {@code target} (a path inside the corpus) when the commit comes. */
	void stage(Path target, EObject root) throws StoreException {
		Path contained = folder.contained(target);
		String name = String.format("%06d.xmi", ++counter);
		try {
			ModelFiles.save(root, staging.resolve(name));
		} catch (IOException | RuntimeException e) {
			throw new StoreException(contained + ": cannot write: " + e.getMessage(), e);
		}
		String replaced = puts.put(contained, name);
		if (replaced != null) {
			deleteQuietly(staging.resolve(replaced));
		}
	}

	/** Puts every staged file in place; see the class comment for why this leaves old or new, never a mix. */
	void commit(String purpose, CorpusLock lock) throws StoreException {
		if (isEmpty()) {
			abandon();
			return;
		}
		List<Put> all = new ArrayList<>();
		puts.forEach((target, name) -> all.add(new Put(name, target)));
		// the index last: a reader meanwhile never meets an entry whose files are not in place yet
		all.sort((a, b) -> Boolean.compare(a.target().equals(folder.index()), b.target().equals(folder.index())));
		for (Put put : all) {
			checkPlaceable(put.target());
		}
		if (!lock.stillHeld()) {
			abandon();
			throw new StoreException("the corpus folder " + folder.root() + " was removed, moved or replaced while it was being written; "
					+ "nothing was changed");
		}
		Path journal = writeJournal(purpose, all);
		Applied applied = new Applied();
		Fault fault = Fault.configured();
		try {
			for (Put put : all) {
				fault.beforeRename(applied.done.size());
				apply(folder, staging, put, applied);
			}
		} catch (IOException | StoreException e) {
			String undone = undo(applied);
			if (undone == null) {
				deleteQuietly(journal);
				abandon();
				throw new StoreException(folder.root() + ": the write could not be completed (" + e.getMessage() + "); nothing was changed",
						e);
			}
			throw new StoreException(folder.root() + ": the write could not be completed (" + e.getMessage() + ") nor undone ("
					+ undone + "); the next write of this corpus will finish it", e);
		}
		deleteQuietly(journal);
		abandon();
	}

	/** A file in the way (a folder where a file goes, a plain file where a folder goes) fails the commit before it starts. */
	private void checkPlaceable(Path target) throws StoreException {
		folder.contained(target);
		if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
			throw new StoreException(target + " is a folder where a file must go; nothing was changed");
		}
		for (Path dir = target.getParent(); !dir.equals(folder.root()); dir = dir.getParent()) {
			if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
				throw new StoreException(dir + " is a file where a folder must go; nothing was changed");
			}
		}
	}

	private Path writeJournal(String purpose, List<Put> all) throws StoreException {
		StringBuilder text = new StringBuilder(JOURNAL_HEADER).append('\n');
		text.append("purpose\t").append(purpose.replaceAll("[\\t\\n\\r]", " ")).append('\n');
		for (Put put : all) {
			text.append("put\t").append(put.staged()).append('\t')
					.append(folder.root().relativize(put.target()).toString().replace('\\', '/')).append('\n');
		}
		Path journal = folder.machine().resolve(JOURNAL_PREFIX + id);
		Path temp = folder.machine().resolve("." + JOURNAL_PREFIX + id + ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
					OutputStream out = Channels.newOutputStream(channel)) {
				out.write(text.toString().getBytes(StandardCharsets.UTF_8));
				out.flush();
				channel.force(true);
			}
			move(temp, journal);
			forceFolder(folder.machine());
		} catch (IOException e) {
			deleteQuietly(temp);
			abandon();
			throw new StoreException(folder.root() + ": cannot write (" + e.getMessage() + "); nothing was changed", e);
		}
		return journal;
	}

	/**
	 * Fault injection for the tests that prove the all-or-nothing promise: with the system property
	 * {@code reportbank.faultinjection.commit} set to {@code fail:N} a commit fails as a full disk
	 * would before its (N+1)th rename, with {@code halt:N} the process dies there as under kill -9.
	 * Unset (always, outside those tests) it does nothing.
	 */
	private record Fault(String kind, int renames) {
		static Fault configured() {
			String value = System.getProperty("reportbank.faultinjection.commit", "");
			int colon = value.indexOf(':');
			return colon < 0 ? new Fault("", -1) : new Fault(value.substring(0, colon), Integer.parseInt(value.substring(colon + 1)));
		}

		void beforeRename(int done) throws IOException {
			if (done != renames) {
				return;
			}
			if (kind.equals("halt")) {
				Runtime.getRuntime().halt(137);
			} else if (kind.equals("fail")) {
				throw new IOException("injected failure before rename " + (done + 1));
			}
		}
	}

	/** One staged file and where it goes. */
	record Put(String staged, Path target) {
	}

	/** What {@link #apply} did, to be undone on a failure in this process. */
	private static final class Applied {
		final List<Put> done = new ArrayList<>();
		final List<Path> createdFolders = new ArrayList<>();
	}

	/**
	 * Renames one staged file over its target, keeping the file it replaces as {@code old-NAME} in
	 * the staging folder. Safe to run again after a kill: a put whose staged file is gone is done.
	 */
	private static void apply(CorpusFolder folder, Path staging, Put put, Applied applied) throws IOException, StoreException {
		Path staged = staging.resolve(put.staged());
		if (!Files.exists(staged, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		Path target = folder.contained(put.target());
		createParents(folder, target, applied);
		Path old = staging.resolve("old-" + put.staged());
		if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
			move(target, old);
		}
		move(staged, target);
		if (applied != null) {
			applied.done.add(put);
		}
	}

	private static void createParents(CorpusFolder folder, Path target, Applied applied) throws IOException, StoreException {
		List<Path> missing = new ArrayList<>();
		for (Path dir = target.getParent(); !dir.equals(folder.root()); dir = dir.getParent()) {
			if (Files.isDirectory(folder.contained(dir), LinkOption.NOFOLLOW_LINKS)) {
				break;
			}
			missing.add(0, dir);
		}
		for (Path dir : missing) {
			Files.createDirectory(dir);
			if (applied != null) {
				applied.createdFolders.add(dir);
			}
		}
	}

	/** Puts the replaced files back, last first; the reason it could not, or null when all is as it was. */
	private String undo(Applied applied) {
		try {
			for (int i = applied.done.size() - 1; i >= 0; i--) {
				Put put = applied.done.get(i);
				Path old = staging.resolve("old-" + put.staged());
				if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
					move(old, put.target());
				} else {
					Files.deleteIfExists(put.target());
				}
			}
			for (int i = applied.createdFolders.size() - 1; i >= 0; i--) {
				Files.deleteIfExists(applied.createdFolders.get(i));
			}
			return null;
		} catch (IOException e) {
			return e.getMessage();
		}
	}

	/** Removes the staging folder: what was not committed is dropped. */
	void abandon() {
		try {
			Folders.deleteTree(staging);
		} catch (IOException e) {
			// left for the next writer's recovery to remove
		}
	}

	/**
	 * Finishes a commit whose journal a killed process left: every staged file still there is put
	 * in place. A journal that is not one this store writes (damaged, or brought from elsewhere) is
	 * refused and left for a person to look at; nothing is renamed from it.
	 */
	static String rollForward(CorpusFolder folder, Path journal) throws StoreException {
		String name = journal.getFileName().toString();
		String id = name.substring(JOURNAL_PREFIX.length());
		if (!TRANSACTION_ID.matcher(id).matches()) {
			throw new StoreException(journal + " is not a commit journal of Reportbank; remove it if nothing is being written");
		}
		List<String> lines;
		try {
			lines = Files.readAllLines(folder.contained(journal), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new StoreException(journal + ": cannot be read: " + e.getMessage(), e);
		}
		if (lines.isEmpty() || !lines.get(0).equals(JOURNAL_HEADER)) {
			throw new StoreException(journal + " is not a commit journal of Reportbank; remove it if nothing is being written");
		}
		Path staging = folder.machine().resolve(STAGING_DIR).resolve(id);
		String purpose = "a write";
		List<Put> all = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] fields = line.split("\t", -1);
			if (fields.length == 2 && fields[0].equals("purpose")) {
				purpose = fields[1];
			} else if (fields.length == 3 && fields[0].equals("put") && STAGED_NAME.matcher(fields[1]).matches()) {
				all.add(new Put(fields[1], journalTarget(folder, fields[2], journal)));
			} else if (!line.isEmpty()) {
				throw new StoreException(journal + ": a line this store does not write: " + Untrusted.quote(line));
			}
		}
		try {
			for (Put put : all) {
				apply(folder, staging, put, null);
			}
			Files.delete(journal);
			Folders.deleteTree(staging);
		} catch (IOException e) {
			throw new StoreException(folder.root() + ": an interrupted write (" + purpose + ") cannot be finished: " + e.getMessage(), e);
		}
		return purpose;
	}

	/** A journal's target: only the files a store writes, inside the corpus. */
	private static Path journalTarget(CorpusFolder folder, String relative, Path journal) throws StoreException {
		if (CorpusFile.at(relative).isEmpty()) {
			throw new StoreException(journal + " names " + Untrusted.quote(relative)
					+ ", which is no file of a corpus; nothing was renamed");
		}
		return folder.contained(folder.root().resolve(relative));
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Makes a rename in the folder durable (Linux); where a folder cannot be opened, the rename is as durable as the OS makes it. */
	private static void forceFolder(Path dir) {
		try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// not supported here
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		} catch (NoSuchFileException e) {
			// gone already
		} catch (IOException e) {
			// left for recovery
		}
	}
}
