package org.reportbank.core.internal.structure;

/** What kind of page of the genre a document is; not every page is the report itself. */
public enum DocumentType {
	REPORT, POLICY_INTERPRETATION, PLAN, OTHER
}
