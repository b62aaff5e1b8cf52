package org.reportbank.ui.workbench;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

/**
 * A model processor (run after the fragments are merged): puts the Reportbank perspective, which
 * the ui fragment contributes as a snippet, into the first window's perspective stack when it is
 * not there yet, and shows it when the stack shows nothing else. So the product's window, which
 * holds only an empty stack, and another e4 application both get the perspective; a layout the
 * person changed (kept in the persisted model) is left as it is.
 */
public class ReportbankPerspective {

	public static final String ID = "org.reportbank.ui.perspective";

	@Execute
	void addToWindow(MApplication application, EModelService models) {
		for (MWindow window : application.getChildren()) {
			List<MPerspectiveStack> stacks = models.findElements(window, null, MPerspectiveStack.class);
			if (stacks.isEmpty()) {
				continue;
			}
			MPerspectiveStack stack = stacks.get(0);
			if (stack.getChildren().stream().noneMatch(p -> ID.equals(p.getElementId()))) {
				MUIElement clone = models.cloneSnippet(application, ID, window);
				if (clone instanceof MPerspective perspective) {
					stack.getChildren().add(perspective);
					if (stack.getSelectedElement() == null) {
						stack.setSelectedElement(perspective);
					}
				}
			}
			return;
		}
	}
}
