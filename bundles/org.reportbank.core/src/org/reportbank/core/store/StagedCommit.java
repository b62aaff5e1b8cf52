package org.reportbank.core.store;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.reportbank.core.text.Untrusted;

/**
 * The files one write session changes, written aside first and put in place all together, so that
 * a failure or a kill at any moment leaves the corpus either as it was or as the session left it.
 *
 * <ol>
 * <li>Each file is written into {@code .reportbank/staging/TX/put/}, named after the path it will
 * have in the corpus with {@code !} for {@code /} ({@link #stagedName}), and forced to disk in the
 * background; nothing the corpus shows changes. Abandoning the session removes that folder.</li>
 * <li>Commit waits until every staged file is on disk, checks that each can go where it belongs, then writes the journal
 * {@code .reportbank/commit-TX} (atomically, forced), one line per file: from that moment the new
 * state is decided.</li>
 * <li>Each staged file is renamed over its target, the file it replaces kept aside until the end;
 * the index goes last, so a reader meanwhile never sees an entry whose files are not there.</li>
 * <li>The journal and the staging folder are removed.</li>
 * </ol>
 * A failure during step 3 in this process moves the replaced files back (the old state); a kill
 * leaves the journal, and the next writer (or reader) of the corpus finishes the renames
 * ({@link Recovery}) before doing anything else (the new state).
 *
 * <p>What is staged is known from the staging folder and the journal alone, never held in memory,
 * so a session may write a hundred thousand reports; {@link #stage} may be called from several
 * threads at once (for different targets).
 */
final class StagedCommit {

	static final String STAGING_DIR = "staging";
	static final String JOURNAL_PREFIX = "commit-";
	/** Staged files side by side in {@code put/}: no folder made and removed per report. */
	private static final String JOURNAL_HEADER = "reportbank commit 3";
	/** The version before: staged files at their corpus paths below {@code put/}, finished by roll forward. */
	private static final String TREE_JOURNAL_HEADER = "reportbank commit 2";
	/** Journals of an older version, which named staged files by number; still finished if a kill left one. */
	private static final String NUMBERED_JOURNAL_HEADER = "reportbank commit 1";
	private static final String PUT_DIR = "put";
	private static final String REPLACED_SUFFIX = "~replaced";
	private static final Pattern NUMBERED_NAME = Pattern.compile("[0-9]{6,9}\\.xmi");
	private static final Pattern TRANSACTION_ID = Pattern.compile("[0-9a-f]{16}");
	private static final SecureRandom RANDOM = new SecureRandom();

	private final CorpusFolder folder;
	private final String id;
	private final Path staging;
	/** The folder of the staged files, side by side ({@link #stagedName}). */
	private final Path stagedFiles;
	private final AtomicBoolean anyStaged = new AtomicBoolean();
	/** Staged files go to disk while the next ones are written; the journal waits for all of them. */
	private final BackgroundForce forces = new BackgroundForce();

