package org.reportbank.core.store;

/**
 * A set of report ids in about 18 bytes an id (a set of strings takes about 100): what an import
 * of a hundred thousand records keeps to refuse a report given twice. Only valid ids
 * ({@link ReportIds}) go in.
 */
public final class ReportIdSet {

	private final IdTable ids = new IdTable(false);

	/** Adds the id; false when the set held it already. */
	public boolean add(String id) {
		long number = ReportIds.number(id);
		if (ids.contains(number)) {
			return false;
		}
		ids.add(number);
		return true;
	}

	public boolean contains(String id) {
		return ReportIds.isValid(id) && ids.contains(ReportIds.number(id));
	}

	public int size() {
		return ids.size();
	}
}
