package org.reportbank.io.dataset;

import java.io.IOException;
import java.util.List;

import org.reportbank.model.Report;
import org.reportbank.model.Span;

/** Receives the reports of an export, one at a time, and writes them in its format. */
public interface FormatSink extends AutoCloseable {

	/**
	 * Writes one report. {@code spans} are the positives of the chosen layer, sorted by begin
	 * (rejected suggestions never among them); {@code split} is train, dev, test or all.
	 */
	void write(Report report, List<Span> spans, String split) throws IOException;

	@Override
	void close() throws IOException;
}
