package org.reportbank.core.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file so that readers see either the old content or the new, never half: write a
 * temporary file beside it, force it to disk, then rename it over the target.
 */
public final class AtomicFiles {

	/** Produces the content of a file into a stream. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicFiles() {
	}

	/** Temporary files are private (rw-------); the corpus is meant to be shared with a team. */
	private static void shareLikeOrdinaryFiles(Path temp) throws IOException {
		if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
			Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
		}
	}

	public static void write(Path target, Content content) throws IOException {
		Path dir = target.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
		try {
			shareLikeOrdinaryFiles(temp);
			try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
				content.writeTo(out);
			}
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				channel.force(true);
			}
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
