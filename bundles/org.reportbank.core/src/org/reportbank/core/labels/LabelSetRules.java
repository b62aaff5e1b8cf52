package org.reportbank.core.labels;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.reportbank.core.text.Untrusted;
import org.reportbank.core.text.XmlChars;
import org.reportbank.model.Label;
import org.reportbank.model.LabelSet;

/**
 * What a label set must satisfy before it is saved with a corpus: names present, unique (spans
 * refer to labels by name) and one word, colors #RRGGBB, shortcut keys single, unique, and not one
 * of the editor's own keys.
 */
public final class LabelSetRules {

	/** Keys the report editor uses itself: next, previous, reject. */
	public static final String EDITOR_KEYS = "npx";
	private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
	/** Longest label name: it is shown in the palette and in every span table. */
	public static final int MAX_NAME_LENGTH = 40;

	private LabelSetRules() {
	}

	/**
	 * Why the name cannot name a label, or null when it can: it must be one word of visible
	 * characters, since the exports write it as a column of CoNLL and BIO files and as a brat type,
	 * where a blank would split it.
	 */
	public static String nameProblem(String name) {
		if (name == null || name.isBlank()) {
			return "a label has no name";
		}
		if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
			return "a label name has at most " + MAX_NAME_LENGTH + " characters";
		}
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
				return "a label name is one word, without blanks or control characters";
			}
		}
		if (XmlChars.firstInvalid(name) >= 0) {
			return "a label name cannot hold " + XmlChars.problem(name);
		}
		return null;
	}

	/** Why the color cannot be a label's, or null when it is written #RRGGBB. */
	public static String colorProblem(String color) {
		return color != null && COLOR.matcher(color).matches() ? null
				: "the color must be written #RRGGBB, not \"" + color + "\"";
	}

	/** Why the key cannot be a label's shortcut (taken or not), or null when it can; none (null or empty) can. */
	public static String keyProblem(String key) {
		if (key == null || key.isEmpty()) {
			return null;
		}
		if (key.length() != 1 || Character.isWhitespace(key.charAt(0)) || Character.isISOControl(key.charAt(0))) {
			return "a shortcut is one key, not \"" + key + "\"";
		}
		if (EDITOR_KEYS.indexOf(Character.toLowerCase(key.charAt(0))) >= 0) {
			return "\"" + key + "\" is the editor's own key (n next, p previous, x reject)";
		}
		return null;
	}

	/**
	 * Why a span (of an imported file) cannot carry the label, or null when the label set has it:
	 * {@code unknown label "X" (the corpus has: A, B, …)}. A span without a label is not checked.
	 */
	public static String unknownLabelProblem(String label, LabelSet labels) {
		if (label == null) {
			return null;
		}
		List<String> names = new ArrayList<>();
		if (labels != null) {
			for (Label known : labels.getLabels()) {
				if (label.equals(known.getName())) {
					return null;
				}
				names.add(known.getName());
			}
		}
		return "unknown label " + Untrusted.quote(label) + " (the corpus has: "
				+ (names.isEmpty() ? "no labels" : String.join(", ", names)) + ")";
	}

	/** The first problem of the label set, or null when it can be saved. */
	public static String problem(LabelSet labels) {
		Set<String> names = new HashSet<>();
		Set<String> keys = new HashSet<>();
		for (Label label : labels.getLabels()) {
			String name = label.getName();
			if (name == null || name.isBlank()) {
				return "a label has no name";
			}
			String nameProblem = nameProblem(name);
			if (nameProblem != null) {
				return name + ": " + nameProblem;
			}
			if (!names.add(name)) {
				return "two labels are named " + name;
			}
			String colorProblem = colorProblem(label.getColor());
			if (colorProblem != null) {
				return name + ": " + colorProblem;
			}
			String key = label.getShortcut();
			if (key == null || key.isEmpty()) {
				continue;
			}
			String keyProblem = keyProblem(key);
			if (keyProblem != null) {
				return name + ": " + keyProblem;
			}
			if (!keys.add(key.toLowerCase(Locale.ROOT))) {
				return name + ": the key \"" + key + "\" is taken by another label";
			}
		}
		return null;
	}
}
