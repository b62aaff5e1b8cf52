package org.reportbank.recommenders;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.reportbank.core.text.Untrusted;

/**
 * A list of strings with their labels, given beside what the team labeled: a UTF-8 file of lines
 * {@code text<TAB>label}. Blank lines and lines starting with {@code #} are skipped. Any other line
 * that is not exactly a text and a known label is refused as {@code FILE:LINE: problem}, and
 * nothing of the file is used.
 */
public final class Gazetteer {

	/** One line: a string and its label. */
	public record Entry(String text, String label) {
	}

	/** A gazetteer is a word list: larger files are surely something else. */
	public static final long MAX_BYTES = 64L * 1024 * 1024;

	private final List<Entry> entries;

	public Gazetteer(List<Entry> entries) {
		this.entries = List.copyOf(entries);
	}

	public List<Entry> entries() {
		return entries;
	}

	/** Reads the file; each label must be one of {@code labels} (the corpus label set). */
	public static Gazetteer read(Path file, Collection<String> labels) throws RecommenderException {
		try {
			if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
				throw new RecommenderException(file + ": not a file");
			}
			if (Files.size(file) > MAX_BYTES) {
				throw new RecommenderException(file + ": larger than " + MAX_BYTES / (1024 * 1024) + " MB; not a gazetteer");
			}
		} catch (IOException e) {
			throw new RecommenderException(file + ": cannot be read: " + e.getMessage(), e);
		}
		List<Entry> entries = new ArrayList<>();
		int number = 0;
		try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
				StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT)))) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				number++;
				if (number == 1 && line.startsWith("\uFEFF")) {
					line = line.substring(1);
				}
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String problem = problem(line, labels);
				if (problem != null) {
					throw new RecommenderException(file + ":" + number + ": " + problem);
				}
				int tab = line.indexOf('\t');
				entries.add(new Entry(line.substring(0, tab), line.substring(tab + 1)));
			}
		} catch (CharacterCodingException e) {
			throw new RecommenderException(file + ":" + (number + 1) + ": not UTF-8 text", e);
		} catch (IOException e) {
			throw new RecommenderException(file + ": cannot be read: " + e.getMessage(), e);
		}
		return new Gazetteer(entries);
	}

	private static String problem(String line, Collection<String> labels) {
		int tab = line.indexOf('\t');
		if (tab < 0) {
			return "no tab between the text and the label (a line is text<TAB>label)";
		}
		if (line.indexOf('\t', tab + 1) >= 0) {
			return "more than one tab (a line is text<TAB>label)";
		}
		String text = line.substring(0, tab);
		String label = line.substring(tab + 1);
		if (text.isBlank()) {
			return "no text before the tab";
		}
		if (!text.equals(text.strip())) {
			return "blanks around the text " + Untrusted.quote(text);
		}
		if (label.isBlank()) {
			return "no label after the tab";
		}
		if (!labels.contains(label)) {
			return "the label set has no label " + Untrusted.quote(label);
		}
		return null;
	}
}
