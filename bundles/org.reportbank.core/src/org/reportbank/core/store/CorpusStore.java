package org.reportbank.core.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.reportbank.core.labels.DefaultLabels;
import org.reportbank.model.Corpus;
import org.reportbank.model.Layer;
import org.reportbank.model.Report;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.Section;

/**
 * A corpus on disk, as a folder a person can read and keep under version control:
 *
 * <pre>
 * corpus.xmi                         the index: label set, annotators, one entry per report
 * reports/ID/report.xmi              one report: text, metadata, sections
 * reports/ID/layers/LAYER.xmi        one annotation layer (an annotator's, the pre-annotator's, gold)
 * .lock                              held while a process writes
 * </pre>
 *
 * Opening reads the index only; a report is parsed when asked for. Every file is written
 * atomically, and every write happens in a {@link WriteSession} holding the corpus lock, which
 * re-reads the index first so that two processes never overwrite each other's entries.
 */
public final class CorpusStore {

	public static final String INDEX_FILE = "corpus.xmi";
	static final String REPORTS_DIR = "reports";
	static final String REPORT_FILE = "report.xmi";
	static final String LAYERS_DIR = "layers";

	private final Path directory;
	private Corpus corpus;

	private CorpusStore(Path directory, Corpus corpus) {
		this.directory = directory;
		this.corpus = corpus;
	}

	/** Opens an existing corpus folder. */
	public static CorpusStore open(Path directory) throws StoreException {
		Path index = directory.resolve(INDEX_FILE);
		if (!Files.isRegularFile(index)) {
			throw new StoreException(directory + " is not a Reportbank corpus (it has no " + INDEX_FILE + ")");
		}
		return new CorpusStore(directory, loadIndex(directory));
	}

	/** Opens the corpus in the folder, creating an empty one with the default label set if there is none. */
	public static CorpusStore openOrCreate(Path directory) throws StoreException {
		if (Files.isRegularFile(directory.resolve(INDEX_FILE))) {
			return open(directory);
		}
		try {
			Files.createDirectories(directory);
		} catch (IOException e) {
			throw new StoreException(directory + ": cannot create the corpus folder: " + e.getMessage(), e);
		}
		CorpusStore store = new CorpusStore(directory, null);
		try (WriteSession session = store.beginWrite("create")) {
			if (store.corpus == null) {
				Corpus corpus = ReportbankFactory.eINSTANCE.createCorpus();
				corpus.setName(directory.toAbsolutePath().normalize().getFileName().toString());
				corpus.setLabelSet(DefaultLabels.create());
				store.corpus = corpus;
				session.saveIndex();
			}
		}
		return store;
	}

	private static Corpus loadIndex(Path directory) throws StoreException {
		try {
			return ModelFiles.load(directory.resolve(INDEX_FILE), Corpus.class);
		} catch (IOException e) {
			throw new StoreException(e.getMessage(), e);
		}
	}

	public Path directory() {
		return directory;
	}

	/** The index as last read. */
	public Corpus corpus() {
		return corpus;
	}

	public List<ReportEntry> entries() {
		return corpus.getEntries();
	}

	public Optional<ReportEntry> entry(String id) {
		return corpus.getEntries().stream().filter(e -> id.equals(e.getId())).findFirst();
	}

	/** Re-reads the index from disk, to see what other processes have written. */
	public void refresh() throws StoreException {
		corpus = loadIndex(directory);
	}

	/** Loads one report with all its layers. */
	public Report loadReport(String id) throws StoreException {
		Path dir = reportDir(id);
		try {
			Report report = ModelFiles.load(dir.resolve(REPORT_FILE), Report.class);
			for (Path layerFile : layerFiles(dir)) {
				report.getLayers().add(ModelFiles.load(layerFile, Layer.class));
			}
			return report;
		} catch (IOException | UncheckedIOException e) {
			throw new BrokenReportException(id, dir, "cannot load report " + id + ": " + e.getMessage(), e);
		}
	}

