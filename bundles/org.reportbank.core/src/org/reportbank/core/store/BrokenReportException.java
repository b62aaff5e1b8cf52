package org.reportbank.core.store;

import java.nio.file.Path;

/**
 * One report of the corpus cannot be loaded: a file of it is missing, unreadable, or says
 * something about itself that is not true (see {@link CorpusStore#loadReport}). The rest of the
 * corpus is fine, so commands that walk every report name this one and go on with the others.
 */
public final class BrokenReportException extends StoreException {
	private static final long serialVersionUID = 1L;

	private final String reportId;
	private final transient Path file;

	public BrokenReportException(String reportId, Path file, String message, Throwable cause) {
		super(message, cause);
		this.reportId = reportId;
		this.file = file;
	}

	/** The id the index gives the report. */
	public String reportId() {
		return reportId;
	}

	/** The file that is broken, or the report's folder when no single file is to blame. */
	public Path file() {
		return file;
	}
}
