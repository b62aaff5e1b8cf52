package org.reportbank.core.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.URI;
import org.reportbank.model.Corpus;
import org.reportbank.model.Report;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.ReportbankPackage;

/**
 * The index of a session over many reports, never held: the session holds the index without its
 * entries, each report's id as a number (twice, in index order and sorted to look up: 16 bytes),
 * and for each entry it added or changed the place of its fields (about 34 bytes) in a file of the staging folder
 * ({@link EntrySpill}). The commit writes the new index by reading the old one entry by entry,
 * putting in the changed entries and adding the new ones at the end ({@link IndexFileWriter}):
 * the same bytes a held index would have written. What the session may not do is change the list
 * of entries in other ways (remove, reorder): that needs the index held.
 */
final class StreamedIndex implements SessionIndex {

	/** Reads one report as it is committed, to answer for an entry the session did not change. */
	interface CommittedReports {
		Report load(String id) throws StoreException;
	}

	private final Path indexFile;
	private final Corpus withoutEntries;
	private final HeldIndex.IndexChanges settingsChanges = new EntriesRefused();
	/** Every report's id, those of the index first in its order, then the session's new ones. */
	private final ReportIdList ids;
	private final int committedCount;
	/** The index's ids in numeric order, to look up; the session's new ones are in {@link #added}. */
	private final long[] committedSorted;
	private final IdTable added = new IdTable(false);
	/** Where in the spill the entry of each report the session added or changed is, last change kept. */
	private final IdTable changedAt = new IdTable(true);
	private final Path spillFile;
	private final CommittedReports reports;
	private EntrySpill spill;

	StreamedIndex(Path indexFile, StagedCommit staged, CommittedReports reports) throws StoreException {
		this.indexFile = indexFile;
		this.reports = reports;
		this.spillFile = staged.scratch("entries");
		try {
			IndexStream.Checked checked = IndexStream.check(indexFile);
			withoutEntries = checked.withoutEntries();
			ids = checked.ids();
		} catch (IOException | UncheckedIOException e) {
			throw new StoreException(e.getMessage(), e);
		}
		committedCount = ids.size();
		committedSorted = ids.sorted();
		withoutEntries.eAdapters().add(settingsChanges);
	}

	@Override
	public Corpus corpus() {
		return withoutEntries;
	}

	@Override
	public boolean contains(String id) {
		if (!ReportIds.isValid(id)) {
			return false;
		}
		long number = ReportIds.number(id);
		return Arrays.binarySearch(committedSorted, number) >= 0 || added.contains(number);
	}

	@Override
	public Optional<ReportEntry> entry(String id) {
		if (!contains(id)) {
			return Optional.empty();
		}
		try {
			long at = changedAt.get(ReportIds.number(id));
			if (at != Long.MIN_VALUE) {
				return Optional.of(spill.read(at));
			}
			return Optional.of(committedEntry(id));
		} catch (IOException e) {
			throw new UncheckedIOException(indexFile + ": cannot read the entry of report " + id + ": " + e.getMessage(), e);
		}
	}

	/**
	 * An entry of the index file the session has not changed. The report's own file says the same
	 * (the store keeps the two in step) and is one file to read, not the index; only when that file
	 * cannot be read is the index read for it.
	 */
	private ReportEntry committedEntry(String id) throws IOException {
		try {
			ReportEntry entry = ReportbankFactory.eINSTANCE.createReportEntry();
			entry.setId(id);
			CorpusStore.updateEntry(entry, reports.load(id));
			return entry;
		} catch (StoreException e) {
			try (IndexStream.Cursor cursor = IndexStream.entries(indexFile)) {
				for (ReportEntry entry = cursor.next(); entry != null; entry = cursor.next()) {
					if (id.equals(entry.getId())) {
						return entry;
					}
				}
			}
			throw new IOException("the index no longer lists it");
		}
	}

	@Override
	public List<String> ids() {
		return new IdsView();
	}

	@Override
	public void add(ReportEntry entry) throws StoreException {
		String id = ReportIds.require(entry.getId());
		if (contains(id)) {
			throw new StoreException("the corpus already holds report " + id);
		}
		keep(entry);
		ids.add(id);
		added.add(ReportIds.number(id));
	}

	@Override
	public void update(Report report) throws StoreException {
		if (!contains(report.getId())) {
			throw new StoreException("the corpus has no report " + report.getId() + " to save");
		}
		ReportEntry entry = ReportbankFactory.eINSTANCE.createReportEntry();
		entry.setId(report.getId());
		CorpusStore.updateEntry(entry, report);
		keep(entry);
	}

	private void keep(ReportEntry entry) throws StoreException {
		try {
			if (spill == null) {
				spill = new EntrySpill(spillFile);
			}
			changedAt.put(ReportIds.number(entry.getId()), spill.append(entry));
		} catch (IOException e) {
			throw new StoreException(spillFile + ": cannot keep the entry of report " + entry.getId() + ": " + e.getMessage(), e);
		}
	}

	@Override
	public boolean changed() {
		return settingsChanges.changed || changedAt.size() > 0;
	}

	@Override
	public void stage(StagedCommit staged, Path target) throws StoreException {
		staged.stage(target, file -> {
			try (IndexStream.Cursor committed = IndexStream.entries(indexFile);
					OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
				IndexFileWriter.write(withoutEntries, new NewEntries(committed), URI.createFileURI(target.toString()), out);
			}
		});
	}

	/** The index's entries, each as the session left it, then the session's new ones in the order they came. */
	private final class NewEntries implements IndexFileWriter.Entries {
		private final IndexStream.Cursor committed;
		private int added = committedCount;

		NewEntries(IndexStream.Cursor committed) {
			this.committed = committed;
		}

		@Override
		public ReportEntry next() throws IOException {
			ReportEntry entry = committed.next();
			if (entry != null) {
				long at = changedAt.get(ReportIds.number(entry.getId()));
				return at == Long.MIN_VALUE ? entry : spill.read(at);
			}
			return added < ids.size() ? spill.read(changedAt.get(ids.number(added++))) : null;
		}
	}

	@Override
	public Corpus committed() {
		return null;
	}

	@Override
	public void close() {
		withoutEntries.eAdapters().remove(settingsChanges);
		if (spill != null) {
			try {
				spill.close();
			} catch (IOException e) {
				// a scratch file, removed with the staging folder
			}
		}
	}

	/** The session's ids as text, read from their numbers when asked. */
	private final class IdsView extends AbstractList<String> implements RandomAccess {
		@Override
		public String get(int index) {
			return ids.get(index);
		}

		@Override
		public int size() {
			return ids.size();
		}
	}

	/**
	 * Notices changes to the index's settings, label set and annotators, and refuses entries
	 * added to its list: a streamed index lists none, so such an entry would be lost.
	 */
	private static final class EntriesRefused extends HeldIndex.IndexChanges {
		@Override
		public void notifyChanged(Notification notification) {
			if (notification.getFeature() == ReportbankPackage.Literals.CORPUS__ENTRIES && notification.getNotifier() instanceof Corpus
					&& !notification.isTouch()) {
				throw new IllegalStateException("a session over many reports does not hold the list of entries:"
						+ " add a report with addReport");
			}
			super.notifyChanged(notification);
		}
	}
}