	/** One layer of a report as it is on disk now, or empty when the report has no such layer file. */
	public Optional<Layer> loadLayer(String reportId, String layerId) throws StoreException {
		Path file = layerFile(reportId, layerId);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			return Optional.of(ModelFiles.load(file, Layer.class));
		} catch (IOException | UncheckedIOException e) {
			throw new StoreException("cannot load layer " + layerId + " of report " + reportId + ": " + e.getMessage(), e);
		}
	}

	private static List<Path> layerFiles(Path reportDir) throws IOException {
		Path layers = reportDir.resolve(LAYERS_DIR);
		if (!Files.isDirectory(layers)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(layers)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".xmi")).sorted(Comparator.naturalOrder()).toList();
		}
	}

	Path reportDir(String id) {
		return directory.resolve(REPORTS_DIR).resolve(id);
	}

	/** The file of a layer: its id made safe for any file system (annotator names may be Chinese). */
	Path layerFile(String reportId, String layerId) {
		return reportDir(reportId).resolve(LAYERS_DIR)
				.resolve(URLEncoder.encode(layerId, StandardCharsets.UTF_8).replace("*", "%2A") + ".xmi");
	}

	static String layerIdOf(Path layerFile) {
		String name = layerFile.getFileName().toString();
		return URLDecoder.decode(name.substring(0, name.length() - ".xmi".length()), StandardCharsets.UTF_8);
	}

	/** Takes the write lock (or fails at once, saying who holds it) and re-reads the index. */
	public WriteSession beginWrite(String purpose) throws StoreException {
		CorpusLock lock = CorpusLock.acquire(directory, purpose);
		keepLockOutOfVersionControl();
		try {
			if (Files.isRegularFile(directory.resolve(INDEX_FILE))) {
				corpus = loadIndex(directory);
			}
		} catch (StoreException e) {
			lock.close();
			throw e;
		}
		return new WriteSession(lock);
	}

	/**
	 * The lock file changes with every write, on every copy of the corpus: a team that keeps the
	 * folder under git must not commit it, or every merge would conflict on it.
	 */
	private void keepLockOutOfVersionControl() {
		Path ignore = directory.resolve(".gitignore");
		if (!Files.exists(ignore)) {
			try {
				Files.writeString(ignore, CorpusLock.FILE_NAME + "\n", StandardCharsets.UTF_8);
			} catch (IOException e) {
				// only a convenience for teams using git; the corpus works without it
			}
		}
	}

	/** Convenience: saves a report (its text file and every layer) in a write session of its own. */
	public void save(Report report) throws StoreException {
		try (WriteSession session = beginWrite("save")) {
			session.saveReport(report);
			session.saveIndex();
		}
	}

	/** Writes done while holding the corpus lock. Closing releases the lock. */
	public final class WriteSession implements AutoCloseable {
		private final CorpusLock lock;
		private final List<Path> created = new ArrayList<>();

		private WriteSession(CorpusLock lock) {
			this.lock = lock;
		}

		public Corpus corpus() {
			return corpus;
		}

		/** Writes a new report (its folder must not exist yet), remembered so {@link #rollback()} can remove it. */
		public void addReport(Report report) throws StoreException {
			Path dir = reportDir(report.getId());
			if (Files.exists(dir)) {
				throw new StoreException(dir + " already exists; the corpus already holds report " + report.getId());
			}
			created.add(dir);
			writeReportFiles(report);
			ReportEntry entry = ReportbankFactory.eINSTANCE.createReportEntry();
			entry.setId(report.getId());
			corpus.getEntries().add(entry);
			updateEntry(entry, report);
		}

		/** Writes the report file and each of its layers, and updates its index entry (saved with {@link #saveIndex()}). */
		public void saveReport(Report report) throws StoreException {
			writeReportFiles(report);
			ReportEntry entry = entry(report.getId()).orElseGet(() -> {
				ReportEntry e = ReportbankFactory.eINSTANCE.createReportEntry();
				e.setId(report.getId());
				corpus.getEntries().add(e);
				return e;
			});
			updateEntry(entry, report);
		}

		/** Writes the report file (text, metadata, status) but none of its layers, and updates its index entry. */
		public void saveReportFile(Report report) throws StoreException {
			writeReportFile(report);
			entry(report.getId()).ifPresent(e -> updateEntry(e, report));
		}

		/** Writes one layer only: what an annotator's save touches, so two annotators never write the same file. */
		public void saveLayer(Report report, Layer layer) throws StoreException {
			Path file = layerFile(report.getId(), layer.getId());
			try {
				ModelFiles.save(layer, file);
			} catch (IOException e) {
				throw new StoreException(file + ": cannot write: " + e.getMessage(), e);
			}
		}

		private void writeReportFiles(Report report) throws StoreException {
			writeReportFile(report);
			for (Layer layer : report.getLayers()) {
				saveLayer(report, layer);
			}
		}

		private void writeReportFile(Report report) throws StoreException {
			Path file = reportDir(report.getId()).resolve(REPORT_FILE);
			try {
				ModelFiles.save(report, file);
			} catch (IOException e) {
				throw new StoreException(file + ": cannot write: " + e.getMessage(), e);
			}
		}

		public void saveIndex() throws StoreException {
			Path file = directory.resolve(INDEX_FILE);
			try {
				ModelFiles.save(corpus, file);
			} catch (IOException e) {
				throw new StoreException(file + ": cannot write: " + e.getMessage(), e);
			}
			created.clear();
		}

		/** Removes the report folders written in this session and re-reads the index: the corpus is as it was. */
		public void rollback() throws StoreException {
			for (Path dir : created) {
				deleteTree(dir);
			}
			created.clear();
			if (Files.isRegularFile(directory.resolve(INDEX_FILE))) {
				corpus = loadIndex(directory);
			}
		}

		@Override
		public void close() throws StoreException {
			try {
				if (!created.isEmpty()) {
					rollback(); // written but never committed to the index
				}
			} finally {
				lock.close();
			}
		}
	}

	private static void updateEntry(ReportEntry entry, Report report) {
		entry.setTitle(report.getTitle());
		entry.setRegion(report.getRegion());
		entry.setYear(report.getYear());
		entry.setStatus(report.getStatus());
		entry.setDocumentKind(report.getDocumentKind());
		entry.setSourceFile(report.getSource() == null ? null : report.getSource().getFile());
		entry.setCharacters(report.getText() == null ? 0 : report.getText().length());
		entry.setSectionCount(countSections(report.getSections()));
	}

	private static int countSections(List<Section> sections) {
		int count = 0;
		for (Section section : sections) {
			count += 1 + countSections(section.getChildren());
		}
		return count;
	}

	private static void deleteTree(Path dir) throws StoreException {
		try {
			Folders.deleteTree(dir);
		} catch (IOException e) {
			throw new StoreException(dir + ": cannot remove after a failed write: " + e.getMessage(), e);
		}
	}
}
