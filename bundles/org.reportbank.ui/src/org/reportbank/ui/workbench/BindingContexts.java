package org.reportbank.ui.workbench;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.services.EContextService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;

/**
 * The binding contexts of the views' one-key commands (1–9, n, p, Enter, Delete, …), defined in
 * the ui fragment below "In Windows". A view activates its context only while its text has the
 * focus, so that typing into a field of the same view (a curation's year, a filter) is never taken
 * for a command.
 */
public final class BindingContexts {

	/** The report text of the editor: label keys, n / p, Enter, Delete, Alt+arrows, Esc. */
	public static final String ANNOTATING = "org.reportbank.ui.context.annotating";

	/** The curation text, versions and list: 1–9, d, e, a, n / p, Delete. */
	public static final String CURATING = "org.reportbank.ui.context.curating";

	/** Activates the binding context in the part's context whenever the control has the focus. */
	public static void activeWhileFocused(Control control, IEclipseContext partContext, String contextId) {
		EContextService contexts = partContext.get(EContextService.class);
		control.addListener(SWT.FocusIn, e -> contexts.activateContext(contextId));
		control.addListener(SWT.FocusOut, e -> contexts.deactivateContext(contextId));
		if (control.isFocusControl()) {
			contexts.activateContext(contextId);
		}
	}

	private BindingContexts() {
	}
}
