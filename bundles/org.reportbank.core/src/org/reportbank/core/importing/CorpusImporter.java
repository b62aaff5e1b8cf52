package org.reportbank.core.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.model.Report;
import org.reportbank.model.ReportEntry;

/**
 * Imports files and folders into a corpus. Each file is read on its own, so one bad file is
 * refused with its reason while the others go in; a report already in the corpus (same
 * normalized text, whatever the file name) is reported as a duplicate. The reports are committed
 * together at the end, under the corpus lock: if writing fails, or the process is killed, the corpus
 * is left as it was; a cancelled import commits the reports read until then.
 * <p>
 * Each report is staged as soon as it is read, so the import holds one report at a time; what grows
 * with the number of files is the list of their names (about 20 bytes each, {@link ImportFiles}) and the ids the corpus has (the id is the
 * hash of the report's text, so it is what finds a duplicate): as numbers in a command, with the
 * index itself in the workbench, which shows it ({@link CorpusStore#beginBulkWrite}).
 */
public final class CorpusImporter {

	/** File kinds picked up when walking a folder (a file named explicitly is always tried). */
	static final Set<String> EXTENSIONS = Set.of("txt", "text", "html", "htm", "shtml", "pdf");

	private final ReportImporter reader = new ReportImporter();

	public ImportSummary importFiles(CorpusStore store, List<Path> filesOrFolders, IProgressMonitor monitor)
			throws StoreException {
		return importFiles(store, filesOrFolders, new ImportSummary.Listener() {
		}, monitor);
	}

	/** Imports as {@link #importFiles(CorpusStore, List, IProgressMonitor)}, telling {@code listener} of each file as it goes. */
	public ImportSummary importFiles(CorpusStore store, List<Path> filesOrFolders, ImportSummary.Listener listener,
			IProgressMonitor monitor) throws StoreException {
		ImportSummary summary = new ImportSummary(listener);
		ImportFiles files = new ImportFiles();
		for (Path path : filesOrFolders) {
			expand(path, files, summary);
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Importing " + files.size() + " files", files.size() + 1);
		try (CorpusStore.WriteSession session = store.beginBulkWrite("import")) {
			for (int i = 0; i < files.size(); i++) {
				Path file = files.get(i);
				if (progress.isCanceled()) {
					summary.cancelled();
					break;
				}
				progress.subTask(file.getFileName().toString());
				try {
					importOne(file, session, summary, progress);
				} catch (OperationCanceledException e) {
					summary.cancelled(); // heard inside a long file: that file is left out, the ones before are kept
					break;
				}
				progress.worked(1);
			}
			// one commit for the whole batch: a failure or a kill before it leaves the corpus as it was
			progress.setTaskName("Saving the imported reports into the corpus, all at once");
			session.commit();
			session.notes().forEach(summary::note);
			progress.worked(1);
		}
		return summary;
	}

	private void importOne(Path file, CorpusStore.WriteSession session, ImportSummary summary, IProgressMonitor monitor)
			throws StoreException {
		Report report;
		try {
			report = reader.read(file, monitor);
		} catch (ImportException e) {
			summary.refused(e);
			return;
		} catch (OperationCanceledException e) {
			throw e;
		} catch (RuntimeException | StackOverflowError e) {
			// a parser bug must not lose the rest of the batch; the file is named so it can be reported
			summary.refused(new ImportException(file, "unexpected error while reading: " + e, e));
			return;
		}
		// the session's index knows every report, those of this batch included
		ReportEntry same = session.entry(report.getId()).orElse(null);
		if (same != null) {
			summary.duplicate(file, report.getId(), same.getSourceFile() == null ? report.getId() : same.getSourceFile());
			return;
		}
		session.addReport(report);
		summary.imported(file, report.getId(), report.getTitle());
	}

	private static void expand(Path path, ImportFiles files, ImportSummary summary) {
		if (!Files.isDirectory(path)) {
			files.addFile(path);
			return;
		}
		int first = files.beginFolder(path);
		try (Stream<Path> walk = Files.walk(path)) {
			walk.filter(Files::isRegularFile).filter(CorpusImporter::hasReportExtension).forEach(files::addFound);
		} catch (IOException | UncheckedIOException e) {
			summary.refused(new ImportException(path, "the folder cannot be read: " + e.getMessage(), e));
		}
		files.endFolder(first);
	}

	private static boolean hasReportExtension(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
	}
}
