package org.reportbank.core.internal.structure;

import java.util.Map;

/**
 * The document-level facts read off a report. Any of them may be null when the text does not
 * say; {@code titleEnd} is where the body begins (0 without a title line).
 */
public record ReportFacts(String title, int titleEnd, String region, Integer year, String publisher, String published,
		DocumentType documentType, Map<String, String> metadata) {
}
