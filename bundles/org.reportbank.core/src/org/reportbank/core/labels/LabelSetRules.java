package org.reportbank.core.labels;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.reportbank.model.Label;
import org.reportbank.model.LabelSet;

/**
 * What a label set must satisfy before it is saved with a corpus: names present and unique (spans
 * refer to labels by name), colors #RRGGBB, shortcut keys single, unique, and not one of the
 * editor's own keys.
 */
public final class LabelSetRules {

	/** Keys the report editor uses itself: next, previous, reject. */
	public static final String EDITOR_KEYS = "npx";
	private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

	private LabelSetRules() {
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
			if (!names.add(name)) {
				return "two labels are named " + name;
			}
			if (label.getColor() == null || !COLOR.matcher(label.getColor()).matches()) {
				return name + ": the color must be written #RRGGBB, not \"" + label.getColor() + "\"";
			}
			String key = label.getShortcut();
			if (key == null || key.isEmpty()) {
				continue;
			}
			if (key.length() != 1) {
				return name + ": a shortcut is one key, not \"" + key + "\"";
			}
			if (EDITOR_KEYS.indexOf(Character.toLowerCase(key.charAt(0))) >= 0) {
				return name + ": \"" + key + "\" is the editor's own key (n next, p previous, x reject)";
			}
			if (!keys.add(key.toLowerCase(Locale.ROOT))) {
				return name + ": the key \"" + key + "\" is taken by another label";
			}
		}
		return null;
	}
}
