package org.reportbank.io.jsonl;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.reportbank.core.stats.ReportWalk;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.io.output.ExportTarget;
import org.reportbank.io.output.FileProblems;
import org.reportbank.io.output.PartialOutputs;

/**
 * Exports a corpus to lossless JSONL, one report per line, loading one report at a time.
 *
 * <ul>
 * <li>Never into a corpus folder, and an existing file only when asked to replace it
 * ({@link ExportTarget}).</li>
 * <li>The file appears, or replaces the old one, only when complete: it is written into a locked
 * temporary file beside it, forced to disk and renamed over it ({@link PartialOutputs}). A failed
 * or cancelled export leaves no half file behind and the old file as it was; what a killed export
 * left is removed by the next export to the same file.</li>
 * <li>A report that cannot be read is left out and named in the result; the others are
 * written.</li>
 * </ul>
 */
public final class JsonlExport {

	/**
	 * What was written.
	 *
	 * @param out          the file written, every link resolved
	 * @param reports      how many reports it holds
	 * @param unreadable   reports left out because a file of theirs cannot be read
	 * @param staleRemoved temporary files of killed exports to the same file, removed
	 */
	public record Result(Path out, int reports, List<ReportWalk.Unreadable> unreadable, List<Path> staleRemoved) {
	}

	/**
	 * Writes every report of the store that can be read. {@code replace}: an existing file at
	 * {@code out} may be replaced (never one inside a corpus). Cancelling throws
	 * {@link OperationCanceledException}, and nothing is written.
	 *
	 * @throws StoreException nothing was written: the place is refused, the corpus cannot be read,
	 *                        or writing failed; the message names the file and the problem
	 */
	public Result export(CorpusStore store, Path out, boolean replace, IProgressMonitor monitor) throws StoreException {
		Path target;
		try {
			target = ExportTarget.file(out, store, replace);
		} catch (ExportTarget.RefusedException e) {
			throw new StoreException(e.getMessage() + " Nothing was written.");
		}
		List<Path> staleRemoved;
		try {
			Files.createDirectories(target.getParent());
			staleRemoved = PartialOutputs.removeStaleFiles(target);
		} catch (IOException e) {
			throw new StoreException(target + ": cannot write there (" + FileProblems.describe(e) + "); nothing was written", e);
		}
		JsonlWriter jsonl = new JsonlWriter();
		try (PartialOutputs.PartialFile partial = PartialOutputs.createFile(target)) {
			Writer writer = new BufferedWriter(new OutputStreamWriter(partial.stream(), StandardCharsets.UTF_8), 1 << 16);
			ReportWalk.Walked walked = ReportWalk.all(store,
					"Exporting %d reports to " + target.toString().replace("%", "%%"), monitor,
					(entry, report) -> jsonl.write(report, writer));
			if (walked.cancelled()) {
				throw new OperationCanceledException();
			}
			writer.flush();
			partial.publish();
			return new Result(target, walked.read(), walked.unreadable(), staleRemoved);
		} catch (IOException | UncheckedIOException e) {
			throw new StoreException(
					target + ": export failed, no file written" + (Files.exists(target) ? " (the old one is as it was)" : "")
							+ ": " + FileProblems.describe(e),
					e);
		}
	}
}
