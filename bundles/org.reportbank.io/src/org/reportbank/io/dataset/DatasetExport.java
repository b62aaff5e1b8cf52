package org.reportbank.io.dataset;

import org.reportbank.core.text.Tokenizer;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.reportbank.core.stats.ReportWalk;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.EntryCursor;
import org.reportbank.core.store.StoreException;
import org.reportbank.io.output.ExportTarget;
import org.reportbank.io.output.FileProblems;
import org.reportbank.io.output.PartialOutputs;
import org.reportbank.model.Span;

/**
 * Exports a corpus as a dataset folder: one sub-folder per format, one file (or folder) per split
 * in each, and the dataset card README.md.
 *
 * <p>Streams: one report is loaded from the store, handed to every format, counted for the card,
 * and dropped. A report that cannot be read is left out, named in the result and counted in the
 * card; the others are exported. Never mixes: an out folder that exists and is not empty is
 * refused, and so is any place inside a corpus folder ({@link ExportTarget}). Never presents half
 * a dataset: everything is written into a locked sibling {@code OUT.partial-RANDOM}
 * ({@link PartialOutputs}), which is renamed to {@code OUT} only when every format and the card
 * are written and closed; on a failure or cancel it is removed and nothing is at {@code OUT}. What
 * a killed export left beside {@code OUT} is removed by the next export to it.
 */
public final class DatasetExport {

	/**
	 * What was exported.
	 *
	 * @param unreadable   reports left out because a file of theirs cannot be read
	 * @param renamedFiles report id → file name, for the reports whose files (brat) are not named by their id
	 * @param staleRemoved partial folders of killed exports to the same out folder, removed
	 */
	public record Result(Path out, int reports, long spans, int leftOut, Map<String, Integer> reportsBySplit, DatasetCard card,
			List<ReportWalk.Unreadable> unreadable, Map<String, String> renamedFiles, List<Path> staleRemoved) {
	}

