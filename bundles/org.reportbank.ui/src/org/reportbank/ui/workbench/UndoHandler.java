package org.reportbank.ui.workbench;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.menu.MItem;
import org.eclipse.emf.common.command.CommandStack;

/**
 * Edit > Undo (Ctrl+Z): takes back the last edit on the active view's command stack (see
 * {@link EditCommands}), its menu item naming the edit, as EMF.Edit's UndoAction does.
 */
public class UndoHandler {

	@CanExecute
	boolean canExecute(@Optional CommandStack commands, @Optional MItem item) {
		boolean can = commands != null && commands.canUndo();
		if (item != null) {
			item.setLabel(EditCommands.menuLabel("Undo", can ? commands.getUndoCommand() : null));
		}
		return can;
	}

	@Execute
	void execute(CommandStack commands) {
		commands.undo();
	}
}
