package org.reportbank.ui.annotation;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/**
 * Commands that need the annotator's edits on disk first (Mark Done, Curate, Pre-annotate) save
 * the report editor through the part service, as File > Save does, without reaching into the part.
 */
public final class UnsavedAnnotations {

	/** True when the report editor has nothing unsaved (any more); when it could not save, it has told the person why. */
	public static boolean save(EPartService parts) {
		MPart editor = parts.findPart(ReportPart.ID);
		if (editor != null && editor.isDirty()) {
			parts.savePart(editor, false);
		}
		return editor == null || !editor.isDirty();
	}

	private UnsavedAnnotations() {
	}
}
