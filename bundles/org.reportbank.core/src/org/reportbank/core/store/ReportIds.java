package org.reportbank.core.store;

import java.util.HexFormat;
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

	/** The 64-bit number a valid id's 16 hex digits stand for: a compact key, 8 bytes where the string takes 56. */
	public static long number(String id) {
		return Long.parseUnsignedLong(requireValid(id), 16);
	}

	/** The id a number stands for: its 16 lower-case hex digits. Ids compare as their numbers do unsigned. */
	public static String of(long number) {
		return HexFormat.of().toHexDigits(number);
	}

	/** Why {@code id} cannot be a report id, or null when it can. */
	public static String problem(String id) {
		if (isValid(id)) {
			return null;
		}
		return "report id " + Untrusted.quote(id) + " is not a Reportbank id (16 hex digits 0-9a-f, as the import makes them)";
	}

	/** The id itself when it is valid; an {@link IllegalArgumentException} saying why otherwise (a caller's mistake, not the input's). */
	static String requireValid(String id) {
		String problem = problem(id);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
		return id;
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
