package org.reportbank.core.store;

import java.util.regex.Pattern;

import org.reportbank.core.text.Untrusted;

/**
 * What a report id may be: the 16 lower-case hex digits the importer derives from the normalized
 * text. The id names the report's folder, so anything else (a path such as {@code ../../x}, a name
 * given by another tool) is refused before it can reach the file system.
 */
public final class ReportIds {

	private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{16}");

	private ReportIds() {
	}

	public static boolean isValid(String id) {
		return id != null && FORMAT.matcher(id).matches();
	}

	/** Why {@code id} cannot be a report id, or null when it can. */
	public static String problem(String id) {
		if (isValid(id)) {
			return null;
		}
		return "report id " + Untrusted.quote(id) + " is not a Reportbank id (16 hex digits 0-9a-f, as the import makes them)";
	}

	/** The id itself when it is valid; a {@link StoreException} saying why otherwise. */
	public static String require(String id) throws StoreException {
		String problem = problem(id);
		if (problem != null) {
			throw new StoreException(problem);
		}
		return id;
	}
}
