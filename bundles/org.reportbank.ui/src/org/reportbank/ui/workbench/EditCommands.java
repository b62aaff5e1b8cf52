package org.reportbank.ui.workbench;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;

/**
 * The command stack of the active view, as Undo and Redo find it: each editing view puts the stack
 * of what it edits into its own context (the report editor and the views beside it, which edit the
 * same report, the editor's; curation its own), so one Undo / Redo pair serves them all.
 */
public final class EditCommands {

	/** Makes the part's Undo and Redo act on these edits (null: the part edits nothing now). */
	public static void share(MPart part, CommandStack commands) {
		if (part != null && part.getContext() != null) {
			part.getContext().set(CommandStack.class, commands);
		}
	}

	/** A menu item's label for undoing or redoing the command: "&Undo Accept METRIC 7个". */
	static String menuLabel(String action, Command command) {
		if (command == null) {
			return "&" + action;
		}
		String what = command.getDescription() != null ? command.getDescription() : command.getLabel();
		return "&" + action + (what == null || what.isBlank() ? "" : " " + what.replace("&", "&&"));
	}

	private EditCommands() {
	}
}
