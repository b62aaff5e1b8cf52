package org.reportbank.sync;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheCheckout;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.reportbank.core.store.CorpusFile;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.core.store.StoreLimits;
import org.reportbank.core.store.StoredModels;
import org.reportbank.model.Corpus;
import org.reportbank.model.Layer;
import org.reportbank.model.Report;
import org.reportbank.model.ReportEntry;

/**
 * Joins this clone's commit and the remote's into a merge commit, file by file, without Git's
 * text merge: a file one side changed is that side's; a corpus file both changed is merged by the
 * model's rules ({@link ModelMerge}); anything else both changed (a file deleted on one side and
 * changed on the other, a file that is no corpus file) is for a person to choose. Nothing is
 * written until everything is decided: the merge is built in Git's object store, then the
 * working tree is brought to it, then the branch moves, so a sync killed half-way leaves either
 * the old commit or the merged files, both of which the next sync completes.
 */
final class CommitMerge {

	private final Repository repository;
	private final RevCommit mine;
	private final RevCommit theirs;
	private final Function<MergeConflict, MergeConflict.Take> decisions;
	private final List<MergeConflict> undecided = new ArrayList<>();
	private final Map<String, String> reportTexts = new HashMap<>();
	/** Reports both sides changed, as merged: the index's entries for them are set from these. */
	private final Map<String, Report> mergedReports = new HashMap<>();
	/** Reports both sides changed, merged or not: their index entries follow the report's merge, not a decision of their own. */
	private final java.util.Set<String> reportsBothChanged = new java.util.HashSet<>();
	/** The index's three versions, when both sides changed it: merged after the reports. */
	private ObjectId[] index;
	private int mergedByModel;

	private CommitMerge(Repository repository, RevCommit mine, RevCommit theirs,
			Function<MergeConflict, MergeConflict.Take> decisions) {
		this.repository = repository;
		this.mine = mine;
		this.theirs = theirs;
		this.decisions = decisions;
	}

	/**
	 * Merges and checks out the result (the working tree must hold {@code mine}, as it does right
	 * after sync committed); the new commit.
	 */
	static ObjectId merge(Repository repository, RevCommit base, RevCommit mine, RevCommit theirs, PersonIdent who,
			Function<MergeConflict, MergeConflict.Take> decisions) throws IOException, StoreException, SyncConflictException {
		return new CommitMerge(repository, mine, theirs, decisions).run(base, who);
	}

	private ObjectId run(RevCommit base, PersonIdent who) throws IOException, StoreException, SyncConflictException {
		DirCache merged = DirCache.newInCore();
		DirCacheBuilder builder = merged.builder();
		try (ObjectInserter inserter = repository.newObjectInserter(); TreeWalk tree = new TreeWalk(repository)) {
			tree.addTree(base == null ? new org.eclipse.jgit.treewalk.EmptyTreeIterator() : parser(base.getTree()));
			tree.addTree(mine.getTree());
			tree.addTree(theirs.getTree());
			tree.setRecursive(true);
			while (tree.next()) {
				String path = tree.getPathString();
				ObjectId was = tree.getObjectId(0);
				ObjectId ours = tree.getObjectId(1);
				ObjectId other = tree.getObjectId(2);
				int side = ours.equals(other) || other.equals(was) ? 1 : ours.equals(was) ? 2 : 0;
				if (side == 0 && CorpusFile.at(path).filter(f -> f.kind() == CorpusFile.Kind.INDEX).isPresent()
						&& !ours.equals(ObjectId.zeroId()) && !other.equals(ObjectId.zeroId())) {
					index = new ObjectId[] { was, ours, other };
					continue;
				}
				if (side == 0) {
					ObjectId both = mergeBoth(path, was, ours, other, inserter);
					if (both != null) {
						if (!both.equals(ObjectId.zeroId())) {
							add(builder, path, both, FileMode.REGULAR_FILE);
						}
						continue;
					}
					side = chooseFile(path, ours, other);
				}
				if (side != 0 && !tree.getFileMode(side).equals(FileMode.MISSING)) {
					add(builder, path, tree.getObjectId(side), tree.getFileMode(side));
				}
			}
			if (index != null) {
				add(builder, CorpusFile.INDEX_PATH, mergeIndex(inserter), FileMode.REGULAR_FILE);
			}
			if (!undecided.isEmpty()) {
				throw new SyncConflictException(undecided);
			}
			builder.finish();
			ObjectId treeId = merged.writeTree(inserter);
			CommitBuilder commit = new CommitBuilder();
			commit.setTreeId(treeId);
			commit.setParentIds(mine, theirs);
			commit.setAuthor(who);
			commit.setCommitter(who);
			commit.setMessage("Merge the team's work from " + CorpusRepository.REMOTE
					+ (mergedByModel == 0 ? ""
							: "; " + mergedByModel + " file" + (mergedByModel == 1 ? "" : "s")
									+ " both changed, merged by the model's rules"));
			ObjectId commitId = inserter.insert(commit);
			inserter.flush();
			checkOut(treeId);
			RefUpdate update = repository.updateRef(Constants.HEAD);
			update.setNewObjectId(commitId);
			update.setExpectedOldObjectId(mine);
			update.setRefLogMessage("sync: merge " + CorpusRepository.REMOTE, false);
			RefUpdate.Result result = update.update();
			if (result != RefUpdate.Result.FAST_FORWARD && result != RefUpdate.Result.NEW) {
				throw new IOException("the branch could not move to the merge (" + result + ")");
			}
			return commitId;
		}
	}

