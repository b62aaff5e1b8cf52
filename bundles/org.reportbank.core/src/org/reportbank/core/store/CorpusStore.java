package org.reportbank.core.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.reportbank.core.labels.DefaultLabels;
import org.reportbank.model.Corpus;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.ReportStatus;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.Section;

/**
 * A corpus on disk, as a folder a person can read and keep under version control (layout in
 * {@link CorpusFolder}): an index, one file per report, one per layer of a report.
 *
 * <p>Every file of a corpus is untrusted: paths are built from validated ids and never pass a
 * link ({@link CorpusFolder}); a file is loaded only if what it says about itself holds
 * ({@link StoredFileRules}). Opening reads the index only; a report is parsed when asked for.
 *
 * <p>Every write happens in a {@link WriteSession} holding the corpus lock, which first repairs
 * what an interrupted writer left ({@link Recovery}) and re-reads the index, so two processes
 * never overwrite each other's entries. A session's files are staged and committed together
 * ({@link StagedCommit}): a failure or a kill at any point leaves the corpus as it was or as the
 * session meant it, never a mix, and the index always agrees with the files.
 */
public final class CorpusStore {

	public static final String INDEX_FILE = CorpusFolder.INDEX_FILE;

	/** Who may read the index while a write session has a copy of its own. */
	public enum Readers {
		/** Other threads read it meanwhile (the workbench's views while a job imports): the published index is kept. */
		CONCURRENT,
		/**
		 * Nothing reads it meanwhile (a command): the published index is let go while a session
		 * writes, so one copy of the index is in memory, not two (about 450 bytes a report each).
		 */
		NONE_DURING_WRITES
	}

	private final CorpusFolder folder;
	private final Readers readers;
	/**
	 * The index as last read or committed. Published whole and never changed afterwards: a write
	 * session edits a copy of its own and publishes it on commit, so a reader on another thread (the
	 * workbench's views while a job imports) never sees a half-applied change.
	 */
	private volatile Corpus corpus;
	private volatile EntryMap entriesById;
	/** The session the published index was let go for, while it runs ({@link Readers#NONE_DURING_WRITES}). */
	private volatile WriteSession letGoFor;
	private final List<String> repairs = new ArrayList<>();
	/**
	 * Opened to walk its reports ({@link #openToWalk}): {@link #corpus} holds the index without
	 * its entries, which are read from the file as a walk asks for them.
	 */
	private final boolean walking;
	/** How many entries the index file held when it was last checked, while {@link #walking}. */
	private volatile int walkCount;

	private CorpusStore(CorpusFolder folder, Readers readers) {
		this(folder, readers, false);
	}

	private CorpusStore(CorpusFolder folder, Readers readers, boolean walking) {
		this.folder = folder;
		this.readers = readers;
		this.walking = walking;
	}

	/** Opens an existing corpus folder, finishing first what an interrupted writer left (when no one is writing). */
	public static CorpusStore open(Path directory) throws StoreException {
		return open(directory, Readers.CONCURRENT);
	}

	/**
	 * {@link #open(Path)}, saying who reads the index while a session writes. With
	 * {@link Readers#NONE_DURING_WRITES} the index is checked at once and read whole only when
	 * {@link #corpus()} or {@link #entries()} first asks for it, so a bulk write never holds it.
	 */
	public static CorpusStore open(Path directory, Readers readers) throws StoreException {
		CorpusFolder folder = new CorpusFolder(directory);
		if (!folder.isFile(folder.index())) {
			throw new StoreException(directory + " is not a Reportbank corpus (it has no " + INDEX_FILE + ")");
		}
		CorpusStore store = new CorpusStore(folder, readers);
		store.repairIfIdle();
		if (readers == Readers.NONE_DURING_WRITES) {
			checkIndex(folder); // a command may never need the whole index: checked now, read when asked for
		} else {
			store.corpus = loadIndex(folder);
		}
		return store;
	}

