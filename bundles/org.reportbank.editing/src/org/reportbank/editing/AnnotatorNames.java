package org.reportbank.editing;

/**
 * What an annotator may be called. The name is the id of their layer and names its file, so it
 * must not be one of the layers that are nobody's (the pre-annotation, gold) nor the layer
 * selection word "accepted", whatever its case.
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
			if (name.equalsIgnoreCase(reserved)) {
				return "\"" + name + "\" is reserved for a layer that is nobody's.";
			}
		}
		return name.length() > MAX_LENGTH ? "A name of at most " + MAX_LENGTH + " characters." : null;
	}
}
