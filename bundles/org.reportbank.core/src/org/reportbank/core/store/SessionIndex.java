package org.reportbank.core.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.reportbank.model.Corpus;
import org.reportbank.model.Report;
import org.reportbank.model.ReportEntry;

/**
 * The index as one write session changes it: held whole in memory ({@link HeldIndex}, what the
 * workbench and most work use) or streamed from the file to the new one at commit, with the
 * session's entries kept on disk ({@link StreamedIndex}, for commands over many reports).
 */
interface SessionIndex {

	/** The index to read and change; a streamed one lists no entries. */
	Corpus corpus();

	boolean contains(String id);

	/** The report's entry as the session has it now. */
	Optional<ReportEntry> entry(String id);

	/** The ids of every report, in index order, this session's new ones last. */
	List<String> ids();

	/** Lists a new report; the index must not list it yet. */
	void add(ReportEntry entry) throws StoreException;

	/** Sets the report's entry from it; the index must list it. */
	void update(Report report) throws StoreException;

	boolean changed();

	/** Writes the index as the session leaves it, to be put in place by the commit. */
	void stage(StagedCommit staged, Path target) throws StoreException;

	/** The index to publish once committed, or null when it is to be read again when someone asks. */
	Corpus committed();

	/** Lets go of what the session kept aside (files, listeners), committed or not. */
	void close();
}
