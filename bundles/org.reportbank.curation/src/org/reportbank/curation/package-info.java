/**
 * Annotators' layers made into one gold layer: spans everyone agrees on merge by themselves, the
 * rest are grouped into disagreements and decided by a curator as undoable edits that record who
 * decided what. Headless; the workbench's Curation view drives it.
 */
package org.reportbank.curation;
