package org.reportbank.ui.annotation;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.reportbank.ui.CorpusEvents;

/**
 * View > Zoom In / Zoom Out / Actual Size (Ctrl+=, Ctrl+-, Ctrl+0): the report text one point
 * larger or smaller, or back to the system's size; remembered for the next start.
 */
public class ZoomHandler {

	/** The command parameter: 1, -1, or 0 for the system's size. */
	public static final String STEPS = "org.reportbank.ui.command.zoom.steps";

	@CanExecute
	boolean canExecute(@Optional AnnotationEditor editor) {
		return editor != null && !editor.text().isDisposed();
	}

	@Execute
	void execute(AnnotationEditor editor, @Optional @Named(STEPS) String steps, IEventBroker events) {
		editor.zoom(steps == null ? 0 : Integer.parseInt(steps));
		events.post(CorpusEvents.STATUS, "Text size " + editor.fontHeight() + " pt");
	}
}