	private org.eclipse.jgit.treewalk.CanonicalTreeParser parser(RevTree tree) throws IOException {
		org.eclipse.jgit.treewalk.CanonicalTreeParser parser = new org.eclipse.jgit.treewalk.CanonicalTreeParser();
		try (var reader = repository.newObjectReader()) {
			parser.reset(reader, tree);
		}
		return parser;
	}

	/** A corpus file both sides kept and changed, merged by the model; null when it is not one or a side deleted it. */
	private ObjectId mergeBoth(String path, ObjectId was, ObjectId ours, ObjectId other, ObjectInserter inserter)
			throws IOException, StoreException {
		CorpusFile file = CorpusFile.at(path).orElse(null);
		if (file == null || ours.equals(ObjectId.zeroId()) || other.equals(ObjectId.zeroId())) {
			return null;
		}
		Class<? extends EObject> type = switch (file.kind()) {
		case INDEX -> Corpus.class;
		case REPORT -> Report.class;
		case LAYER -> Layer.class;
		};
		EObject base = was.equals(ObjectId.zeroId()) ? null : read(was, path, type);
		String text = file.kind() == CorpusFile.Kind.LAYER ? reportText(file.reportId()) : null;
		ModelMerge.Result result = ModelMerge.merge(path, base, read(ours, path, type), read(other, path, type), text, decisions);
		if (file.kind() == CorpusFile.Kind.REPORT) {
			reportsBothChanged.add(file.reportId());
		}
		if (!result.undecided().isEmpty()) {
			undecided.addAll(result.undecided());
			return ObjectId.zeroId(); // not written: the sync stops
		}
		if (result.merged() instanceof Report report) {
			mergedReports.put(file.reportId(), report);
		}
		mergedByModel++;
		return inserter.insert(Constants.OBJ_BLOB, StoredModels.write(result.merged()));
	}

	/**
	 * The index both sides changed: label set, settings and annotators merged by the model's
	 * rules; the entries of reports both sides changed are set from the merged reports, as the
	 * store sets them, so a report's conflict is decided once, in the report.
	 */
	private ObjectId mergeIndex(ObjectInserter inserter) throws IOException, StoreException {
		String path = CorpusFile.INDEX_PATH;
		Corpus base = index[0].equals(ObjectId.zeroId()) ? null : read(index[0], path, Corpus.class);
		ModelMerge.Result result = ModelMerge.merge(path, base, read(index[1], path, Corpus.class), read(index[2], path, Corpus.class),
				null,
				conflict -> isEntryOf(conflict, reportsBothChanged) ? MergeConflict.Take.MINE : decisions.apply(conflict));
		if (!result.undecided().isEmpty()) {
			undecided.addAll(result.undecided());
			return ObjectId.zeroId();
		}
		Corpus merged = (Corpus) result.merged();
		for (ReportEntry entry : merged.getEntries()) {
			Report report = mergedReports.get(entry.getId());
			if (report != null) {
				CorpusStore.updateEntry(entry, report);
			}
		}
		mergedByModel++;
		return inserter.insert(Constants.OBJ_BLOB, StoredModels.write(merged));
	}

	/** Whether the conflict is in the index entry of one of the reports. */
	private static boolean isEntryOf(MergeConflict conflict, java.util.Set<String> reportIds) {
		String key = conflict.key();
		int at = key.indexOf("#entries[");
		return at >= 0 && reportIds.contains(key.substring(at + "#entries[".length(), key.indexOf(']', at)));
	}

	/** A file both changed that the model cannot merge: 1 keeps this clone's, 2 takes the remote's, 0 while undecided. */
	private int chooseFile(String path, ObjectId ours, ObjectId other) {
		String description = CorpusPaths.describe(path);
		MergeConflict conflict = new MergeConflict(path, path, description, "the file", state(ours), state(other));
		MergeConflict.Take take = decisions.apply(conflict);
		if (take == null) {
			undecided.add(conflict);
			return 0;
		}
		return take == MergeConflict.Take.MINE ? 1 : 2;
	}

	private static String state(ObjectId id) {
		return id.equals(ObjectId.zeroId()) ? "deleted" : "changed";
	}

	private <T extends EObject> T read(ObjectId blob, String path, Class<T> type) throws IOException, StoreException {
		return StoredModels.read(repository.open(blob, Constants.OBJ_BLOB).getCachedBytes((int) StoreLimits.MAX_FILE_BYTES),
				path, type);
	}

	/** The report's text as this clone has it, to quote a span's words; null when the report is not there. */
	private String reportText(String reportId) throws IOException {
		if (!reportTexts.containsKey(reportId)) {
			String path = new CorpusFile(CorpusFile.Kind.REPORT, reportId, null).path();
			String text = null;
			try (TreeWalk walk = TreeWalk.forPath(repository, path, mine.getTree())) {
				if (walk != null) {
					text = read(walk.getObjectId(0), path, Report.class).getText();
				}
			} catch (StoreException e) {
				text = null; // a report that does not read is quoted without its words
			}
			reportTexts.put(reportId, text);
		}
		return reportTexts.get(reportId);
	}

	private static void add(DirCacheBuilder builder, String path, ObjectId id, FileMode mode) {
		DirCacheEntry entry = new DirCacheEntry(path);
		entry.setFileMode(mode);
		entry.setObjectId(id);
		builder.add(entry);
	}

	/** Brings the working tree and the index from this clone's commit to the merged tree. */
	private void checkOut(ObjectId treeId) throws IOException {
		try (RevWalk walk = new RevWalk(repository)) {
			DirCache index = repository.lockDirCache();
			try {
				DirCacheCheckout checkout = new DirCacheCheckout(repository, mine.getTree(), index, walk.parseTree(treeId));
				checkout.setFailOnConflict(true);
				checkout.checkout();
			} finally {
				index.unlock();
			}
		}
	}
}
