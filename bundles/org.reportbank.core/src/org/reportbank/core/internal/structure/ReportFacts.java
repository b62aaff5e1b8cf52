package org.reportbank.core.internal.structure;

import java.util.List;
import java.util.Map;

/**
 * The document-level facts read off a report. Any of them may be null when the text does not
 * say; {@code titleEnd} is where the body begins (0 without a title line); {@code sources} say where
 * each field that has a value was read.
 */
public record ReportFacts(String title, int titleEnd, String region, Integer year, String publisher, String published,
		DocumentType documentType, Map<String, String> metadata, List<Source> sources) {

	/** Where a field was read: the rule in words, the line (1-based; 0 for the page's header fields) and its text. */
	public record Source(String field, String rule, int line, String text) {
	}
}