	/**
	 * Opens an existing corpus to read every report once, in index order (stats, an export,
	 * agreement): the index's label set, annotators and settings are read, its entries are not
	 * held but read from the file one at a time as {@link #walkEntries()} asks for them, so the
	 * command's memory does not grow with the corpus. The index is checked as {@link #open(Path)}
	 * checks it. Such a store never writes ({@link #beginWrite} refuses), and {@link #entries()}
	 * and {@link #entry(String)} refuse: there is no list of entries to answer from.
	 */
	public static CorpusStore openToWalk(Path directory) throws StoreException {
		CorpusFolder folder = new CorpusFolder(directory);
		if (!folder.isFile(folder.index())) {
			throw new StoreException(directory + " is not a Reportbank corpus (it has no " + INDEX_FILE + ")");
		}
		CorpusStore store = new CorpusStore(folder, Readers.NONE_DURING_WRITES, true);
		store.repairIfIdle();
		store.readIndexToWalk();
		return store;
	}

	private void readIndexToWalk() throws StoreException {
		IndexStream.Checked checked = checkIndex(folder);
		corpus = checked.withoutEntries();
		walkCount = checked.ids().size();
	}

	/** Reads the index as loading it would, without holding its entries: what refuses an index refuses it here. */
	private static IndexStream.Checked checkIndex(CorpusFolder folder) throws StoreException {
		try {
			return IndexStream.check(folder.contained(folder.index()));
		} catch (IOException | UncheckedIOException e) {
			throw new StoreException(e.getMessage(), e);
		}
	}

	/** Opens the corpus in the folder, creating an empty one with the default label set if there is none. */
	public static CorpusStore openOrCreate(Path directory) throws StoreException {
		return openOrCreate(directory, Readers.CONCURRENT);
	}

	/** {@link #openOrCreate(Path)}, saying who reads the index while a session writes. */
	public static CorpusStore openOrCreate(Path directory, Readers readers) throws StoreException {
		CorpusFolder folder = new CorpusFolder(directory);
		if (folder.isFile(folder.index())) {
			return open(directory, readers);
		}
		try {
			Files.createDirectories(folder.root());
		} catch (IOException e) {
			throw new StoreException(directory + ": cannot create the corpus folder: " + e.getMessage(), e);
		}
		CorpusStore store = new CorpusStore(folder, readers);
		try (WriteSession session = store.beginWrite("create")) {
			if (session.corpus() == null) {
				Corpus corpus = ReportbankFactory.eINSTANCE.createCorpus();
				corpus.setName(folder.root().getFileName().toString());
				corpus.setLabelSet(DefaultLabels.create());
				session.create(corpus);
			}
			session.commit();
		}
		return store;
	}

	/**
	 * Removes the corpus folder when all it holds is a corpus of no reports, as
	 * {@link #openOrCreate} made it: for a command that created the folder and then took nothing in
	 * (every file refused, the import failed or was cancelled), so that a wrong or mistyped file
	 * leaves no empty corpus behind. Decided under the corpus lock: a report, a model or a file of
	 * the owner's that came in meanwhile keeps the folder.
	 *
	 * @return whether the folder was removed
	 */
	public boolean removeIfEmpty() throws StoreException {
		return EmptyCorpus.remove(folder);
	}

	/** A reader repairs too, so it never sees a half-finished commit; when someone is writing, it is theirs to finish. */
	private void repairIfIdle() throws StoreException {
		if (!Recovery.needed(folder)) {
			return;
		}
		CorpusLock lock;
		try {
			lock = CorpusLock.acquire(folder.root(), "repair");
		} catch (StoreException e) {
			return; // held by a live writer, or a read-only folder: nothing to repair from here
		}
		try {
			repairs.addAll(Recovery.run(folder));
		} finally {
			lock.close();
		}
	}

	private static Corpus loadIndex(CorpusFolder folder) throws StoreException {
		Path file = folder.index();
		try {
			Corpus corpus = ModelFiles.load(folder.contained(file), Corpus.class);
			String problem = StoredFileRules.indexProblem(corpus);
			if (problem != null) {
				throw new StoreException(file + ": " + problem);
			}
			return corpus;
		} catch (IOException | UncheckedIOException e) {
			throw new StoreException(e.getMessage(), e);
		}
	}

