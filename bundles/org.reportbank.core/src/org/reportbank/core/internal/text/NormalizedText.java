package org.reportbank.core.internal.text;

import java.util.List;
import java.util.Map;

/**
 * A report text after normalization: one paragraph per line, the header fields read off the page
 * (in page order) and what was changed.
 */
public record NormalizedText(String text, Map<String, String> fields, List<ChangeLog.Entry> changes) {
}