	public Result export(CorpusStore store, DatasetRequest request, Tokenizer tokenizer, IProgressMonitor monitor)
			throws DatasetException {
		Path out;
		try {
			out = ExportTarget.folder(request.out(), store);
		} catch (ExportTarget.RefusedException e) {
			throw new DatasetException(e.getMessage() + " No dataset written.");
		}
		refuseIfNotEmpty(out);
		int count = store.reportCount();
		SubMonitor progress = SubMonitor.convert(monitor, "Exporting " + count + " reports to " + out, count + 1);
		Splits.Assignment splits = request.split() ? assignSplits(store, request) : null;
		createParent(out);
		List<Path> staleRemoved = removeStalePartials(out);
		List<FormatSink> sinks = new ArrayList<>();
		try (PartialOutputs.PartialFolder partial = createPartial(out)) {
			Path temp = partial.path();
			try {
				ReportFileNames fileNames = new ReportFileNames();
				for (DatasetFormat format : request.formats()) {
					Path folder = Files.createDirectory(temp.resolve(format.name()));
					sinks.add(format.open(folder, tokenizer, fileNames));
				}
				DatasetCard card = new DatasetCard();
				LayerSelection layer = request.layer();
				ReportWalk.Walked walked = ReportWalk.all(store, "Exporting %d reports to " + out, progress.split(count),
						(entry, report) -> {
							if (layer.covers(report)) {
								List<Span> spans = layer.positives(report);
								String split = splits == null ? Splits.ALL : splits.of(entry.getId());
								for (FormatSink sink : sinks) {
									sink.write(report, spans, split);
								}
								card.add(report, spans, split);
							} else {
								card.leftOut(report);
							}
						});
				if (walked.cancelled() || progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				closeAll(sinks);
				sinks.clear();
				card.unreadable(walked.unreadable());
				card.renamedFiles(fileNames.renamed());
				card.write(temp, store.corpus(), request);
				publish(partial, out);
				progress.worked(1);
				return new Result(out, card.reports(), card.spans(), card.leftOutReports(), card.reportsBySplit(), card,
						walked.unreadable(), fileNames.renamed(), staleRemoved);
			} finally {
				closeQuietly(sinks);
			}
		} catch (IOException | StoreException | RuntimeException e) {
			if (e instanceof OperationCanceledException cancelled) {
				throw cancelled;
			}
			throw new DatasetException(out + ": export failed, no dataset written: " + FileProblems.describe(e), e);
		}
	}

	/**
	 * Every report's split, from one read of the index before the export: the split is drawn over
	 * all reports at once, the reports are then read one at a time.
	 */
	private static Splits.Assignment assignSplits(CorpusStore store, DatasetRequest request) throws DatasetException {
		try (EntryCursor entries = store.walkEntries()) {
			return Splits.assign(entries::next, request.ratio(), request.seed(), request.stratify());
		} catch (StoreException e) {
			throw new DatasetException(store.directory() + ": cannot read the index to draw the splits: " + e.getMessage()
					+ " No dataset written.", e);
		}
	}

	/** An out folder must be new or empty; a file there, or a folder with anything in it, is refused. */
	static void refuseIfNotEmpty(Path out) throws DatasetException {
		if (!Files.exists(out)) {
			return;
		}
		if (!Files.isDirectory(out)) {
			throw new DatasetException(out + " exists and is a file; choose an empty or new folder. No dataset written.");
		}
		try (Stream<Path> children = Files.list(out)) {
			if (children.findAny().isPresent()) {
				throw new DatasetException(out + " exists and is not empty; choose an empty or new folder "
						+ "(an export never mixes with what is there). No dataset written.");
			}
		} catch (IOException e) {
			throw new DatasetException(out + ": cannot read the folder: " + FileProblems.describe(e) + ". No dataset written.", e);
		}
	}

	/** The folder the dataset goes into is created (with its parents) when missing; a file in the way, or no right to write, is said plainly. */
	private static void createParent(Path out) throws DatasetException {
		Path parent = out.getParent();
		if (parent == null) {
			throw new DatasetException(out + ": cannot export to the root of the file system; choose a new folder");
		}
		for (Path p = parent; p != null; p = p.getParent()) {
			if (Files.exists(p)) {
				if (!Files.isDirectory(p)) {
					throw new DatasetException(out + ": cannot create the folder: " + p + " is a file, not a folder; no dataset written");
				}
				break;
			}
		}
		try {
			Files.createDirectories(parent);
		} catch (java.nio.file.AccessDeniedException e) {
			throw new DatasetException(out + ": cannot create the folder " + parent + ": permission denied (read-only); no dataset written",
					e);
		} catch (IOException e) {
			throw new DatasetException(
					out + ": cannot create the folder " + parent + " (" + FileProblems.describe(e) + "); no dataset written", e);
		}
		if (!Files.isWritable(parent)) {
			throw new DatasetException(out + ": the folder " + parent + " is read-only; no dataset written");
		}
	}

	/** What killed exports to the same folder left beside it; never the folder of an export still running. */
	private static List<Path> removeStalePartials(Path out) throws DatasetException {
		try {
			return PartialOutputs.removeStaleFolders(out);
		} catch (IOException e) {
			throw new DatasetException(
					out + ": cannot read the folder " + out.getParent() + " (" + FileProblems.describe(e) + "); no dataset written", e);
		}
	}

	private static PartialOutputs.PartialFolder createPartial(Path out) throws DatasetException {
		try {
			return PartialOutputs.createFolder(out);
		} catch (java.nio.file.AccessDeniedException e) {
			throw new DatasetException(out + ": the folder " + out.getParent() + " is read-only (permission denied); no dataset written",
					e);
		} catch (IOException e) {
			throw new DatasetException(
					out + ": cannot write in " + out.getParent() + " (" + FileProblems.describe(e) + "); no dataset written", e);
		}
	}

	/** Renames the finished partial folder to the out folder, in one step where the file system can. */
	private static void publish(PartialOutputs.PartialFolder partial, Path out) throws IOException {
		if (Files.isDirectory(out)) {
			try {
				Files.delete(out); // empty, as checked at the start
			} catch (DirectoryNotEmptyException e) {
				throw new IOException(out + " was filled by someone else during the export; choose an empty or new folder", e);
			}
		}
		try {
			partial.publish(out);
		} catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
			throw new IOException(out + " was created by someone else during the export; choose an empty or new folder", e);
		}
	}

	private static void closeAll(List<FormatSink> sinks) throws IOException {
		IOException failure = null;
		for (FormatSink sink : sinks) {
			try {
				sink.close();
			} catch (IOException e) {
				if (failure == null) {
					failure = e;
				} else {
					failure.addSuppressed(e);
				}
			}
		}
		if (failure != null) {
			throw failure;
		}
	}

	private static void closeQuietly(List<FormatSink> sinks) {
		for (FormatSink sink : sinks) {
			try {
				sink.close();
			} catch (IOException | RuntimeException e) {
				// the export failed already; the temporary folder is removed next
			}
		}
	}
}
