package org.reportbank.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jgit.api.AddCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand.FastForwardMode;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.RmCommand;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.reportbank.core.store.CorpusFile;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;

/**
 * A corpus folder as a Git working tree shared through a remote ({@code origin}).
 *
 * <p>
 * Sync commits what changed in this clone, fetches, merges and pushes, again after merging when
 * another clone pushed first, so two people syncing at the same moment both end with both their
 * layers. Each annotator writes only their own layer files, so their work never meets in one
 * file. A file both sides changed differently (a gold layer two curators edited, the label set)
 * is never merged as text: sync stops before touching the working tree and names it. While it
 * runs, sync holds the corpus's write lock, so no save of this machine lands in the middle.
 */
public final class CorpusRepository {

	/** The remote's name, as plain git calls it. */
	public static final String REMOTE = "origin";
	/** The environment variable an https token is read from (never written in the corpus). */
	public static final String TOKEN_VARIABLE = "REPORTBANK_GIT_TOKEN";
	/** How often a push rejected because another clone pushed first is merged and tried again. */
	private static final int PUSH_ATTEMPTS = 20;

	private final Path directory;

	private CorpusRepository(Path directory) {
		this.directory = directory;
	}

	/** The corpus folder's repository; the folder must already be one (shared or cloned). */
	public static CorpusRepository open(Path corpus) throws StoreException {
		if (!Files.isDirectory(corpus.resolve(Constants.DOT_GIT))) {
			throw new StoreException(corpus + " is not shared through Git yet: reportbank share --corpus " + corpus + " --remote URL");
		}
		return new CorpusRepository(corpus);
	}

	/**
	 * Puts an existing corpus under a remote: makes the folder a repository (if it is not one),
	 * ignores the machine-local files, commits the corpus and pushes it. The remote must be empty
	 * or hold this corpus's own history.
	 */
	public static CorpusRepository share(Path corpus, String remote, String person, IProgressMonitor monitor)
			throws StoreException, SyncConflictException {
		CorpusStore.open(corpus); // a corpus, whole, before anything is committed
		try (Git git = Files.isDirectory(corpus.resolve(Constants.DOT_GIT)) ? Git.open(corpus.toFile())
				: Git.init().setDirectory(corpus.toFile()).setInitialBranch("main").call()) {
			Path ignore = corpus.resolve(Constants.GITIGNORE_FILENAME);
			if (!Files.exists(ignore)) {
				Files.writeString(ignore, CorpusPaths.IGNORED, StandardCharsets.UTF_8);
			}
			git.getRepository().getConfig().unset("remote", REMOTE, "url");
			git.remoteAdd().setName(REMOTE).setUri(new URIish(remote)).call();
		} catch (IOException | GitAPIException | java.net.URISyntaxException e) {
			throw new StoreException("could not share " + corpus + " through " + remote + ": " + e.getMessage());
		}
		CorpusRepository repository = new CorpusRepository(corpus);
		SyncResult first = repository.sync(person, monitor);
		if (!first.pushed()) {
			throw new StoreException("the corpus is committed in " + corpus + " but not shared: " + first.offline());
		}
		return repository;
	}

	/** Gets a team's corpus: clones the remote into a folder that must not exist yet or be empty. */
	public static CorpusRepository cloneInto(String remote, Path corpus, IProgressMonitor monitor) throws StoreException {
		try {
			if (Files.isDirectory(corpus)) {
				try (var entries = Files.list(corpus)) {
					if (entries.findAny().isPresent()) {
						throw new StoreException(corpus + " is not empty; clone into a new folder");
					}
				}
			}
			String branch = branchToClone(remote);
			try (Git git = Transports.configure(Git.cloneRepository().setURI(remote).setDirectory(corpus.toFile()).setBranch(branch))
					.setProgressMonitor(new GitProgress(monitor == null ? new NullProgressMonitor() : monitor))
					.call()) {
				// nothing more: the working tree is the corpus
			}
		} catch (TransportException | InvalidRemoteException e) {
			throw new StoreException("could not reach " + remote + ": " + e.getMessage());
		} catch (IOException | GitAPIException | org.eclipse.jgit.api.errors.JGitInternalException e) {
			throw new StoreException("could not clone " + remote + ": " + e.getMessage());
		}
		if (monitor != null && monitor.isCanceled()) {
			throw new org.eclipse.core.runtime.OperationCanceledException("the clone into " + corpus + " was cancelled");
		}
		try {
			CorpusStore.open(corpus);
		} catch (StoreException e) {
			throw new StoreException(remote + " was cloned into " + corpus + " but holds no Reportbank corpus: " + e.getMessage());
		}
		return new CorpusRepository(corpus);
	}

