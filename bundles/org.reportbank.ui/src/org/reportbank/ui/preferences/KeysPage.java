package org.reportbank.ui.preferences;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.jface.bindings.keys.SWTKeySupport;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.reportbank.ui.workbench.KeyNames;
import org.reportbank.ui.workbench.UserKeys;

/**
 * Preferences > Keys: every key binding of the application model (window keys, the report text's,
 * curation's, the label keys), and a new key for the selected one, pressed rather than typed.
 * Saved per user ({@link UserKeys}); a key already taken in the same place is refused.
 */
public class KeysPage extends PreferencePage {

	private final MApplication application;
	private final Map<MKeyBinding, String> changed = new LinkedHashMap<>();
	private final List<Row> rows = new ArrayList<>();
	private Table table;
	private Text press;
	private KeySequence pressed;

	/** A binding with the table (and so the context) it belongs to. */
	private record Row(MBindingTable table, MKeyBinding binding) {
	}

	public KeysPage(MApplication application) {
		super("Keys");
		this.application = application;
		setDescription("Select a command, press its new key, then Bind. Keys are yours: others keep theirs.");
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(3, false));
		table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData size = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
		size.heightHint = 320;
		size.widthHint = 560;
		table.setLayoutData(size);
		for (String title : new String[] { "Command", "Key", "Where" }) {
			new TableColumn(table, SWT.NONE).setText(title);
		}
		for (MBindingTable bindings : application.getBindingTables()) {
			for (MKeyBinding binding : bindings.getBindings()) {
				if (binding.getCommand() != null) {
					rows.add(new Row(bindings, binding));
				}
			}
		}
		fill();
		new Label(area, SWT.NONE).setText("New key:");
		press = new Text(area, SWT.BORDER | SWT.READ_ONLY);
		press.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		press.setMessage("click here and press the key");
		press.addListener(SWT.KeyDown, event -> {
			int accelerator = SWTKeySupport.convertEventToUnmodifiedAccelerator(event);
			KeyStroke stroke = SWTKeySupport.convertAcceleratorToKeyStroke(accelerator);
			if (stroke.isComplete()) {
				pressed = KeySequence.getInstance(stroke);
				press.setText(pressed.format());
			}
			event.doit = false;
		});
		Composite buttons = new Composite(area, SWT.NONE);
		buttons.setLayout(new GridLayout(2, true));
		Button bind = new Button(buttons, SWT.PUSH);
		bind.setText("Bind");
		bind.addListener(SWT.Selection, e -> bindSelected());
		Button restore = new Button(buttons, SWT.PUSH);
		restore.setText("Restore Default");
		restore.addListener(SWT.Selection, e -> restoreSelected());
		return area;
	}

	private void fill() {
		table.removeAll();
		for (Row row : rows) {
			TableItem item = new TableItem(table, SWT.NONE);
			String key = changed.getOrDefault(row.binding(), row.binding().getKeySequence());
			item.setText(new String[] { KeyNames.commandOf(application, row.binding()), KeyNames.readable(key),
					KeyNames.contextOf(row.table()) });
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
	}

	private Row selected() {
		int index = table.getSelectionIndex();
		return index < 0 ? null : rows.get(index);
	}

	/** Takes the pressed key for the selected command, unless another command has it in the same place. */
	public void bindSelected() {
		Row row = selected();
		if (row == null || pressed == null) {
			setErrorMessage(row == null ? "Select a command first." : "Press the new key first.");
			return;
		}
		String sequence = pressed.toString();
		for (Row other : rows) {
			String key = changed.getOrDefault(other.binding(), other.binding().getKeySequence());
			if (other != row && other.table().getBindingContext() == row.table().getBindingContext() && same(key, sequence)) {
				setErrorMessage(pressed.format() + " is already the key of " + KeyNames.commandOf(application, other.binding()));
				return;
			}
		}
		setErrorMessage(null);
		changed.put(row.binding(), sequence);
		int index = table.getSelectionIndex();
		fill();
		table.setSelection(index);
	}

	private void restoreSelected() {
		Row row = selected();
		if (row != null) {
			changed.put(row.binding(), UserKeys.defaultKey(row.binding()));
			int index = table.getSelectionIndex();
			fill();
			table.setSelection(index);
		}
	}

	private static boolean same(String a, String b) {
		try {
			return KeySequence.getInstance(a).equals(KeySequence.getInstance(b));
		} catch (ParseException e) {
			return a.equals(b);
		}
	}

	/** Restore Defaults: every key as shipped (and as the corpus's label set gives the label keys). */
	@Override
	protected void performDefaults() {
		for (Row row : rows) {
			changed.put(row.binding(), UserKeys.defaultKey(row.binding()));
		}
		setErrorMessage(null);
		fill();
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		changed.forEach((binding, key) -> {
			if (key.equals(UserKeys.defaultKey(binding))) {
				UserKeys.reset(binding);
			} else {
				UserKeys.rebind(binding, key);
			}
		});
		changed.clear();
		return true;
	}

	// --- for tests -----------------------------------------------------------------------------

	public Table table() {
		return table;
	}

	/** As if the person had pressed the key in the "New key" field. */
	public void press(KeySequence sequence) {
		pressed = sequence;
		press.setText(sequence.format());
	}
}
