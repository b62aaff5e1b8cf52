package org.reportbank.core.store;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;

import org.reportbank.model.ReportEntry;

/**
 * The entries of an index, one after the other, for a walk over every report
 * ({@link CorpusStore#walkEntries()}): from the loaded index, or read from the index file as they
 * are asked for. Close it when done, also when the walk stops early.
 */
public final class EntryCursor implements AutoCloseable {

	/** Where the entries come from. */
	interface Source {
		ReportEntry next() throws IOException;
	}

	/** What closes the source. */
	interface Closer {
		void close() throws IOException;
	}

	private final Source source;
	private final Closer closer;

	private EntryCursor(Source source, Closer closer) {
		this.source = source;
		this.closer = closer;
	}

	static EntryCursor of(List<ReportEntry> entries) {
		Iterator<ReportEntry> each = List.copyOf(entries).iterator();
		return new EntryCursor(() -> each.hasNext() ? each.next() : null, () -> {
		});
	}

	static EntryCursor of(Source source, Closer closer) {
		return new EntryCursor(source, closer);
	}

	/** The next entry, or null after the last. */
	public ReportEntry next() throws StoreException {
		try {
			return source.next();
		} catch (IOException e) {
			throw new StoreException(e.getMessage(), e);
		}
	}

	@Override
	public void close() throws StoreException {
		try {
			closer.close();
		} catch (IOException e) {
			throw new StoreException(e.getMessage(), e);
		}
	}
}
