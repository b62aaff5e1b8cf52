package org.reportbank.ui.curation;

/**
 * What the curation keys do, as the Curation view offers it to its commands: the view puts
 * itself into its context under this type, so the handlers act on the view that has the focus
 * without looking it up.
 */
public interface CurationActions {

	/** Takes the version of the n-th annotator (0-based) for the current disagreement and goes on to the next unresolved one. */
	void take(int annotator);

	/** Drops the current disagreement's spans from gold and goes on. */
	void drop();

	/** Opens the current disagreement's version in the edit dialog. */
	void edit();

	/** Adds the selected text as a gold span no annotator had. */
	void add();

	/** The next (1) or previous (-1) disagreement. */
	void next(int step);

	/** Whether a report is under curation. */
	boolean isCurating();
}
