package org.reportbank.ui.preferences;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.model.Label;
import org.reportbank.model.LabelSet;
import org.reportbank.ui.CorpusEvents;
import org.reportbank.ui.PersonalLabels;
import org.reportbank.ui.widgets.Colors;

/**
 * Preferences > Colours: a colour of your own for any label, over the team's colour in the corpus
 * (which the label set dialog changes for everyone).
 */
public class ColorsPage extends PreferencePage {

	private final MApplication application;
	private final Map<String, String> chosen = new LinkedHashMap<>();
	private LabelSet team;
	private Table table;

	public ColorsPage(MApplication application) {
		super("Colours");
		this.application = application;
		setDescription("Your own colour for a label; the team's colours stay as they are for everyone else.");
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(2, false));
		CorpusStore store = application.getContext().get(CorpusStore.class);
		team = store == null ? null : store.corpus().getLabelSet();
		table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		GridData size = new GridData(SWT.FILL, SWT.FILL, true, true, 1, 2);
		size.heightHint = 260;
		table.setLayoutData(size);
		for (String title : new String[] { "Label", "Colour", "Whose" }) {
			new TableColumn(table, SWT.NONE).setText(title);
		}
		if (team != null) {
			for (Label label : team.getLabels()) {
				chosen.put(label.getName(), PersonalLabels.colorOf(label.getName()));
			}
		}
		fill();
		Button change = new Button(area, SWT.PUSH);
		change.setText("Change…");
		change.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		change.addListener(SWT.Selection, e -> change());
		Button reset = new Button(area, SWT.PUSH);
		reset.setText("Use the Team's");
		reset.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		reset.addListener(SWT.Selection, e -> choose(null));
		return area;
	}

	private void fill() {
		int selected = table.getSelectionIndex();
		table.removeAll();
		if (team == null) {
			return;
		}
		for (Label label : team.getLabels()) {
			String own = chosen.get(label.getName());
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { label.getName(), own != null ? own : label.getColor(), own != null ? "yours" : "team" });
			RGB rgb = Colors.rgb(own != null ? own : label.getColor(), 0);
			item.setBackground(1, new Color(rgb));
			// the colour's name stays readable on a dark colour
			boolean dark = 0.299 * rgb.red + 0.587 * rgb.green + 0.114 * rgb.blue < 128;
			item.setForeground(1, table.getDisplay().getSystemColor(dark ? SWT.COLOR_WHITE : SWT.COLOR_BLACK));
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		table.setSelection(selected);
	}

	private void change() {
		int index = table.getSelectionIndex();
		if (index < 0) {
			return;
		}
		ColorDialog dialog = new ColorDialog(getShell());
		dialog.setRGB(table.getItem(index).getBackground(1).getRGB());
		RGB rgb = dialog.open();
		if (rgb != null) {
			choose(String.format("#%02X%02X%02X", rgb.red, rgb.green, rgb.blue));
		}
	}

	/** Gives the selected label the colour (null: the team's again). */
	public void choose(String color) {
		int index = table.getSelectionIndex();
		if (index >= 0) {
			chosen.put(team.getLabels().get(index).getName(), color);
			fill();
		}
	}

	/** Restore Defaults: the team's colours for every label. */
	@Override
	protected void performDefaults() {
		chosen.replaceAll((label, color) -> null);
		fill();
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		if (team == null) {
			return true;
		}
		chosen.forEach(PersonalLabels::setColor);
		application.getContext().get(IEventBroker.class).post(CorpusEvents.LABELS_CHANGED, "colours");
		return true;
	}

	public Table table() {
		return table;
	}
}
