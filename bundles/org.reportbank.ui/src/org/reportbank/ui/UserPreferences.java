package org.reportbank.ui;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * What the workbench remembers for the person between starts, in the workspace's preferences
 * (per user): the editor's font size, the last report open in each corpus, the export choices.
 * Written at once, so a crash forgets nothing said before it.
 */
public final class UserPreferences {

	static final String NODE = "org.reportbank.ui";

	private UserPreferences() {
	}

	/** The preference of the autosave delay, in milliseconds. */
	public static final String AUTOSAVE_DELAY = "autosave.millis";

	/**
	 * Milliseconds from the last edit to its autosave: the system property
	 * {@code reportbank.autosave.millis} (tests), else the person's preference, else three seconds.
	 */
	public static int autosaveMillis() {
		Integer forced = Integer.getInteger("reportbank.autosave.millis");
		return forced != null ? forced : Math.max(500, getInt(AUTOSAVE_DELAY, 3000));
	}

	/** Under which key the report last open in a corpus folder is remembered (one per corpus). */
	public static String lastReportKey(java.nio.file.Path corpus) {
		return "lastReport." + Integer.toHexString(corpus.toString().hashCode());
	}

	public static String get(String key, String fallback) {
		return node().get(key, fallback);
	}

	public static int getInt(String key, int fallback) {
		return node().getInt(key, fallback);
	}

	public static void put(String key, String value) {
		IEclipsePreferences node = node();
		if (value == null) {
			node.remove(key);
		} else {
			node.put(key, value);
		}
		flush(node);
	}

	public static void putInt(String key, int value) {
		IEclipsePreferences node = node();
		node.putInt(key, value);
		flush(node);
	}

	static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}

	private static void flush(IEclipsePreferences node) {
		try {
			node.flush();
		} catch (BackingStoreException e) {
			// kept for this run; only the next start would not remember it
		}
	}
}