	/**
	 * The branch a clone takes: the one the remote's HEAD names, else main (what share pushes; a
	 * bare repository made by {@code git init --bare} may name a master that never came to be),
	 * else the only one there is.
	 */
	private static String branchToClone(String remote) throws GitAPIException, StoreException {
		Map<String, Ref> advertised = Transports.configure(Git.lsRemoteRepository().setRemote(remote)).callAsMap();
		Map<String, Ref> byName = new LinkedHashMap<>();
		advertised.forEach((name, ref) -> {
			if (name.startsWith(Constants.R_HEADS)) {
				byName.put(name, ref);
			}
		});
		Ref head = advertised.get(Constants.HEAD);
		if (head != null && head.isSymbolic() && byName.containsKey(head.getTarget().getName())) {
			return head.getTarget().getName();
		}
		if (byName.containsKey(Constants.R_HEADS + "main")) {
			return Constants.R_HEADS + "main";
		}
		if (byName.size() == 1) {
			return byName.keySet().iterator().next();
		}
		throw new StoreException(remote + (byName.isEmpty() ? " is empty: share a corpus into it first (reportbank share)"
				: " has several branches and none is main: " + String.join(", ", byName.keySet())));
	}

	/**
	 * Where https tokens come from when the environment variable ({@link #TOKEN_VARIABLE}) holds
	 * none: the workbench gives its secure storage.
	 */
	public static void useTokens(TokenSource source) {
		Transports.useTokens(source);
	}

	/** The URL of the remote this corpus syncs with, or null when it has none. */
	public String remoteUrl() throws StoreException {
		try (Git git = Git.open(directory.toFile())) {
			return git.getRepository().getConfig().getString("remote", REMOTE, "url");
		} catch (IOException e) {
			throw new StoreException("could not read the repository of " + directory + ": " + e.getMessage());
		}
	}

	public Path directory() {
		return directory;
	}

	/**
	 * Commits what changed here (the message names the reports and how many spans their layers
	 * hold), fetches, merges and pushes. Offline, the local commit is kept and the result says why
	 * the remote could not be reached.
	 */
	public SyncResult sync(String person, IProgressMonitor monitor) throws StoreException, SyncConflictException {
		return sync(person, conflict -> null, monitor);
	}

	/**
	 * Syncs, taking for each thing both sides changed differently the version {@code decisions}
	 * gives (null: undecided, and the sync stops naming it).
	 */
	public SyncResult sync(String person, Function<MergeConflict, MergeConflict.Take> decisions, IProgressMonitor monitor)
			throws StoreException, SyncConflictException {
		SubMonitor progress = SubMonitor.convert(monitor, "Synchronizing " + directory, 4);
		CorpusStore store = CorpusStore.open(directory);
		Path running = store.machineFile(RUNNING);
		try (CorpusStore.WriteSession lock = store.beginWrite("sync")) {
			try {
				return syncHoldingTheLock(person, decisions, progress, running);
			} finally {
				deleteMarker(running); // ended, not killed
			}
		}
	}

	private static void deleteMarker(Path running) {
		try {
			Files.deleteIfExists(running);
		} catch (IOException e) {
			// left behind, it only makes the next sync clear the locks, and there are none
		}
	}

	private SyncResult syncHoldingTheLock(String person, Function<MergeConflict, MergeConflict.Take> decisions, SubMonitor progress,
			Path running) throws StoreException, SyncConflictException {
		try (Git git = openAfterAKill(directory, running)) {
			progress.subTask("committing your changes");
			Committed done = commit(git, person);
			int committed = done == null ? 0 : done.files();
			String message = done == null ? null : done.message();
			progress.worked(1);
			ObjectId before = git.getRepository().resolve(Constants.HEAD);
			String branch = git.getRepository().getBranch();
			for (int attempt = 1;; attempt++) {
				progress.checkCanceled();
				progress.subTask("fetching what the others pushed");
				try {
					Transports.configure(git.fetch().setRemote(REMOTE)).setProgressMonitor(new GitProgress(progress)).call();
				} catch (TransportException | InvalidRemoteException e) {
					return new SyncResult(committed, message, List.of(), false, false, unreachable(e));
				}
				merge(git, branch, new PersonIdent(person, email(person)), decisions);
				progress.subTask("pushing");
				String rejected;
				try {
					rejected = push(git, branch);
				} catch (TransportException | InvalidRemoteException e) {
					if (attempt < PUSH_ATTEMPTS && LocalRemote.clearLeftoverOfAKill(git.getRepository(), e.getMessage())) {
						continue; // a sync killed while it wrote into a folder remote left a lock there; it is gone, push again
					}
					return result(git, before, committed, message, false, unreachable(e));
				}
				if (rejected == null) {
					progress.worked(3);
					return result(git, before, committed, message, true, null);
				}
				if (attempt < PUSH_ATTEMPTS && LocalRemote.clearLeftBranchLock(git.getRepository(), branch, rejected)) {
					continue; // the branch lock of a sync killed while it pushed into a folder remote; gone, push again
				}
				if (attempt == PUSH_ATTEMPTS) {
					return result(git, before, committed, message, false,
							"the remote refused the push " + PUSH_ATTEMPTS + " times (" + rejected + "); your work is committed here");
				}
			}
		} catch (IOException | GitAPIException | org.eclipse.jgit.api.errors.JGitInternalException e) {
			throw new StoreException("sync of " + directory + " failed: " + e.getMessage());
		}
	}

