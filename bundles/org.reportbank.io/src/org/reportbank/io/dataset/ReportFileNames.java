package org.reportbank.io.dataset;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The file names of the reports of one export, for the formats that write a file per report
 * (brat's {@code ID.txt} and {@code ID.ann}). A report id becomes a name any file system takes
 * (characters outside {@code A-Z a-z 0-9 . _ -} replaced by {@code _}, no leading dot, no device
 * name such as {@code CON}, at most {@value #MAX_LENGTH} characters), and every report gets a
 * name of its own: two ids that would give the same name, also when they differ only in case
 * (macOS and Windows do not tell {@code A} from {@code a}), are told apart by a suffix
 * {@code -2}, {@code -3}, … in the order the reports come. A report whose file name is not its
 * id is {@link #renamed() reported}, so the dataset card can say which file is which report.
 */
public final class ReportFileNames {

	static final int MAX_LENGTH = 100;

	private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");
	private static final Pattern DEVICE = Pattern.compile("(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

	private final Map<String, String> byId = new HashMap<>();
	private final Set<String> taken = new HashSet<>();
	private final Map<String, String> renamed = new LinkedHashMap<>();

	/** The file name (without extension) of a report: the same for the same id, never the same for two ids. */
	public synchronized String of(String reportId) {
		if (reportId == null || reportId.isEmpty()) {
			throw new IllegalArgumentException("a report without id cannot be written as a file of its own");
		}
		String name = byId.get(reportId);
		if (name != null) {
			return name;
		}
		String base = safe(reportId);
		name = base;
		for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
			name = base + "-" + n;
		}
		byId.put(reportId, name);
		if (!name.equals(reportId)) {
			renamed.put(reportId, name);
		}
		return name;
	}

	/** Report id → file name, for every report whose file name is not its id, in the order they were named. */
	public synchronized Map<String, String> renamed() {
		return Collections.unmodifiableMap(new LinkedHashMap<>(renamed));
	}

	/** The id as a name any file system takes; not yet told apart from the others. */
	static String safe(String id) {
		String name = UNSAFE.matcher(id).replaceAll("_");
		if (name.length() > MAX_LENGTH) {
			name = name.substring(0, MAX_LENGTH);
		}
		if (name.startsWith(".") || DEVICE.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
			name = "_" + name.substring(0, Math.min(name.length(), MAX_LENGTH - 1)); // hidden, or a device on Windows
		}
		return name;
	}
}
