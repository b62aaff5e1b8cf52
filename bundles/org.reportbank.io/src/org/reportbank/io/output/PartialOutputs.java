package org.reportbank.io.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import org.reportbank.core.store.Folders;

/**
 * What an export writes before its output is complete, and how the leftovers of a killed export
 * are told from the work of one still running.
 *
 * <p>An export writes aside and renames when done: a dataset into a sibling folder
 * {@code OUT.partial-RANDOM}, a single file into a sibling {@code .NAME.RANDOM.tmp}. A killed
 * export leaves those behind. So that the next export can remove them without ever removing the
 * work of a live one, the writer holds an OS file lock for its whole run (on {@value #LOCK_FILE}
 * inside the partial folder, on the temporary file itself): the OS releases it when the process
 * dies, however it dies. A later export removes a sibling partial output only when it can take
 * its lock.
 */
public final class PartialOutputs {

	/** The lock file inside a partial folder; removed before the folder becomes the output. */
	public static final String LOCK_FILE = ".export.lock";

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final int ATTEMPTS = 5;

	private PartialOutputs() {
	}

	/** A partial folder {@code OUT.partial-RANDOM}, locked by this export until it is published or closed. */
	public static final class PartialFolder implements AutoCloseable {
		private final Path path;
		private final Path lockFile;
		private final FileChannel channel;
		private final FileLock lock;
		private boolean published;

		private PartialFolder(Path path, Path lockFile, FileChannel channel, FileLock lock) {
			this.path = path;
			this.lockFile = lockFile;
			this.channel = channel;
			this.lock = lock;
		}

		public Path path() {
			return path;
		}

		/**
		 * Renames the folder to {@code out} (which must not exist) in one step where the file system
		 * can, the lock still held so that no other export takes it for a leftover meanwhile, then
		 * drops the lock file from it.
		 */
		public void publish(Path out) throws IOException {
			try {
				Files.move(path, out, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(path, out);
			}
			published = true;
			Files.deleteIfExists(out.resolve(lockFile.getFileName()));
		}

		/** Releases the lock; a folder never published is removed first, with everything in it. */
		@Override
		public void close() {
			try {
				if (!published) {
					Folders.deleteTree(path);
				}
			} catch (IOException e) {
				// the folder keeps its .partial- name, so it is never taken for an output; the next export removes it
			} finally {
				release(lock, channel);
			}
		}
	}

	/** A temporary file {@code .NAME.RANDOM.tmp} beside the target, locked by this export until it is published or closed. */
	public static final class PartialFile implements AutoCloseable {
		private final Path path;
		private final Path target;
		private final FileChannel channel;
		private final FileLock lock;
		private final OutputStream stream;
		private boolean published;

		private PartialFile(Path path, Path target, FileChannel channel, FileLock lock) {
			this.path = path;
			this.target = target;
			this.channel = channel;
			this.lock = lock;
			this.stream = new OutputStream() { // closing it must not close the channel, which holds the lock
				private final OutputStream out = Channels.newOutputStream(channel);

				@Override
				public void write(int b) throws IOException {
					out.write(b);
				}

				@Override
				public void write(byte[] b, int off, int len) throws IOException {
					out.write(b, off, len);
				}
			};
		}

		public Path path() {
			return path;
		}

		/** Where the content goes; closing it is not needed (and does not release anything). */
		public OutputStream stream() {
			return stream;
		}

		/**
		 * Forces the content to disk, then renames the file over the target in one step: readers
		 * see the old file or the new one, never half.
		 */
		public void publish() throws IOException {
			channel.force(true);
			try {
				Files.move(path, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(path, target, StandardCopyOption.REPLACE_EXISTING);
			}
			published = true;
		}

		/** Releases the lock; a file never published is removed first. */
		@Override
		public void close() {
			try {
				if (!published) {
					Files.deleteIfExists(path);
				}
			} catch (IOException e) {
				// the file keeps its .tmp name; the next export of the same target removes it
			} finally {
				release(lock, channel);
			}
		}
	}

