package org.reportbank.core.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.reportbank.model.Corpus;
import org.reportbank.model.Report;
import org.reportbank.model.ReportEntry;

/**
 * The index held whole while a session changes it: any change, to any entry, the list of entries
 * included, is allowed, and the index is written whole at commit. About 0.5 KB a report.
 */
final class HeldIndex implements SessionIndex {

	private Corpus working;
	private final IndexChanges changes = new IndexChanges();
	private CorpusStore.EntryMap byId;

	/** The session's own copy of the index, or null when the corpus has none yet ({@link #create}). */
	HeldIndex(Corpus working) {
		this.working = working;
		if (working != null) {
			working.eAdapters().add(changes);
		}
	}

	/** A new corpus: its index is written by the commit. */
	void create(Corpus created) {
		working = created;
		created.eAdapters().add(changes);
		changes.changed = true;
	}

	@Override
	public Corpus corpus() {
		return working;
	}

	@Override
	public boolean contains(String id) {
		return entry(id).isPresent();
	}

	@Override
	public Optional<ReportEntry> entry(String id) {
		if (byId == null) {
			byId = new CorpusStore.EntryMap(working);
		}
		return Optional.ofNullable(byId.entries.get(id));
	}

	@Override
	public List<String> ids() {
		return working.getEntries().stream().map(ReportEntry::getId).toList();
	}

	@Override
	public void add(ReportEntry entry) {
		working.getEntries().add(entry);
		entry(entry.getId()); // the map exists from here on
		byId.entries.put(entry.getId(), entry);
	}

	@Override
	public void update(Report report) throws StoreException {
		ReportEntry entry = entry(report.getId())
				.orElseThrow(() -> new StoreException("the corpus has no report " + report.getId() + " to save"));
		CorpusStore.updateEntry(entry, report);
	}

	@Override
	public boolean changed() {
		return changes.changed;
	}

	@Override
	public void stage(StagedCommit staged, Path target) throws StoreException {
		staged.stage(target, working);
	}

	@Override
	public Corpus committed() {
		return working;
	}

	@Override
	public void close() {
		if (working != null) {
			working.eAdapters().remove(changes);
		}
	}

	/** Notices any change to the index while a session is open, so the index is written exactly when it changed. */
	static class IndexChanges extends EContentAdapter {
		boolean changed;

		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (!notification.isTouch()) {
				changed = true;
			}
		}
	}
}
