package org.reportbank.core.store;

import java.util.Locale;

import org.reportbank.core.text.XmlChars;

/**
 * What an annotator may be called. The name is the id of their layer and names its file, so it
 * must not be one of the layers that are nobody's (the pre-annotation, gold) nor the layer
 * selection word "accepted", whatever its case; and it is written into XML, so it holds no control
 * characters nor starts with a dot. The same rules hold in the workbench, on the command line and for imported files.
 */
public final class AnnotatorNames {

	private static final String[] RESERVED = { "gold", "accepted", "preannotation" };
	static final int MAX_LENGTH = 64;

	private AnnotatorNames() {
	}

	/** Why the name cannot be an annotator's, or null. */
	public static String problem(String value) {
		if (value == null || value.isBlank()) {
			return "Enter a name.";
		}
		String name = value.strip();
		for (String reserved : RESERVED) {
			if (name.toLowerCase(Locale.ROOT).equals(reserved)) {
				return "\"" + name + "\" is reserved for a layer that is nobody's.";
			}
		}
		if (name.length() > MAX_LENGTH) {
			return "A name of at most " + MAX_LENGTH + " characters.";
		}
		if (XmlChars.firstInvalid(name) >= 0 || name.chars().anyMatch(Character::isISOControl)) {
			return "A name without control characters.";
		}
		if (name.startsWith(".")) {
			return "A name that does not start with a dot (its file would be hidden).";
		}
		return null;
	}

	/** Whether the name is reserved for a layer that is nobody's (gold, the pre-annotation) or a layer selection. */
	public static boolean isReserved(String value) {
		String name = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
		for (String reserved : RESERVED) {
			if (name.equals(reserved)) {
				return true;
			}
		}
		return false;
	}
}
