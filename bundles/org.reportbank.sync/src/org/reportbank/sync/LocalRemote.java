package org.reportbank.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.URIish;

/**
 * A remote that is a folder (a shared drive, file://): pushing to it, the syncing process itself
 * writes the remote's pack and moves its branch, so a sync killed half-way leaves the remote's
 * lock behind (a pack's .keep, a ref's .lock), and every later push is refused with "Cannot lock".
 * A server's remote never has this: its own process finishes the write.
 */
final class LocalRemote {

	/** The file a refusal names: …/objects/pack/pack-….pack (whose .keep is the lock) or …/refs/heads/main.lock. */
	private static final Pattern LOCKED = Pattern.compile("Cannot lock (?:pack in |ref )?(\\S+?\\.(?:pack|lock))");
	/** A lock this old is no running push's: pushes of a corpus take seconds. */
	private static final long STALE_MILLIS = 2_000;

	private LocalRemote() {
	}

	/**
	 * Takes away the lock a killed sync left in a folder remote when the refusal names one; true when
	 * it did, so the push may be tried again.
	 */
	static boolean clearLeftoverOfAKill(Repository repository, String refusal) {
		Path remote = folderOf(repository);
		Matcher m = refusal == null ? null : LOCKED.matcher(refusal);
		if (remote == null || m == null || !m.find()) {
			return false;
		}
		String named = m.group(1);
		Path lock = Path.of(named.endsWith(".pack") ? named.substring(0, named.length() - ".pack".length()) + ".keep" : named);
		return clear(remote, lock, named.endsWith(".lock"));
	}

	/**
	 * Takes away the branch lock a killed sync left in a folder remote when the push of that branch
	 * was refused as "failed to lock" (how the remote's side says it, naming no file); true when it
	 * did, so the push may be tried again. The lock is only taken when it outlives a push.
	 */
	static boolean clearLeftBranchLock(Repository repository, String branch, String refusal) {
		Path remote = folderOf(repository);
		if (remote == null || refusal == null || !refusal.contains("failed to lock")) {
			return false;
		}
		for (Path refs : new Path[] { remote, remote.resolve(".git") }) { // a bare remote, or a working one
			Path lock = refs.resolve(Constants.R_HEADS + branch + ".lock");
			if (Files.isRegularFile(lock)) {
				return clear(remote, lock, true);
			}
		}
		return false;
	}

	/** Deletes a lock inside the remote folder; a ref's lock only once it is older than a push takes. */
	private static boolean clear(Path remote, Path lock, boolean refLock) {
		try {
			if (!lock.toAbsolutePath().normalize().startsWith(remote) || !Files.isRegularFile(lock)) {
				return false;
			}
			if (refLock) {
				// a ref's lock may be a running push's for a moment: only one that outlives a push is a killed one's
				long age = System.currentTimeMillis() - Files.getLastModifiedTime(lock).toMillis();
				Thread.sleep(Math.max(0, STALE_MILLIS - age));
				if (!Files.isRegularFile(lock) || System.currentTimeMillis() - Files.getLastModifiedTime(lock).toMillis() < STALE_MILLIS) {
					return Files.notExists(lock); // gone meanwhile: its push finished, try again
				}
			}
			// a pack's .keep names the very pack this push sends again: only a killed push of the same objects left it
			Files.delete(lock);
			return true;
		} catch (IOException | RuntimeException e) {
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** The remote's folder when it is one (a path or file://), else null. */
	private static Path folderOf(Repository repository) {
		String url = repository.getConfig().getString("remote", CorpusRepository.REMOTE, "url");
		try {
			URIish uri = new URIish(url);
			boolean local = uri.getScheme() == null || uri.getScheme().equals("file");
			return local && uri.getHost() == null ? Path.of(uri.getPath()).toAbsolutePath().normalize() : null;
		} catch (java.net.URISyntaxException | RuntimeException e) {
			return null;
		}
	}
}
