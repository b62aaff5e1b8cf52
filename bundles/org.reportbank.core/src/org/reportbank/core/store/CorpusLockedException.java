package org.reportbank.core.store;

/** Another process (or another writer in this one) is writing the corpus right now. */
public final class CorpusLockedException extends StoreException {
	private static final long serialVersionUID = 1L;

	public CorpusLockedException(String message) {
		super(message);
	}
}
