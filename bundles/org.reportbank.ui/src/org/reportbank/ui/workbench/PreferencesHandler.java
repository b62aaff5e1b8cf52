package org.reportbank.ui.workbench;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.preference.PreferenceNode;
import org.eclipse.swt.widgets.Shell;
import org.reportbank.ui.preferences.ColorsPage;
import org.reportbank.ui.preferences.GeneralPage;
import org.reportbank.ui.preferences.KeysPage;

/** Edit > Preferences… (Ctrl+,): the person's own settings, kept in their user preferences. */
public class PreferencesHandler {

	@Execute
	void execute(Shell shell, MApplication application) {
		PreferenceManager pages = new PreferenceManager();
		pages.addToRoot(new PreferenceNode("general", new GeneralPage()));
		pages.addToRoot(new PreferenceNode("colors", new ColorsPage(application)));
		pages.addToRoot(new PreferenceNode("keys", new KeysPage(application)));
		PreferenceDialog dialog = new PreferenceDialog(shell, pages);
		dialog.open();
	}
}