	public Path directory() {
		return folder.root();
	}

	/**
	 * The rule every job writing this corpus holds, so that the workbench's writes queue up one
	 * after another (the lock still keeps other processes out).
	 */
	public CorpusRule writeRule() {
		return new CorpusRule(folder.root());
	}

	/**
	 * The index as last read or committed: a snapshot to read, never to change (changes go through
	 * a {@link WriteSession}). Take it once per piece of work; a later call may return a newer one.
	 * A store opened to walk ({@link #openToWalk}) answers the index without its entries.
	 */
	public Corpus corpus() {
		Corpus current = corpus;
		if (current != null) {
			return current;
		}
		if (letGoFor != null) {
			throw new IllegalStateException("the index of " + folder.root()
					+ " is let go while a write session has its own copy: read it through the session");
		}
		synchronized (this) {
			if (corpus == null) {
				try {
					corpus = loadIndex(folder); // let go by a session that did not hold it, or ended without a commit
				} catch (StoreException e) {
					throw new IllegalStateException(e.getMessage(), e);
				}
			}
			return corpus;
		}
	}

	/** The reports of the current index snapshot, unmodifiable. */
	public List<ReportEntry> entries() {
		refuseWhileWalking();
		return Collections.unmodifiableList(corpus().getEntries());
	}

	/** How many reports the index lists. */
	public int reportCount() {
		return walking ? walkCount : corpus().getEntries().size();
	}

	/**
	 * Every entry of the index once, in index order, for a walk over all reports: read from the
	 * index file as they are asked for when the store was opened to walk ({@link #openToWalk}),
	 * else the current snapshot's. Close it when done.
	 */
	public EntryCursor walkEntries() throws StoreException {
		if (!walking) {
			return EntryCursor.of(entries());
		}
		Path file = folder.contained(folder.index());
		try {
			IndexStream.Cursor cursor = IndexStream.entries(file);
			return EntryCursor.of(cursor::next, cursor::close);
		} catch (IOException e) {
			throw new StoreException(e.getMessage(), e);
		}
	}

	private void refuseWhileWalking() {
		if (walking) {
			throw new IllegalStateException(folder.root() + " was opened to walk its reports: its entries are read one at a time"
					+ " (walkEntries), not held");
		}
	}

	/**
	 * The report's entry in the current index snapshot; while a session holds the only copy of the
	 * index ({@link Readers#NONE_DURING_WRITES}), the entry in the session's copy.
	 */
	public Optional<ReportEntry> entry(String id) {
		refuseWhileWalking();
		WriteSession writing = letGoFor;
		if (corpus == null && writing != null) {
			return writing.entry(id);
		}
		Corpus current = corpus();
		EntryMap byId = entriesById;
		if (byId == null || byId.of != current) {
			// built once per published index: a lookup per report stays O(1) in a large corpus
			byId = new EntryMap(current);
			entriesById = byId;
		}
		return Optional.ofNullable(byId.entries.get(id));
	}

	/** The entries of one index by report id (the published index's, or a held session's). */
	static final class EntryMap {
		final Corpus of;
		final Map<String, ReportEntry> entries = new HashMap<>();

		EntryMap(Corpus of) {
			this.of = of;
			for (ReportEntry entry : of.getEntries()) {
				entries.put(entry.getId(), entry);
			}
		}
	}

	/**
	 * What was repaired since the last call: an interrupted write finished or dropped, temporary
	 * files removed. One sentence each, for the person running the command to read.
	 */
	public synchronized List<String> takeRepairs() {
		List<String> taken = List.copyOf(repairs);
		repairs.clear();
		return taken;
	}

	/** Re-reads the index from disk, to see what other processes have written. */
	public void refresh() throws StoreException {
		repairIfIdle();
		if (walking) {
			readIndexToWalk();
		} else {
			corpus = loadIndex(folder);
		}
	}

