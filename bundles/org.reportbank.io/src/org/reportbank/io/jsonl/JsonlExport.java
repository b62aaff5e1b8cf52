package org.reportbank.io.jsonl;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.reportbank.core.store.AtomicFiles;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.model.Report;
import org.reportbank.model.ReportEntry;

/**
 * Exports a corpus to lossless JSONL, one report per line, loading one report at a time. The
 * file appears only when complete (written aside, then renamed): a failed or cancelled export
 * leaves no half file behind.
 */
public final class JsonlExport {

	/** Writes every report of the store; returns how many. Cancelling throws {@link OperationCanceledException}. */
	public int export(CorpusStore store, Path out, IProgressMonitor monitor) throws StoreException {
		List<ReportEntry> entries = List.copyOf(store.entries());
		SubMonitor progress = SubMonitor.convert(monitor, "Exporting " + entries.size() + " reports to " + out,
				entries.size());
		JsonlWriter writer = new JsonlWriter();
		try {
			AtomicFiles.write(out, stream -> {
				Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
				for (ReportEntry entry : entries) {
					if (progress.isCanceled()) {
						throw new OperationCanceledException();
					}
					Report report;
					try {
						report = store.loadReport(entry.getId());
					} catch (StoreException e) {
						throw new IOException(e.getMessage(), e);
					}
					writer.write(report, w);
					progress.worked(1);
				}
				w.flush();
			});
		} catch (IOException e) {
			throw new StoreException(out + ": export failed, no file written: " + e.getMessage(), e);
		}
		return entries.size();
	}
}
