package org.reportbank.ui;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.reportbank.core.store.AnnotatorNames;

/**
 * Who is annotating. Every human span carries this name and lands in the layer of the same id.
 * Chosen once, at the first start, and kept as a preference of the workspace; the system property
 * {@code -Dreportbank.annotator=NAME} overrides it (tests, shared machines).
 */
public final class AnnotatorIdentity {

	/** The key under which the application context holds the annotator's name (a String). */
	public static final String CONTEXT_KEY = "reportbank.annotator";
	public static final String PROPERTY = "reportbank.annotator";
	private static final String PREFERENCE = "annotator";

	private AnnotatorIdentity() {
	}

	/** The name from the system property or the preference, or null when none was chosen yet. */
	public static String known() {
		String name = System.getProperty(PROPERTY);
		if (name != null && validate(name) == null) {
			return name.strip();
		}
		String saved = UserPreferences.get(PREFERENCE, null);
		return saved == null || validate(saved) != null ? null : saved.strip();
	}

	/** The known name, or asks for one (suggesting the login name) and remembers it. */
	public static String knownOrAsk(Display display) {
		String name = known();
		if (name != null) {
			return name;
		}
		Shell shell = new Shell(display);
		try {
			InputDialog dialog = new InputDialog(shell, "Who is annotating?",
					"Your name or initials. Every span you tag, accept or reject is recorded under it, in a layer of your own.",
					System.getProperty("user.name", ""), value -> validate(value));
			String login = System.getProperty("user.name", "");
			name = dialog.open() == IDialogConstants.OK_ID ? dialog.getValue().strip()
					: validate(login) == null ? login.strip() : "annotator";
		} finally {
			shell.dispose();
		}
		remember(name);
		return name;
	}

	/** Why the name cannot be an annotator's, or null (see {@link AnnotatorNames}). */
	public static String validate(String value) {
		return AnnotatorNames.problem(value);
	}

	public static void remember(String name) {
		UserPreferences.put(PREFERENCE, name);
	}

}