	/** Loads one report with all its layers; a file that is missing or not what it says is a {@link BrokenReportException}. */
	public Report loadReport(String id) throws StoreException {
		Path dir = folder.reportDir(id);
		Path file = dir.resolve(CorpusFolder.REPORT_FILE);
		try {
			Report report = ModelFiles.load(folder.contained(file), Report.class);
			String problem = StoredFileRules.reportProblem(report, id);
			if (problem != null) {
				throw new IOException(file + ": " + problem);
			}
			for (Path layerFile : layerFiles(id)) {
				file = layerFile;
				report.getLayers().add(loadLayerFile(layerFile, report.getText().length()));
			}
			takeProgressFromLayers(report);
			return report;
		} catch (IOException | UncheckedIOException | StoreException e) {
			throw new BrokenReportException(id, file, "cannot load report " + id + ": " + e.getMessage(), e);
		}
	}

	/**
	 * A new report with a pre-annotation layer is pre-annotated: that is not written into the report
	 * file, which pre-annotating leaves as it was (a shared file rewritten for every report of a
	 * corpus, on each machine that annotates it), as an annotator's progress lives in their layer.
	 * Applied to every report loaded, and by whoever adds that layer (then its index entry is to be
	 * updated: true when the status changed).
	 */
	public static boolean takeProgressFromLayers(Report report) {
		if (report.getStatus() == ReportStatus.NEW && report.getLayers().stream().anyMatch(l -> l.getKind() == LayerKind.PREANNOTATION)) {
			report.setStatus(ReportStatus.PREANNOTATED);
			return true;
		}
		return false;
	}

	/** One layer of a report as it is on disk now, or empty when the report has no such layer file. */
	public Optional<Layer> loadLayer(String reportId, String layerId) throws StoreException {
		Path file = folder.layerFile(reportId, layerId);
		if (!folder.isFile(file)) {
			return Optional.empty();
		}
		int length = entry(reportId).map(ReportEntry::getCharacters).orElse(Integer.MAX_VALUE);
		try {
			return Optional.of(loadLayerFile(file, length));
		} catch (IOException | UncheckedIOException e) {
			throw new BrokenReportException(reportId, file,
					"cannot load layer " + layerId + " of report " + reportId + ": " + e.getMessage(), e);
		}
	}

	private Layer loadLayerFile(Path file, int textLength) throws IOException, StoreException {
		Layer layer = ModelFiles.load(folder.contained(file), Layer.class);
		String problem = StoredFileRules.layerProblem(layer, CorpusFolder.layerIdOf(file), textLength);
		if (problem != null) {
			throw new IOException(file + ": " + problem);
		}
		return layer;
	}

	/** The layer files of a report; other files in its layers folder (hidden ones, names this store never writes) are not layers. */
	private List<Path> layerFiles(String reportId) throws StoreException, IOException {
		Path layers = folder.contained(folder.layersDir(reportId));
		if (!Files.isDirectory(layers, LinkOption.NOFOLLOW_LINKS)) {
			return List.of();
		}
		List<Path> files = new ArrayList<>();
		try (DirectoryStream<Path> children = Files.newDirectoryStream(layers)) {
			for (Path child : children) {
				if (CorpusFolder.layerIdOf(child) != null) {
					files.add(child);
				}
			}
		}
		files.sort(null);
		return files;
	}

	/**
	 * The ids of the layers a report has on disk, read from the file names alone (nothing is
	 * parsed): enough to list who has annotated what, over a whole corpus, in a moment.
	 */
	public List<String> layerIds(String reportId) throws StoreException {
		try {
			return layerFiles(reportId).stream().map(CorpusFolder::layerIdOf).toList();
		} catch (IOException e) {
			throw new BrokenReportException(reportId, folder.layersDir(reportId), "cannot list the layers of report " + reportId
					+ ": " + e.getMessage(), e);
		}
	}

	/**
	 * Where a trained recommender model of this corpus is kept: {@code .reportbank/models/NAME.json},
	 * this machine's own like the rest of {@code .reportbank/} (a model is derived from the corpus and
	 * can be trained again, so it is not shared through Git). The path is checked like every other
	 * one of the corpus: inside its folder, no symbolic link on the way. The file may not exist yet.
	 */
	public Path modelFile(String name) throws StoreException {
		return folder.contained(folder.modelFile(name));
	}

