package org.reportbank.ui.preferences;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.reportbank.ui.AnnotatorIdentity;
import org.reportbank.ui.UserPreferences;

/** Preferences > General: the person's annotator name (the name of their layer) and the autosave delay. */
public class GeneralPage extends PreferencePage {

	private Text annotator;
	private Spinner autosaveSeconds;

	public GeneralPage() {
		super("General");
		setDescription("Who you are in the corpus, and how soon your edits are saved.");
		noDefaultAndApplyButton();
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(2, false));
		new Label(area, SWT.NONE).setText("Annotator name:");
		annotator = new Text(area, SWT.BORDER);
		annotator.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		String known = AnnotatorIdentity.known();
		annotator.setText(known == null ? "" : known);
		annotator.addModifyListener(e -> check());
		Label note = new Label(area, SWT.WRAP);
		note.setText("Your layer in every report carries this name; a new name is used from the next start.");
		note.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		new Label(area, SWT.NONE).setText("Autosave after (seconds):");
		autosaveSeconds = new Spinner(area, SWT.BORDER);
		autosaveSeconds.setValues(Math.round(UserPreferences.getInt(UserPreferences.AUTOSAVE_DELAY, 3000) / 1000f), 1, 600, 0, 1, 10);
		return area;
	}

	private void check() {
		String problem = annotator.getText().isBlank() ? null : AnnotatorIdentity.validate(annotator.getText().strip());
		setErrorMessage(problem);
		setValid(problem == null);
	}

	@Override
	public boolean performOk() {
		if (annotator != null && !annotator.getText().isBlank()) {
			AnnotatorIdentity.remember(annotator.getText().strip());
		}
		if (autosaveSeconds != null) {
			UserPreferences.putInt(UserPreferences.AUTOSAVE_DELAY, autosaveSeconds.getSelection() * 1000);
		}
		return true;
	}
}
