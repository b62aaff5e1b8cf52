package org.reportbank.core.internal.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a decoded page into the normalized text every offset refers to: unified line endings,
 * trimmed lines without blank ones between them, Chinese punctuation made full-width, page
 * leftovers dropped, header fields moved out into metadata and a second pasted copy removed.
 * Everything it does is recorded in the change log.
 */
public final class TextNormalizer {

	public NormalizedText normalize(String raw) {
		return normalize(raw, CancelCheck.NEVER);
	}

	/** As {@link #normalize(String)}, asking {@code cancel} before each line and inside the repeat search. */
	public NormalizedText normalize(String raw, CancelCheck cancel) {
		ChangeLog log = new ChangeLog();
		LineNormalizer lines = new LineNormalizer(log);
		Map<String, String> fields = new LinkedHashMap<>();
		List<String> paragraphs = new ArrayList<>();

		String unified = unifyLineEndings(raw, log);
		List<String> rawLines = new ArrayList<>();
		for (String rawLine : unified.split("\n", -1)) {
			rawLines.addAll(OneLineText.lines(rawLine, log)); // a PDF's one long line gets its headings back
		}
		for (String rawLine : rawLines) {
			cancel.check();
			String stripped = Chars.strip(rawLine);
			if (stripped.length() != rawLine.length() && !stripped.isEmpty()) {
				log.record("trimmed", null);
			}
			if (stripped.isEmpty()) {
				if (!rawLine.isEmpty() || !paragraphs.isEmpty()) {
					log.record("blank-line-dropped", null);
				}
				continue;
			}
			String line = lines.normalize(stripped);
			// header fields first: a byline may end in a view counter and still carry source and date;
			// tables are split on the tabs and wide gaps that normalizing removes, so try the raw line too
			Map<String, String> header = HeaderFields.parse(stripped);
			if (header == null) {
				header = HeaderFields.parse(line);
			}
			if (header != null && !header.isEmpty()) {
				header.forEach(fields::putIfAbsent);
				log.record("header-line-moved-to-metadata", line);
				continue;
			}
			// chrome words are told apart by the blanks between them, which normalizing removes
			if (header != null || PageLeftovers.isChrome(stripped) || PageLeftovers.isChrome(line)) {
				log.record("page-leftover-dropped", line);
				continue;
			}
			paragraphs.add(line);
		}
		paragraphs = RepeatedBlocks.removeRepeats(paragraphs, log, cancel);
		return new NormalizedText(String.join("\n", paragraphs), fields, log.entries());
	}

	private static String unifyLineEndings(String raw, ChangeLog log) {
		if (raw.indexOf('\r') < 0 && raw.indexOf('\u2028') < 0 && raw.indexOf('\u2029') < 0) {
			return raw;
		}
		log.record("line-endings", null);
		return raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
	}
}
