package org.reportbank.ui.workbench;

import java.util.Collection;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/**
 * File > Save (Ctrl+S), as the platform's SaveHandler: {@link EPartService#savePart} on the active
 * part when it has unsaved edits. The views beside the editor (spans, properties, labels) edit
 * the editor's report but hold nothing of their own to save: from them, and from any other view,
 * Save saves the parts with unsaved edits (the editor, curation). Each part's {@code @Persist}
 * says itself when a save failed.
 */
public class SaveHandler {

	@CanExecute
	boolean canExecute(@Optional EPartService parts) {
		return parts != null && !parts.getDirtyParts().isEmpty();
	}

	@Execute
	void execute(EPartService parts, @Optional @Named(IServiceConstants.ACTIVE_PART) MPart active) {
		if (active != null && active.isDirty()) {
			parts.savePart(active, false);
			return;
		}
		Collection<MPart> dirty = parts.getDirtyParts();
		for (MPart part : dirty) {
			parts.savePart(part, false);
		}
	}
}
