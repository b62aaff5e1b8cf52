package org.reportbank.ui.workbench;

import org.reportbank.ui.annotation.AnnotationEditor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.reportbank.model.Label;
import org.reportbank.model.LabelSet;

/**
 * Every key of the workbench on one sheet: the commands with the keys the application model
 * binds them to (so a rebinding shows here too), the editor's own keys, and the label keys of the
 * corpus's label set.
 */
public final class ShortcutSheet extends Dialog {

	private final MApplication application;
	private final LabelSet labels;
	private Table table;

	public ShortcutSheet(Shell parent, MApplication application, LabelSet labels) {
		super(parent);
		this.application = application;
		this.labels = labels;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Keyboard Shortcuts");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData size = new GridData(SWT.FILL, SWT.FILL, true, true);
		size.heightHint = 460;
		size.widthHint = 640;
		table.setLayoutData(size);
		for (String title : new String[] { "Key", "What it does" }) {
			new TableColumn(table, SWT.NONE).setText(title);
		}
		Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT);
		for (String[] row : rows()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(row);
			if (row[1].isEmpty()) {
				item.setFont(bold); // a heading: where the keys below work
			}
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	/** Key and what it does: the label keys and the editor's keys (in the report text), then every bound command. */
	List<String[]> rows() {
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { "In the report text", "" });
		if (labels != null) {
			for (Label label : labels.getLabels()) {
				if (label.getShortcut() != null && !label.getShortcut().isBlank()) {
					rows.add(new String[] { label.getShortcut(), "label " + label.getName() });
				}
			}
		}
		rows.addAll(AnnotationEditor.KEYS);
		rows.add(new String[] { "Anywhere", "" });
		for (MBindingTable bindings : application.getBindingTables()) {
			for (MKeyBinding binding : bindings.getBindings()) {
				if (binding.getCommand() != null) {
					rows.add(new String[] { readable(binding.getKeySequence()), nameOf(binding) });
				}
			}
		}
		return rows;
	}

	/**
	 * What the binding does in the words of its menu item ("Zoom In", "Pre-annotate Report"): a
	 * command with parameters is several items; the command's own name when no item has it.
	 */
	private String nameOf(MKeyBinding binding) {
		Map<String, String> wanted = new HashMap<>();
		binding.getParameters().forEach(p -> wanted.put(p.getName(), p.getValue()));
		for (MWindow window : application.getChildren()) {
			String label = window.getMainMenu() == null ? null : menuLabel(window.getMainMenu(), binding, wanted);
			if (label != null) {
				return label;
			}
		}
		return binding.getCommand().getCommandName();
	}

	private static String menuLabel(MMenu menu, MKeyBinding binding, Map<String, String> wanted) {
		for (MMenuElement child : menu.getChildren()) {
			if (child instanceof MMenu sub) {
				String label = menuLabel(sub, binding, wanted);
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

	/** "M1+S" as the platform writes it ("Ctrl+S"). */
	private static String readable(String sequence) {
		try {
			return KeySequence.getInstance(sequence).format();
		} catch (ParseException e) {
			return sequence;
		}
	}

	/** The rows shown, for tests. */
	public Table table() {
		return table;
	}
}
