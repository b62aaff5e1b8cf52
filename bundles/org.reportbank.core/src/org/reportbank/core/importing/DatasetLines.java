package org.reportbank.core.importing;

import java.util.Optional;

/**
 * Recognizes a dataset file given to import as if it were a report: lines of JSON objects (a
 * Reportbank JSONL export, a doccano file). Imported as text, its JSON would become one report of
 * braces and quotes; instead the import says what the file is and which option imports it.
 */
final class DatasetLines {

	private DatasetLines() {
	}

	/** Why the text is no report and how to import it, or empty when it does not look like JSON lines. */
	static Optional<String> recognize(String text) {
		String first = firstLine(text).strip();
		if (!(first.startsWith("{") && first.endsWith("}") && first.contains("\"text\""))) {
			return Optional.empty();
		}
		if (first.contains("\"sections\"") || first.contains("\"layers\"") || first.contains("\"offsets\"")) {
			return Optional.of("this is a Reportbank JSONL export (JSON lines with text, sections and layers), not a report:"
					+ " import it with --jsonl (reportbank import --jsonl FILE --corpus DIR)");
		}
		if (first.contains("\"label\"") || first.contains("\"entities\"")) {
			return Optional.of("this is a doccano file (JSON lines with text and labels), not a report:"
					+ " import it with --doccano (reportbank import --doccano FILE --annotator NAME --corpus DIR)");
		}
		return Optional.of("this is a file of JSON lines, not a report: Reportbank imports its own JSONL export with --jsonl"
				+ " and doccano files with --doccano");
	}

	private static String firstLine(String text) {
		int start = 0;
		while (start < text.length()) {
			int end = text.indexOf('\n', start);
			String line = end < 0 ? text.substring(start) : text.substring(start, end);
			if (!line.isBlank()) {
				return line.startsWith("\uFEFF") ? line.substring(1) : line;
			}
			if (end < 0) {
				break;
			}
			start = end + 1;
		}
		return "";
	}
}
