package org.reportbank.io.dataset;

import org.reportbank.core.text.Tokenizer;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.Folders;
import org.reportbank.core.store.StoreException;
import org.reportbank.model.Report;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.Span;

/**
 * Exports a corpus as a dataset folder: one sub-folder per format, one file (or folder) per split
 * in each, and the dataset card README.md.
 *
 * <p>Streams: one report is loaded from the store, handed to every format, counted for the card,
 * and dropped. Never mixes: an out folder that exists and is not empty is refused. Never presents
 * half a dataset: everything is written into a temporary sibling {@code OUT.partial-RANDOM}, which
 * is renamed to {@code OUT} only when every format and the card are written and closed; on a
 * failure or cancel the temporary folder is removed and nothing is at {@code OUT}.
 */
public final class DatasetExport {

	/** What was exported. */
	public record Result(Path out, int reports, long spans, int leftOut, Map<String, Integer> reportsBySplit, DatasetCard card) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	public Result export(CorpusStore store, DatasetRequest request, Tokenizer tokenizer, IProgressMonitor monitor)
			throws DatasetException {
		Path out = request.out().toAbsolutePath().normalize();
		refuseIfNotEmpty(out);
		List<ReportEntry> entries = List.copyOf(store.entries());
		SubMonitor progress = SubMonitor.convert(monitor, "Exporting " + entries.size() + " reports to " + out, entries.size() + 1);
		Map<String, String> splits = request.split()
				? Splits.assign(entries, request.ratio(), request.seed(), request.stratify())
				: Map.of();
		Path temp = createTemporaryFolder(out);
		List<FormatSink> sinks = new ArrayList<>();
		boolean done = false;
		try {
			for (DatasetFormat format : request.formats()) {
				Path folder = Files.createDirectory(temp.resolve(format.name()));
				sinks.add(format.open(folder, tokenizer));
			}
			DatasetCard card = new DatasetCard();
			LayerSelection layer = request.layer();
			for (ReportEntry entry : entries) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				progress.subTask(entry.getTitle() == null ? entry.getId() : entry.getTitle());
				Report report = store.loadReport(entry.getId());
				if (layer.covers(report)) {
					List<Span> spans = layer.positives(report);
					String split = request.split() ? splits.get(entry.getId()) : Splits.ALL;
					for (FormatSink sink : sinks) {
						sink.write(report, spans, split);
					}
					card.add(report, spans, split);
				} else {
					card.leftOut(report);
				}
				progress.worked(1);
			}
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			closeAll(sinks);
			sinks.clear();
			card.write(temp, store.corpus(), request);
			publish(temp, out);
			progress.worked(1);
			done = true;
			return new Result(out, card.reports(), card.spans(), card.leftOutReports(), card.reportsBySplit(), card);
		} catch (IOException | StoreException | RuntimeException e) {
			if (e instanceof OperationCanceledException cancelled) {
				throw cancelled;
			}
			throw new DatasetException(out + ": export failed, no dataset written: " + describe(e), e);
		} finally {
			if (!done) {
				closeQuietly(sinks);
				deleteTree(temp);
			}
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
			throw new DatasetException(out + ": cannot read the folder: " + describe(e) + ". No dataset written.", e);
		}
	}

	private static Path createTemporaryFolder(Path out) throws DatasetException {
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
			throw new DatasetException(out + ": cannot create the folder " + parent + ": permission denied (read-only); no dataset written", e);
		} catch (IOException e) {
			throw new DatasetException(out + ": cannot create the folder " + parent + " (" + describe(e) + "); no dataset written", e);
		}
		if (!Files.isWritable(parent)) {
			throw new DatasetException(out + ": the folder " + parent + " is read-only; no dataset written");
		}
		byte[] random = new byte[6];
		RANDOM.nextBytes(random);
		Path temp = parent.resolve(out.getFileName() + ".partial-" + HexFormat.of().formatHex(random));
		try {
			return Files.createDirectory(temp);
		} catch (java.nio.file.AccessDeniedException e) {
			throw new DatasetException(out + ": the folder " + parent + " is read-only (permission denied); no dataset written", e);
		} catch (IOException e) {
			throw new DatasetException(out + ": cannot write in " + parent + " (" + describe(e) + "); no dataset written", e);
		}
	}

	/** Renames the finished temporary folder to the out folder, in one step where the file system can. */
	private static void publish(Path temp, Path out) throws IOException {
		if (Files.isDirectory(out)) {
			try {
				Files.delete(out); // empty, as checked at the start
			} catch (DirectoryNotEmptyException e) {
				throw new IOException(out + " was filled by someone else during the export; choose an empty or new folder", e);
			}
		}
		try {
			Files.move(temp, out, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temp, out);
		} catch (FileAlreadyExistsException e) {
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

	private static void deleteTree(Path dir) {
		try {
			Folders.deleteTree(dir);
		} catch (IOException e) {
			// best effort: the folder keeps its .partial- name, so it is never taken for a dataset
		}
	}

	private static String describe(Exception e) {
		String message = e.getMessage();
		if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
			message = fs.getFile() + ": " + fs.getReason();
		}
		if (message == null || message.isBlank()) {
			return e.getClass().getSimpleName();
		}
		return message;
	}
}
