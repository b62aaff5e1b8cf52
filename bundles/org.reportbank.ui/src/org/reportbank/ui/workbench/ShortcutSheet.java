package org.reportbank.ui.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
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

/**
 * Every key of the workbench on one sheet: the commands with the keys the application model
 * binds them to (so a rebinding shows here too), the editor's own keys, and the label keys of the
 * corpus's label set.
 */
public final class ShortcutSheet extends Dialog {

	private final MApplication application;
	private Table table;

	public ShortcutSheet(Shell parent, MApplication application) {
		super(parent);
		this.application = application;
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

	/**
	 * Key and what it does, grouped by where the keys work (the report text, curation, anywhere):
	 * every binding of the application model, the label keys and any key the person rebound included.
	 */
	List<String[]> rows() {
		Map<String, List<String[]>> byPlace = new LinkedHashMap<>();
		for (MBindingTable bindings : application.getBindingTables()) {
			for (MKeyBinding binding : bindings.getBindings()) {
				if (binding.getCommand() != null) {
					byPlace.computeIfAbsent(KeyNames.contextOf(bindings), k -> new ArrayList<>())
							.add(new String[] { KeyNames.readable(binding.getKeySequence()), KeyNames.commandOf(application, binding) });
				}
			}
		}
		// the views' own keys first (what an annotator presses most), the window-wide ones last
		List<String[]> anywhere = byPlace.remove(KeyNames.ANYWHERE);
		if (anywhere != null) {
			byPlace.put(KeyNames.ANYWHERE, anywhere);
		}
		List<String[]> rows = new ArrayList<>();
		byPlace.forEach((place, keys) -> {
			rows.add(new String[] { place, "" });
			rows.addAll(keys);
		});
		rows.add(new String[] { "With the mouse", "" });
		rows.add(new String[] { "Selection in the report text", "snaps to words; hold Alt for exact characters" });
		return rows;
	}

	/** The rows shown, for tests. */
	public Table table() {
		return table;
	}
}