	private StagedCommit(CorpusFolder folder, String id, Path staging) {
		this.folder = folder;
		this.id = id;
		this.staging = staging;
		this.stagedFiles = staging.resolve(PUT_DIR);
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
			Files.createDirectory(staging.resolve(PUT_DIR));
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

	/**
	 * A file of the session's own beside the staged ones, never committed: for what the session
	 * keeps on disk rather than in memory while it runs. Removed with the staging folder.
	 */
	Path scratch(String name) {
		return staging.resolve(name);
	}

	boolean isEmpty() {
		return !anyStaged.get();
	}

	/**
	 * Writes the object to be put at {@code target} (a path inside the corpus) when the commit
	 * comes; a target staged again keeps the later one. Safe on several threads for different
	 * targets: each writes only its own staged file.
	 */
	void stage(Path target, EObject root) throws StoreException {
		stage(target, staged -> ModelFiles.save(root, staged));
	}

	/** What writes a staged file, given the new file's path. */
	interface FileWriting {
		void write(Path file) throws IOException;
	}

	/** {@link #stage(Path, EObject)} for a file that {@code writing} writes. */
	void stage(Path target, FileWriting writing) throws StoreException {
		Path contained = folder.contained(target);
		String relative = relative(contained);
		if (CorpusFile.at(relative).isEmpty()) {
			throw new StoreException(contained + " is no file of a corpus; nothing was written there");
		}
		Path staged = stagedFiles.resolve(stagedName(relative));
		try {
			Files.deleteIfExists(staged);
			writing.write(staged);
			forces.force(staged);
		} catch (IOException | RuntimeException e) {
			deleteQuietly(staged); // a half-written file must not be committed
			throw new StoreException(contained + ": cannot write: " + e.getMessage(), e);
		}
		anyStaged.set(true);
	}

	/**
	 * The name a corpus file is staged under: its path with {@code !} between folders. No corpus
	 * file's path holds a {@code !} (ids are hex digits, layer file names URL-encoded), so the name
	 * gives the path back; one folder for all staged files spares a folder made and removed per
	 * report, which on some file systems (ext4 without a journal) costs as much as writing the file.
	 */
	static String stagedName(String relative) {
		return relative.replace('/', '!');
	}

	private static String relativeOfStaged(String name) {
		return name.replace('!', '/');
	}

	/** A corpus path as the journal writes it: relative to the corpus folder, '/' between folders. */
	private String relative(Path contained) {
		return folder.root().relativize(contained).toString().replace('\\', '/');
	}

	/** Puts every staged file in place; see the class comment for why this leaves old or new, never a mix. */
	void commit(String purpose, CorpusLock lock) throws StoreException {
		if (isEmpty()) {
			abandon();
			return;
		}
		Path journal = writeJournal(purpose, lock);
		Fault fault = Fault.configured();
		int applied = 0;
		// the journal written a moment ago, whose every target listStaged checked: not looked at again
		try (JournalReader puts = JournalReader.openChecked(folder, journal)) {
			for (Put put = puts.next(); put != null; put = puts.next()) {
				fault.beforeRename(applied);
				applyFirstTime(folder, put);
				applied++;
			}
		} catch (IOException | StoreException e) {
			String undone = undo(journal, applied);
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

	/**
	 * Lists the staged files in the journal, the index last, checking on the way that each can go
	 * where it belongs; then makes the journal the commit's decision (renamed into place, forced).
	 */
	private Path writeJournal(String purpose, CorpusLock lock) throws StoreException {
		Path journal = folder.machine().resolve(JOURNAL_PREFIX + id);
		Path temp = folder.machine().resolve("." + JOURNAL_PREFIX + id + ".tmp");
		try {
			forces.awaitAll(); // a journal naming a file not yet on disk could roll a crash forward to an empty file
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				Writer out = new BufferedWriter(Channels.newWriter(channel, StandardCharsets.UTF_8), 1 << 16);
				out.write(JOURNAL_HEADER + "\n");
				out.write("purpose\t" + purpose.replaceAll("[\\t\\n\\r]", " ") + "\n");
				boolean index = listStaged(out);
				if (index) {
					out.write("put\t" + CorpusFolder.INDEX_FILE + "\n"); // last: see the class comment
				}
				out.flush();
				channel.force(true);
			}
			if (!lock.stillHeld()) {
				throw new StoreException(
						"the corpus folder " + folder.root() + " was removed, moved or replaced while it was being written; "
								+ "nothing was changed");
			}
			move(temp, journal);
			forceFolder(folder.machine());
		} catch (IOException | StoreException e) {
			deleteQuietly(temp);
			abandon();
			throw e instanceof StoreException store ? store
					: new StoreException(folder.root() + ": cannot write (" + e.getMessage() + "); nothing was changed", e);
		}
		return journal;
	}

	/** Writes a put line for every staged file but the index; says whether the index is staged. */
	private boolean listStaged(Writer out) throws IOException, StoreException {
		boolean index = false;
		try (DirectoryStream<Path> staged = Files.newDirectoryStream(stagedFiles)) {
			for (Path file : staged) {
				String relative = relativeOfStaged(file.getFileName().toString());
				if (relative.equals(CorpusFolder.INDEX_FILE)) {
					index = true;
				} else {
					folder.placeable(folder.root().resolve(relative));
					out.write("put\t" + relative + "\n");
				}
			}
		}
		if (index) {
			folder.placeable(folder.index());
		}
		return index;
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

	/** One staged file, where it goes, and where the file it replaces waits until the commit is over. */
	record Put(Path staged, Path replaced, Path target) {
	}

	/**
	 * Renames one staged file over its target, keeping the file it replaces aside. Safe to run again
	 * after a kill: a put whose staged file is gone is done.
	 */
	private static void apply(CorpusFolder folder, Put put) throws IOException, StoreException {
		if (!Files.exists(put.staged(), LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		// the journal reader checked the target a moment ago (inside the corpus, no link on the way);
		// the renames are tried rather than preceded by looks, which cost as much as they do
		boolean keptAside = Files.exists(put.replaced(), LinkOption.NOFOLLOW_LINKS);
		putInPlace(put, keptAside, () -> createParents(folder, put.target()));
	}

	/**
	 * {@link #apply} in the commit that wrote the journal, nothing of it applied yet: no file is kept
	 * aside yet, and the target's folders were checked by {@link #listStaged} (inside the corpus, no
	 * link, none a file), so they are only made where missing. Each look left out is a system call,
	 * and a look at a missing file costs Java an exception with its stack: together about a third of
	 * a commit of many new layer files.
	 */
	private static void applyFirstTime(CorpusFolder folder, Put put) throws IOException, StoreException {
		putInPlace(put, false, () -> makeCheckedFolders(folder, put.target().getParent()));
	}

	/** Makes the folders a target needs, as carefully as what is known of them asks. */
	private interface FolderMaking {
		void make() throws IOException, StoreException;
	}

	/** Moves the target aside (unless it is already, or new) and the staged file in its place, its folders made if missing. */
	private static void putInPlace(Put put, boolean keptAside, FolderMaking folders) throws IOException, StoreException {
		if (!keptAside) {
			try {
				move(put.target(), put.replaced());
			} catch (NoSuchFileException e) {
				// a new file: nothing to keep aside
			}
		}
		try {
			move(put.staged(), put.target());
		} catch (NoSuchFileException e) { // its folder is new too
			folders.make();
			move(put.staged(), put.target());
		}
	}

	/** Makes the folder and the missing ones above it, up to the corpus folder; all checked when the journal was written. */
	private static void makeCheckedFolders(CorpusFolder folder, Path dir) throws IOException {
		if (dir.equals(folder.root())) {
			return;
		}
		try {
			Files.createDirectory(dir);
		} catch (FileAlreadyExistsException e) {
			// there already
		} catch (NoSuchFileException e) {
			makeCheckedFolders(folder, dir.getParent());
			Files.createDirectory(dir);
		}
	}

	private static void createParents(CorpusFolder folder, Path target) throws IOException, StoreException {
		Path parent = target.getParent();
		if (!parent.equals(folder.root()) && !Files.isDirectory(folder.contained(parent), LinkOption.NOFOLLOW_LINKS)) {
			createParents(folder, parent);
			Files.createDirectory(parent);
		}
	}

	/**
	 * Puts the replaced files of the first {@code applied} puts back, and takes away what was new
	 * (with the folders made for it, once empty); the reason it could not, or null when all is as
	 * it was. The index is the last put, so it is never among them.
	 */
	private String undo(Path journal, int applied) {
		try (JournalReader puts = JournalReader.open(folder, journal)) {
			int undone = 0;
			for (Put put = puts.next(); put != null && undone < applied; put = puts.next(), undone++) {
				if (Files.exists(put.replaced(), LinkOption.NOFOLLOW_LINKS)) {
					move(put.replaced(), put.target());
				} else {
					Files.deleteIfExists(put.target());
					removeEmptyFolders(put.target().getParent());
				}
			}
			return null;
		} catch (IOException | StoreException e) {
			return e.getMessage();
		}
	}

	private void removeEmptyFolders(Path dir) throws IOException {
		for (Path current = dir; !current.equals(folder.root()); current = current.getParent()) {
			try {
				Files.deleteIfExists(current);
			} catch (DirectoryNotEmptyException e) {
				return;
			}
		}
	}

	/** Removes the staging folder: what was not committed is dropped. */
	void abandon() {
		forces.close();
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
		String purpose;
		// read through once before renaming anything: a damaged line anywhere refuses the whole journal
		try (JournalReader puts = JournalReader.open(folder, journal)) {
			while (puts.next() != null) {
				// checked as read
			}
			purpose = puts.purpose;
		} catch (IOException e) {
			throw new StoreException(journal + ": cannot be read: " + e.getMessage(), e);
		}
		try (JournalReader puts = JournalReader.open(folder, journal)) {
			for (Put put = puts.next(); put != null; put = puts.next()) {
				apply(folder, put);
			}
		} catch (IOException e) {
			throw new StoreException(folder.root() + ": an interrupted write (" + purpose + ") cannot be finished: " + e.getMessage(), e);
		}
		try {
			Files.delete(journal);
			Folders.deleteTree(stagingOf(folder, journal));
		} catch (IOException e) {
			throw new StoreException(folder.root() + ": an interrupted write (" + purpose + ") cannot be finished: " + e.getMessage(), e);
		}
		return purpose;
	}

	private static Path stagingOf(CorpusFolder folder, Path journal) {
		String id = journal.getFileName().toString().substring(JOURNAL_PREFIX.length());
		return folder.machine().resolve(STAGING_DIR).resolve(id);
	}

	/**
	 * The puts of a journal, one line at a time (a journal of a large import has a line per file,
	 * and is never held whole). Only what this store writes is accepted: the header, the purpose,
	 * and puts whose target is a file of a corpus.
	 */
	private static final class JournalReader implements AutoCloseable {
		private final CorpusFolder folder;
		private final Path journal;
		private final Path staging;
		private final BufferedReader lines;
		private final Layout layout;
		private final boolean targetsChecked;
		String purpose = "a write";

		/** Where the staged files of a journal are, by the version that wrote it. */
		private enum Layout {
			FLAT, TREE, NUMBERED;

			static Layout of(String header) {
				if (JOURNAL_HEADER.equals(header)) {
					return FLAT;
				}
				if (TREE_JOURNAL_HEADER.equals(header)) {
					return TREE;
				}
				return NUMBERED_JOURNAL_HEADER.equals(header) ? NUMBERED : null;
			}
		}

		private JournalReader(CorpusFolder folder, Path journal, Path staging, BufferedReader lines, Layout layout,
				boolean targetsChecked) {
			this.targetsChecked = targetsChecked;
			this.folder = folder;
			this.journal = journal;
			this.staging = staging;
			this.lines = lines;
			this.layout = layout;
		}

		static JournalReader open(CorpusFolder folder, Path journal) throws StoreException, IOException {
			return open(folder, journal, false);
		}

		/** The journal this process wrote a moment ago after checking every target ({@link #listStaged}): they are not looked at again. */
		static JournalReader openChecked(CorpusFolder folder, Path journal) throws StoreException, IOException {
			return open(folder, journal, true);
		}

		private static JournalReader open(CorpusFolder folder, Path journal, boolean targetsChecked) throws StoreException, IOException {
			String id = journal.getFileName().toString().substring(JOURNAL_PREFIX.length());
			if (!TRANSACTION_ID.matcher(id).matches()) {
				throw new StoreException(journal + " is not a commit journal of Reportbank; remove it if nothing is being written");
			}
			BufferedReader lines = Files.newBufferedReader(folder.contained(journal), StandardCharsets.UTF_8);
			String header = lines.readLine();
			Layout layout = Layout.of(header);
			if (layout == null) {
				lines.close();
				throw new StoreException(journal + " is not a commit journal of Reportbank; remove it if nothing is being written");
			}
			return new JournalReader(folder, journal, stagingOf(folder, journal), lines, layout, targetsChecked);
		}

		/** The next put, or null at the end. */
		Put next() throws IOException, StoreException {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				String[] fields = line.split("\t", -1);
				if (fields.length == 2 && fields[0].equals("purpose")) {
					purpose = fields[1];
				} else if (layout != Layout.NUMBERED && fields.length == 2 && fields[0].equals("put")) {
					String relative = target(fields[1]);
					Path staged = staging.resolve(PUT_DIR).resolve(layout == Layout.FLAT ? stagedName(relative) : relative);
					return new Put(staged, staged.resolveSibling(staged.getFileName() + REPLACED_SUFFIX), targetOf(relative));
				} else if (layout == Layout.NUMBERED && fields.length == 3 && fields[0].equals("put")
						&& NUMBERED_NAME.matcher(fields[1]).matches()) {
					return new Put(staging.resolve(fields[1]), staging.resolve("old-" + fields[1]), targetOf(target(fields[2])));
				} else if (!line.isEmpty()) {
					throw new StoreException(journal + ": a line this store does not write: " + Untrusted.quote(line));
				}
			}
			return null;
		}

		/** Where a put's file goes: a corpus path (checked by {@link #target}) resolved, and looked at unless it was just checked. */
		private Path targetOf(String relative) throws StoreException {
			Path path = folder.root().resolve(relative);
			return targetsChecked ? path : folder.contained(path);
		}

		/** A journal's target: only the files a store writes, inside the corpus. */
		private String target(String relative) throws StoreException {
			if (CorpusFile.at(relative).isEmpty()) {
				throw new StoreException(journal + " names " + Untrusted.quote(relative)
						+ ", which is no file of a corpus; nothing was renamed");
			}
			return relative;
		}

		@Override
		public void close() throws IOException {
			lines.close();
		}
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
