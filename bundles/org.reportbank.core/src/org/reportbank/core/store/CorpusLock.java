package org.reportbank.core.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The write lock of a corpus folder: an OS file lock on {@code .lock}, so it is released when the
 * holder dies, never left stale. The file says who holds it, so the second writer is told who.
 */
final class CorpusLock implements AutoCloseable {

	static final String FILE_NAME = ".lock";

	private final FileChannel channel;
	private final FileLock lock;
	private final Path file;
	private final Object fileKey;

	private CorpusLock(FileChannel channel, FileLock lock, Path file, Object fileKey) {
		this.channel = channel;
		this.lock = lock;
		this.file = file;
		this.fileKey = fileKey;
	}

	static CorpusLock acquire(Path corpusDir, String purpose) throws StoreException {
		Path file = corpusDir.resolve(FILE_NAME);
		String linked = file + " is a symbolic link; a corpus never follows links (remove it, it is only a lock)";
		FileChannel channel;
		try {
			// never through a link: writing who holds the lock would truncate the link's target
			channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE,
					LinkOption.NOFOLLOW_LINKS);
		} catch (IOException e) {
			throw new StoreException(Files.isSymbolicLink(file) ? linked
					: corpusDir + ": cannot create the lock file " + file + ": "
							+ e.getMessage(),
					e);
		}
		Object fileKey;
		try {
			fileKey = plainFileKey(file);
		} catch (IOException e) {
			close(channel);
			throw new StoreException(file + ": " + e.getMessage(), e);
		}
		FileLock lock;
		boolean heldHere = false;
		try {
			lock = channel.tryLock();
		} catch (OverlappingFileLockException e) {
			lock = null;
			heldHere = true; // another task of this same process (a workbench job) is writing
		} catch (IOException e) {
			close(channel);
			throw new StoreException(corpusDir + ": cannot lock " + file + ": " + e.getMessage(), e);
		}
		if (lock == null) {
			String holder = holder(channel);
			close(channel);
			throw new CorpusLockedException("the corpus " + corpusDir + " is being written by "
					+ (heldHere ? "another task of this Reportbank" : "another Reportbank process")
					+ (holder.isEmpty() ? "" : " (" + holder + ")") + "; nothing was changed, try again when it has finished");
		}
		try {
			channel.truncate(0);
			String owner = "pid " + ProcessHandle.current().pid() + ", " + purpose + " since "
					+ Instant.now().truncatedTo(ChronoUnit.SECONDS);
			channel.write(ByteBuffer.wrap(owner.getBytes(StandardCharsets.UTF_8)), 0);
		} catch (IOException e) {
			// who holds the lock is only a courtesy for the next writer's message
		}
		return new CorpusLock(channel, lock, file, fileKey);
	}

	/** The lock file's identity; a lock file with a second name (a hard link) elsewhere is refused, it would be truncated. */
	private static Object plainFileKey(Path file) throws IOException {
		BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		if (!attributes.isRegularFile()) {
			throw new IOException("not a plain file");
		}
		try {
			Object links = Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
			if (links instanceof Integer n && n > 1) {
				throw new IOException("the lock file has " + n + " names (hard links); remove it, it is only a lock");
			}
		} catch (UnsupportedOperationException | IllegalArgumentException e) {
			// not a Unix file system: no hard links to worry about
		}
		return attributes.fileKey();
	}

	/**
	 * Whether the lock file is still the one this lock holds: a corpus folder removed, moved or
	 * replaced while a write was under way must not receive the commit (nor be recreated by it).
	 */
	boolean stillHeld() {
		try {
			Object now = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
			return fileKey == null ? Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) : fileKey.equals(now);
		} catch (IOException e) {
			return false;
		}
	}

	private static String holder(FileChannel channel) {
		try {
			ByteBuffer buffer = ByteBuffer.allocate(512);
			int n = channel.read(buffer, 0);
			return n <= 0 ? "" : new String(buffer.array(), 0, n, StandardCharsets.UTF_8).strip();
		} catch (IOException e) {
			return "";
		}
	}

	private static void close(FileChannel channel) {
		try {
			channel.close();
		} catch (IOException e) {
			// nothing left to release
		}
	}

	@Override
	public void close() {
		try {
			lock.release();
		} catch (IOException e) {
			// the channel close below releases it as well
		}
		close(channel);
	}

}
