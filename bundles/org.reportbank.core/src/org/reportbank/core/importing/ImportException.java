package org.reportbank.core.importing;

import java.nio.file.Path;

/** A report file that cannot be imported, with the file and the problem in words a user can act on. */
public final class ImportException extends Exception {
	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final String problem;

	public ImportException(Path file, String problem) {
		this(file, problem, null);
	}

	public ImportException(Path file, String problem, Throwable cause) {
		super(file + ": " + problem, cause);
		this.file = file;
		this.problem = problem;
	}

	public Path file() {
		return file;
	}

	public String problem() {
		return problem;
	}
}