	/**
	 * A file of this machine's own folder in the corpus (never shared, never in a copy), for a
	 * tool's state such as a sync that is running; the folder is made when missing.
	 */
	public Path machineFile(String name) throws StoreException {
		if (name == null || !name.matches("[a-z][a-z0-9-]{0,39}")) {
			throw new StoreException("a machine file's name is 1 to 40 lower-case letters, digits or hyphens, not " + name);
		}
		try {
			Files.createDirectories(folder.machine());
		} catch (java.io.IOException e) {
			throw new StoreException("could not make " + folder.machine() + ": " + e.getMessage(), e);
		}
		return folder.contained(folder.machine().resolve(name));
	}

	/** Takes the write lock (or fails at once, saying who holds it), repairs, and re-reads the index. */
	public WriteSession beginWrite(String purpose) throws StoreException {
		return beginWrite(purpose, false);
	}

	/**
	 * {@link #beginWrite(String)} for work over many reports that adds reports and sets their
	 * entries one at a time but never edits the list of entries as a whole (an import, a
	 * pre-annotation). When nothing else reads the index meanwhile ({@link Readers#NONE_DURING_WRITES},
	 * a command), the session does not hold the index: its {@link WriteSession#corpus()} lists no
	 * entries, and it holds 16 bytes a report (50 for one it adds or changes), not the index. Otherwise
	 * (the workbench, whose views show the index) it holds the index as any session does.
	 */
	public WriteSession beginBulkWrite(String purpose) throws StoreException {
		return beginWrite(purpose, readers == Readers.NONE_DURING_WRITES);
	}

	private WriteSession beginWrite(String purpose, boolean streamed) throws StoreException {
		if (walking) {
			throw new IllegalStateException(folder.root() + " was opened to walk its reports, not to write");
		}
		CorpusLock lock = CorpusLock.acquire(folder.root(), purpose);
		StagedCommit staged = null;
		try {
			synchronized (this) {
				repairs.addAll(Recovery.run(folder));
			}
			keepMachineFilesOutOfVersionControl();
			staged = StagedCommit.begin(folder);
			// the session edits a fresh read of the index (what other processes wrote included), never the published one
			boolean exists = folder.isFile(folder.index());
			SessionIndex index = streamed && exists ? new StreamedIndex(folder.contained(folder.index()), staged, this::loadReport)
					: new HeldIndex(exists ? loadIndex(folder) : null);
			WriteSession session = new WriteSession(lock, purpose, staged, index);
			if (readers == Readers.NONE_DURING_WRITES) {
				corpus = null; // read again if the session ends without a commit
				entriesById = null;
				letGoFor = session;
			}
			return session;
		} catch (StoreException | RuntimeException e) {
			if (staged != null) {
				staged.abandon();
			}
			lock.close();
			throw e;
		}
	}