	private record Committed(int files, String message) {
	}

	/**
	 * Stages what changed (the ignored files left out) and commits it; null when nothing changed.
	 * Only the changed paths are staged: adding the whole folder would read all of a large corpus's
	 * files on every sync.
	 */
	private static Committed commit(Git git, String person) throws GitAPIException {
		Status status = git.status().call();
		Set<String> changed = new TreeSet<>();
		changed.addAll(status.getAdded());
		changed.addAll(status.getChanged());
		changed.addAll(status.getRemoved());
		Set<String> toAdd = new TreeSet<>(status.getModified());
		toAdd.addAll(status.getUntracked());
		if (!toAdd.isEmpty()) {
			AddCommand add = git.add();
			toAdd.forEach(add::addFilepattern);
			add.call();
		}
		if (!status.getMissing().isEmpty()) {
			RmCommand remove = git.rm().setCached(true);
			status.getMissing().forEach(remove::addFilepattern);
			remove.call();
		}
		changed.addAll(toAdd);
		changed.addAll(status.getMissing());
		if (changed.isEmpty()) {
			return null;
		}
		String message = CommitMessage.of(person, changed, git.getRepository().getWorkTree().toPath());
		PersonIdent who = new PersonIdent(person, email(person));
		git.commit().setMessage(message).setAuthor(who).setCommitter(who).call();
		return new Committed(changed.size(), CommitMessage.headline(message));
	}

	/** The machine-local file that says a sync is running: still there at the next sync, that one was killed. */
	private static final String RUNNING = "sync-running";

	/**
	 * The repository, once the locks a killed sync left are gone (call it holding the corpus's
	 * write lock, so no other sync of this machine runs); the marker is written, for the sync to
	 * remove when it ends, killed or not.
	 */
	private static Git openAfterAKill(Path directory, Path running) throws IOException {
		// a marker left by a sync that never finished: every lock in .git is that sync's own
		removeStaleLocks(directory.resolve(Constants.DOT_GIT), Files.exists(running) ? java.time.Duration.ZERO : STALE);
		Files.writeString(running, Long.toString(ProcessHandle.current().pid()), StandardCharsets.UTF_8);
		return Git.open(directory.toFile());
	}

	/** A lock Git left this long ago belongs to no running git: a git command was killed holding it. */
	private static final java.time.Duration STALE = java.time.Duration.ofMinutes(1);

	/**
	 * Takes away the lock files a killed sync or git command left in the repository (the index's,
	 * a branch's), which would refuse every later sync: those older than {@code age}.
	 */
	static List<Path> removeStaleLocks(Path gitDirectory, java.time.Duration age) throws IOException {
		List<Path> removed = new ArrayList<>();
		java.time.Instant before = java.time.Instant.now().minus(age);
		try (var all = Files.walk(gitDirectory)) {
			for (Path file : all.filter(f -> f.getFileName().toString().endsWith(".lock") && Files.isRegularFile(f)).toList()) {
				if (!Files.getLastModifiedTime(file).toInstant().isAfter(before)) {
					Files.delete(file);
					removed.add(file);
				}
			}
		}
		return removed;
	}

	/** A person is named by their annotator name; Git wants an address, which nobody writes to. */
	private static String email(String person) {
		return person.replaceAll("[^A-Za-z0-9._-]", "_") + "@reportbank.invalid";
	}

