package org.reportbank.ui.annotation;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledItem;

/**
 * View > Show Rejected Suggestions (Ctrl+Shift+R): the suggestions the person turned down stay
 * on the text, struck through in their label's color, so a rejection can be seen and reconsidered.
 */
public class ShowRejectedHandler {

	@CanExecute
	boolean canExecute(@Optional AnnotationEditor editor, @Optional MHandledItem item) {
		if (item != null && editor != null) {
			item.setSelected(editor.showsRejected()); // the check mark follows the editor, however it was toggled
		}
		return editor != null && !editor.text().isDisposed();
	}

	@Execute
	void execute(AnnotationEditor editor, @Optional MHandledItem item) {
		editor.showRejected(!editor.showsRejected());
		if (item != null) {
			item.setSelected(editor.showsRejected());
		}
	}
}