	/**
	 * The lock file and the staging area change with every write, on every copy of the corpus: a
	 * team that keeps the folder under Git must not commit them, or every merge would conflict.
	 * A .gitignore that is a link, or not a plain file, is the owner's business and left alone.
	 */
	private void keepMachineFilesOutOfVersionControl() {
		Path ignore = folder.root().resolve(CorpusFolder.GITIGNORE_FILE);
		List<String> wanted = CorpusFolder.MACHINE_IGNORES;
		try {
			String text = "";
			if (Files.exists(ignore, LinkOption.NOFOLLOW_LINKS)) {
				if (!Files.isRegularFile(ignore, LinkOption.NOFOLLOW_LINKS)) {
					return;
				}
				text = Files.readString(ignore, StandardCharsets.UTF_8);
			}
			List<String> lines = text.lines().map(String::strip).toList();
			StringBuilder added = new StringBuilder(text.isEmpty() || text.endsWith("\n") ? text : text + "\n");
			wanted.stream().filter(w -> !lines.contains(w)).forEach(w -> added.append(w).append('\n'));
			if (added.length() == text.length()) {
				return;
			}
			Path temp = folder.contained(folder.machine()).resolve(".gitignore.tmp");
			Files.writeString(temp, added, StandardCharsets.UTF_8);
			Files.move(temp, ignore, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException | StoreException | UncheckedIOException e) {
			// only a convenience for teams using Git; the corpus works without it
		}
	}

	/** Convenience: saves a report (its text file and every layer) in a write session of its own. */
	public void save(Report report) throws StoreException {
		try (WriteSession session = beginWrite("save")) {
			session.saveReport(report);
			session.commit();
		}
	}

	/**
	 * Writes done while holding the corpus lock. Nothing is visible until {@link #commit()}, which
	 * puts every file written in the session in place at once, the index with them when it changed;
	 * closing without a commit leaves the corpus exactly as it was.
	 */
	public final class WriteSession implements AutoCloseable {
		private final CorpusLock lock;
		private final String purpose;
		private final StagedCommit staged;
		private final SessionIndex index;
		private final List<String> notes = new ArrayList<>();
		private boolean done;

		private WriteSession(CorpusLock lock, String purpose, StagedCommit staged, SessionIndex index) {
			this.lock = lock;
			this.purpose = purpose;
			this.staged = staged;
			this.index = index;
		}

		/**
		 * The session's own copy of the index, read when it began; changes to it are committed (and
		 * published to {@link CorpusStore#corpus()}) with the session, or dropped with it. A session
		 * over many reports ({@link CorpusStore#beginBulkWrite}) may hold it without its entries.
		 */
		public Corpus corpus() {
			return index.corpus();
		}

		/** A new corpus: its index is written by the commit. */
		void create(Corpus created) {
			((HeldIndex) index).create(created);
		}

		/** Whether this session's index lists the report (those added in the session included). */
		public boolean contains(String id) {
			return index.contains(id);
		}

		/**
		 * The report's entry in this session's index: what a session's work looks reports up in.
		 * To read only; {@link #updateEntry} changes it.
		 */
		public Optional<ReportEntry> entry(String id) {
			return index.entry(id);
		}

		/**
		 * The reports a run over {@code asked} works on: every report of the index when none is
		 * asked, else the ones asked, each of which must be in the index (a {@link StoreException}
		 * naming the first that is not, before anything is written).
		 */
		public List<String> reportIds(List<String> asked) throws StoreException {
			if (asked.isEmpty()) {
				return index.ids();
			}
			for (String id : asked) {
				if (!contains(id)) {
					throw new StoreException("the corpus " + folder.root() + " has no report " + id + "; nothing was changed");
				}
			}
			return asked;
		}

		/** What the session did besides its writes (a stray report folder set aside), one sentence each. */
		public List<String> notes() {
			return List.copyOf(notes);
		}

		/** Adds a new report with its layers; the corpus must not list it yet. */
		public void addReport(Report report) throws StoreException {
			if (contains(report.getId())) {
				throw new StoreException("the corpus already holds report " + report.getId());
			}
			setAsideStrayFolder(report.getId());
			writeReportFiles(report);
			ReportEntry entry = ReportbankFactory.eINSTANCE.createReportEntry();
			entry.setId(report.getId());
			CorpusStore.updateEntry(entry, report);
			index.add(entry);
		}

		/** Writes the report file and each of its layers, and updates (or adds) its index entry. */
		public void saveReport(Report report) throws StoreException {
			if (!contains(report.getId())) {
				addReport(report);
				return;
			}
			index.update(report);
			writeReportFiles(report);
		}

		/** Writes the report file (text, metadata, status) but none of its layers, and updates its index entry. */
		public void saveReportFile(Report report) throws StoreException {
			stageReportFile(report);
			updateEntry(report);
		}

		/** Sets the report's index entry from it (on this session's thread): what {@link #stageReportFile} leaves to the caller. */
		public void updateEntry(Report report) throws StoreException {
			index.update(report);
		}

		/** Writes one layer only: what an annotator's save touches, so two annotators never write the same file. */
		public void saveLayer(String reportId, Layer layer) throws StoreException {
			ReportEntry entry = entry(reportId)
					.orElseThrow(() -> new StoreException("the corpus has no report " + reportId + " to save a layer of"));
			stageLayer(reportId, layer, entry.getCharacters());
		}

		private void writeReportFiles(Report report) throws StoreException {
			stageReportFile(report);
			for (Layer layer : report.getLayers()) {
				stageLayer(report.getId(), layer, report.getText().length());
			}
		}

		/**
		 * Writes the report file aside, to be put in place by the commit, without touching the index:
		 * may be called from any thread (one report per thread at a time), so that several workers
		 * save what they made while this session's thread keeps the index ({@link #updateEntry}).
		 */
		public void stageReportFile(Report report) throws StoreException {
			Path file = folder.reportFile(report.getId());
			String problem = StoredFileRules.reportProblem(report, report.getId());
			if (problem != null) {
				throw new StoreException(file + ": not written: " + problem);
			}
			staged.stage(file, report);
		}

		/**
		 * Writes one layer of a report whose text has {@code textLength} characters aside, to be put
		 * in place by the commit; like {@link #stageReportFile}, from any thread, index untouched.
		 */
		public void stageLayer(String reportId, Layer layer, int textLength) throws StoreException {
			Path file = folder.layerFile(reportId, layer.getId());
			String problem = StoredFileRules.layerProblem(layer, layer.getId(), textLength);
			if (problem != null) {
				throw new StoreException(file + ": not written: " + problem);
			}
			staged.stage(file, layer);
		}

		/**
		 * A report folder the index does not list (left by an earlier version's interrupted import,
		 * or brought by a copy) is moved aside, not deleted and not in the way: nothing is lost.
		 */
		private void setAsideStrayFolder(String reportId) throws StoreException {
			Path stray = folder.reportDir(reportId);
			folder.contained(folder.reports());
			if (!Files.exists(stray, LinkOption.NOFOLLOW_LINKS)) {
				return;
			}
			Path aside = folder.contained(folder.machine()).resolve("set-aside");
			Path target = aside.resolve(reportId + "-" + DateTimeFormatter.ISO_INSTANT.format(Instant.now()).replace(':', '-'));
			try {
				if (!Files.isDirectory(aside, LinkOption.NOFOLLOW_LINKS)) {
					Files.createDirectory(aside);
				}
				Files.move(stray, target);
			} catch (IOException e) {
				throw new StoreException(stray + ": a folder the index does not list is in the way and cannot be moved aside: "
						+ e.getMessage(), e);
			}
			notes.add(stray + " was not listed in the index (an earlier write was interrupted?); moved aside to " + target);
		}

		/** Puts everything written in this session in place at once, the index with it if it changed. */
		public void commit() throws StoreException {
			if (done) {
				throw new IllegalStateException("a write session commits once");
			}
			if (index.changed()) {
				index.stage(staged, folder.index());
			}
			done = true;
			staged.commit(purpose, lock);
			index.close();
			corpus = index.committed(); // published whole, or read again when asked for; the session no longer changes it
			letGoFor = null;
		}

		@Override
		public void close() throws StoreException {
			try {
				if (!done) {
					staged.abandon(); // nothing was committed: the corpus is as it was, its index read again when asked for
				}
			} finally {
				index.close();
				letGoFor = null;
				lock.close();
			}
		}
	}

	/** Sets the index entry's fields from its report: the entry mirrors them so the index lists reports without loading them. */
	public static void updateEntry(ReportEntry entry, Report report) {
		entry.setTitle(report.getTitle());
		entry.setRegion(report.getRegion());
		entry.setYear(report.getYear());
		entry.setStatus(report.getStatus());
		entry.setDocumentKind(report.getDocumentKind());
		entry.setSourceFile(report.getSource() == null ? null : report.getSource().getFile());
		entry.setCharacters(report.getText() == null ? 0 : report.getText().length());
		entry.setSectionCount(countSections(report.getSections()));
	}

	/** Counted without recursion: the depth of a tree is the input's to decide. */
	private static int countSections(List<Section> sections) {
		int count = 0;
		ArrayDeque<Section> pending = new ArrayDeque<>(sections);
		while (!pending.isEmpty()) {
			count++;
			pending.addAll(pending.pop().getChildren());
		}
		return count;
	}
}