	/**
	 * Merges the remote's branch: nothing to do when it holds nothing new, a fast-forward when only
	 * the remote moved, else a merge commit built file by file ({@link CommitMerge}), which stops
	 * before the working tree is touched while anything both sides changed is undecided.
	 */
	private static void merge(Git git, String branch, PersonIdent who, Function<MergeConflict, MergeConflict.Take> decisions)
			throws IOException, GitAPIException, StoreException, SyncConflictException {
		Repository repository = git.getRepository();
		Ref remote = repository.findRef(Constants.R_REMOTES + REMOTE + "/" + branch);
		ObjectId ours = repository.resolve(Constants.HEAD);
		if (remote == null || ours == null || remote.getObjectId().equals(ours)) {
			return;
		}
		try (RevWalk walk = new RevWalk(repository)) {
			RevCommit theirs = walk.parseCommit(remote.getObjectId());
			RevCommit mine = walk.parseCommit(ours);
			walk.setRevFilter(RevFilter.MERGE_BASE);
			walk.markStart(mine);
			walk.markStart(theirs);
			RevCommit base = walk.next();
			if (base != null && base.equals(theirs)) {
				return; // the remote holds nothing this clone lacks
			}
			if (base != null && base.equals(mine)) {
				MergeResult result = git.merge().include(theirs).setFastForward(FastForwardMode.FF_ONLY).call();
				if (!result.getMergeStatus().isSuccessful()) {
					throw new IOException("the fast-forward to the remote did not complete (" + result.getMergeStatus() + ")");
				}
				return;
			}
			CommitMerge.merge(repository, base == null ? null : walk.parseCommit(base), mine, theirs, who, decisions);
		}
	}

	/** Pushes the branch; the reason when the remote refused it because it moved on, null when it took it. */
	private static String push(Git git, String branch) throws GitAPIException {
		RefSpec spec = new RefSpec(Constants.R_HEADS + branch + ":" + Constants.R_HEADS + branch);
		for (PushResult result : Transports.configure(git.push().setRemote(REMOTE).setRefSpecs(spec)).call()) {
			for (RemoteRefUpdate update : result.getRemoteUpdates()) {
				switch (update.getStatus()) {
				case OK, UP_TO_DATE -> {
				}
				default -> {
					return update.getStatus() + (update.getMessage() == null ? "" : ": " + update.getMessage());
				}
				}
			}
		}
		return null;
	}

	private static SyncResult result(Git git, ObjectId before, int committed, String message, boolean pushed, String offline)
			throws IOException {
		Incoming incoming = incoming(git.getRepository(), before);
		return new SyncResult(committed, message, incoming.layers(), incoming.index(), pushed, offline);
	}

	/** What the others' commits changed: layers, with their authors, and whether the index. */
	private record Incoming(List<Arrival> layers, boolean index) {
	}

	/** What the commits since {@code before} (this clone's own one aside) changed. */
	private static Incoming incoming(Repository repository, ObjectId before) throws IOException {
		ObjectId now = repository.resolve(Constants.HEAD);
		if (now == null || now.equals(before)) {
			return new Incoming(List.of(), false);
		}
		boolean index = false;
		Map<CorpusFile, Set<String>> authors = new LinkedHashMap<>();
		Set<CorpusFile> added = new LinkedHashSet<>();
		try (RevWalk walk = new RevWalk(repository)) {
			walk.markStart(walk.parseCommit(now));
			if (before != null) {
				walk.markUninteresting(walk.parseCommit(before));
			}
			for (RevCommit commit : walk) {
				if (commit.getParentCount() != 1) {
					continue; // a merge brings the changes of the commits it joins, which are walked themselves
				}
				RevCommit parent = walk.parseCommit(commit.getParent(0));
				try (TreeWalk tree = new TreeWalk(repository)) {
					tree.addTree(parent.getTree());
					tree.addTree(commit.getTree());
					tree.setRecursive(true);
					tree.setFilter(TreeFilter.ANY_DIFF);
					while (tree.next()) {
						CorpusFile file = CorpusFile.at(tree.getPathString()).orElse(null);
						index |= file != null && file.kind() == CorpusFile.Kind.INDEX;
						if (file != null && file.kind() == CorpusFile.Kind.LAYER) {
							authors.computeIfAbsent(file, k -> new TreeSet<>()).add(commit.getAuthorIdent().getName());
							if (tree.getObjectId(0).equals(ObjectId.zeroId())) {
								added.add(file);
							}
						}
					}
				}
			}
		}
		List<Arrival> arrivals = new ArrayList<>();
		authors.forEach((file, from) -> arrivals.add(new Arrival(file.reportId(), file.layerId(), added.contains(file), from)));
		arrivals.sort((a, b) -> (a.reportId() + a.layerId()).compareTo(b.reportId() + b.layerId()));
		return new Incoming(arrivals, index);
	}

	private static String unreachable(GitAPIException e) {
		return "the remote cannot be reached (" + e.getMessage() + "); your work is committed here and goes with the next sync";
	}
}
