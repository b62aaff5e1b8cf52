package org.reportbank.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** Finds the controls of a window the way a person reads it: by kind and by what they say. */
final class Widgets {

	private Widgets() {
	}

	/** Every control of the kind inside the root, the root included, in the order they are laid out. */
	static <T extends Control> List<T> all(Control root, Class<T> type) {
		List<T> found = new ArrayList<>();
		collect(root, type, found);
		return found;
	}

	/** The first control of the kind. */
	static <T extends Control> T first(Control root, Class<T> type) {
		return all(root, type).get(0);
	}

	/** The button that says this (with its mnemonic '&'). */
	static Button button(Control root, String text) {
		return all(root, Button.class).stream().filter(b -> text.equals(b.getText())).findFirst()
				.orElseThrow(() -> new AssertionError("no button " + text));
	}

	private static <T extends Control> void collect(Control control, Class<T> type, List<T> into) {
		if (type.isInstance(control)) {
			into.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, into);
			}
		}
	}
}