	/** Creates and locks a new partial folder beside {@code out}; its parent must exist. */
	public static PartialFolder createFolder(Path out) throws IOException {
		Path parent = out.getParent();
		IOException last = null;
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Path folder = parent.resolve(out.getFileName() + ".partial-" + random(6));
			Files.createDirectory(folder);
			Path lockFile = folder.resolve(LOCK_FILE);
			FileChannel channel;
			try {
				channel = FileChannel.open(lockFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
			} catch (FileAlreadyExistsException | NoSuchFileException e) {
				last = e; // another export took the new folder for a leftover before it was locked: it is theirs to remove
				continue;
			}
			FileLock lock = lockOrClose(channel);
			// taken and removed by another export between our creating and locking it: start again elsewhere
			if (lock != null && Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS)) {
				return new PartialFolder(folder, lockFile, channel, lock);
			}
			release(lock, channel);
		}
		throw new IOException("cannot lock a new folder beside " + out + (last == null ? "" : " (" + last.getMessage() + ")"));
	}

	/**
	 * Removes the partial folders of {@code out} that a killed export left: the siblings
	 * {@code OUT.partial-RANDOM} whose lock can be taken. Those of a live export are left alone.
	 * Returns the folders removed.
	 */
	public static List<Path> removeStaleFolders(Path out) throws IOException {
		Pattern partial = Pattern.compile(Pattern.quote(out.getFileName().toString()) + "\\.partial-[0-9a-f]{6,32}");
		List<Path> removed = new ArrayList<>();
		for (Path folder : siblings(out, partial)) {
			if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
				continue;
			}
			try (FileChannel channel = FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS); FileLock lock = tryLock(channel)) {
				if (lock != null) {
					Folders.deleteTree(folder); // the lock held until the folder is gone, so no export can claim it meanwhile
					removed.add(folder);
				}
			} catch (IOException e) {
				// not ours to judge (a link, no permission) or not removable: left for its owner
			}
		}
		return removed;
	}

	/** Creates and locks a new temporary file beside {@code target}; its folder must exist. */
	public static PartialFile createFile(Path target) throws IOException {
		Path folder = target.getParent();
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Path temp = folder.resolve("." + target.getFileName() + "." + random(8) + ".tmp");
			FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
			FileLock lock = lockOrClose(channel);
			if (lock != null && Files.exists(temp, LinkOption.NOFOLLOW_LINKS)) {
				return new PartialFile(temp, target, channel, lock);
			}
			release(lock, channel); // taken and removed by another export before it was locked
		}
		throw new IOException("cannot lock a new temporary file beside " + target);
	}

	/**
	 * Removes the temporary files of {@code target} that a killed writer left: the siblings
	 * {@code .NAME.RANDOM.tmp} (as this class and the store's atomic writes name them) whose lock
	 * can be taken. Returns the files removed.
	 */
	public static List<Path> removeStaleFiles(Path target) throws IOException {
		Pattern temporary = Pattern.compile("\\." + Pattern.quote(target.getFileName().toString()) + "\\.[0-9a-f]{1,32}\\.tmp");
		List<Path> removed = new ArrayList<>();
		for (Path file : siblings(target, temporary)) {
			if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
				continue;
			}
			try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
					FileLock lock = tryLock(channel)) {
				if (lock != null) {
					Files.deleteIfExists(file);
					removed.add(file);
				}
			} catch (IOException e) {
				// not ours to judge (no permission) or not removable: left for its owner
			}
		}
		return removed;
	}

	private static List<Path> siblings(Path of, Pattern named) throws IOException {
		Path parent = of.getParent();
		List<Path> found = new ArrayList<>();
		if (parent == null || !Files.isDirectory(parent)) {
			return found;
		}
		try (DirectoryStream<Path> children = Files.newDirectoryStream(parent)) {
			for (Path child : children) {
				if (named.matcher(child.getFileName().toString()).matches()) {
					found.add(child);
				}
			}
		}
		found.sort(null);
		return found;
	}

	/** The lock of a channel just opened, or null; the channel is closed when locking fails. */
	private static FileLock lockOrClose(FileChannel channel) throws IOException {
		try {
			return tryLock(channel);
		} catch (IOException | RuntimeException e) {
			release(null, channel);
			throw e;
		}
	}

	/** The lock, or null when another process holds it or this one does (through another channel). */
	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		} catch (OverlappingFileLockException e) {
			return null;
		}
	}

	private static void release(FileLock lock, FileChannel channel) {
		try {
			if (lock != null && lock.isValid()) {
				lock.release();
			}
		} catch (IOException e) {
			// closing the channel releases it too
		}
		try {
			channel.close();
		} catch (IOException e) {
			// nothing left to release
		}
	}

	private static String random(int bytes) {
		byte[] random = new byte[bytes];
		RANDOM.nextBytes(random);
		return HexFormat.of().formatHex(random);
	}
}
