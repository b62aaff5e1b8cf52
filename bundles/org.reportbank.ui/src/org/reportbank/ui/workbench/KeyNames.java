package org.reportbank.ui.workbench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuContribution;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;

/** Keys and commands in words, for the shortcut sheet and Preferences > Keys. */
public final class KeyNames {

	/**
	 * What the binding does in the words of its menu item ("Zoom In", "Next Suggestion"): a command
	 * with parameters is several items; the command's name (and parameters) when no item has it.
	 */
	public static String commandOf(MApplication application, MKeyBinding binding) {
		Map<String, String> wanted = new HashMap<>();
		binding.getParameters().forEach(p -> wanted.put(p.getName(), p.getValue()));
		for (MMenuContribution contribution : application.getMenuContributions()) {
			String label = menuLabel(contribution.getChildren(), binding, wanted);
			if (label != null) {
				return label;
			}
		}
		for (MWindow window : application.getChildren()) {
			String label = window.getMainMenu() == null ? null : menuLabel(window.getMainMenu().getChildren(), binding, wanted);
			if (label != null) {
				return label;
			}
		}
		String name = binding.getCommand().getCommandName();
		return wanted.isEmpty() ? name : name + " " + String.join(" ", wanted.values());
	}

	private static String menuLabel(List<MMenuElement> elements, MKeyBinding binding, Map<String, String> wanted) {
		for (MMenuElement child : elements) {
			if (child instanceof MMenu sub) {
				String label = menuLabel(sub.getChildren(), binding, wanted);
				if (label != null) {
					return label;
				}
			} else if (child instanceof MHandledMenuItem item && item.getCommand() == binding.getCommand()) {
				Map<String, String> given = new HashMap<>();
				item.getParameters().forEach(p -> given.put(p.getName(), p.getValue()));
				if (given.equals(wanted)) {
					return item.getLabel().replace("&", "").replace("…", "");
				}
			}
		}
		return null;
	}

	/** Where the keys of the table work: "In Windows", "In the Report Text", "In Curation". */
	public static String contextOf(MBindingTable table) {
		if (table.getBindingContext() == null) {
			return "";
		}
		String id = table.getBindingContext().getElementId();
		// the platform's window-wide contexts, in an annotator's words
		return "org.eclipse.ui.contexts.dialogAndWindow".equals(id) || "org.eclipse.ui.contexts.window".equals(id) ? ANYWHERE
				: table.getBindingContext().getName();
	}

	/** Where the window-wide keys work. */
	public static final String ANYWHERE = "Anywhere";

	/** "M1+S" as the platform writes it ("Ctrl+S"). */
	public static String readable(String sequence) {
		try {
			return KeySequence.getInstance(sequence).format();
		} catch (ParseException e) {
			return sequence;
		}
	}

	private KeyNames() {
	}
}
