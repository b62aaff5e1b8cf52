package org.reportbank.ui.workbench;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.menu.MItem;
import org.eclipse.emf.common.command.CommandStack;

/** Edit > Redo (Ctrl+Y, Ctrl+Shift+Z): does the last undone edit of the active view again, its menu item naming it. */
public class RedoHandler {

	@CanExecute
	boolean canExecute(@Optional CommandStack commands, @Optional MItem item) {
		boolean can = commands != null && commands.canRedo();
		if (item != null) {
			item.setLabel(EditCommands.menuLabel("Redo", can ? commands.getRedoCommand() : null));
		}
		return can;
	}

	@Execute
	void execute(CommandStack commands) {
		commands.redo();
	}
}
