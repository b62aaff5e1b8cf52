package org.reportbank.io.output;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** A failure of the file system said in one line: the file and the reason, not the exception's class. */
public final class FileProblems {

	private FileProblems() {
	}

	/** The failure, naming {@code file} when the exception's own words do not. */
	public static String describe(java.nio.file.Path file, Exception e) {
		String said = describe(e);
		return said.contains(file.toString()) ? said : file + ": " + said;
	}

	public static String describe(Exception e) {
		if (e instanceof NoSuchFileException missing) {
			return missing.getFile() + " does not exist";
		}
		if (e instanceof AccessDeniedException denied) {
			return denied.getFile() + ": permission denied";
		}
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
