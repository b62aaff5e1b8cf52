package org.reportbank.io.output;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;

/** A failure of the file system said in one line: the file and the reason, not the exception's class. */
public final class FileProblems {

	private FileProblems() {
	}

	public static String describe(Exception e) {
		if (e instanceof FileAlreadyExistsException exists) {
			return exists.getFile() + " is in the way (it exists" + (exists.getReason() == null ? "" : ": " + exists.getReason()) + ")";
		}
		if (e instanceof FileSystemException fs && fs.getReason() != null) {
			return fs.getFile() + ": " + fs.getReason();
		}
		String message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
	}
}
