package org.reportbank.ui.team;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.reportbank.core.store.CorpusFile;
import org.reportbank.sync.MergeConflict;
import org.reportbank.sync.MergeConflict.Take;

/**
 * What this clone and the remote both changed two ways, each with both versions side by side: the
 * person keeps theirs or takes the remote's, row by row (several rows at once when selected), and
 * Synchronize runs the sync again with those choices. Nothing is written before that.
 */
public final class ChooseVersionsDialog extends TeamDialog {

	/** The dialog's title, as tests and the user guide name it. */
	public static final String TITLE = "Choose Versions";
	static final String KEEP_MINE = "Keep &Mine";
	static final String TAKE_THEIRS = "Take &Theirs";

	private final List<MergeConflict> conflicts;
	private final Function<String, String> reportTitles;
	private final Map<String, Take> choices = new HashMap<>();
	private Table table;

	/** {@code reportTitles} gives a report's title by its id, for the Report column. */
	public ChooseVersionsDialog(Shell parent, List<MergeConflict> conflicts, Function<String, String> reportTitles) {
		super(parent, TITLE);
		this.conflicts = List.copyOf(conflicts);
		this.reportTitles = reportTitles;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite body = body(parent,
				"Both you and the remote changed " + conflicts.size() + (conflicts.size() == 1 ? " thing" : " things"),
				"Nothing was overwritten and your work is committed here. Choose a version for each row, then synchronize.", 2);
		table = new Table(body, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 1, 2);
		tableData.heightHint = 220;
		tableData.widthHint = 900;
		table.setLayoutData(tableData);
		for (String[] column : new String[][] { { "Keep", "70" }, { "Report", "230" }, { "In", "110" }, { "What", "190" },
				{ "Yours", "150" }, { "On the remote", "150" } }) {
			TableColumn c = new TableColumn(table, SWT.LEFT);
			c.setText(column[0]);
			c.setWidth(Integer.parseInt(column[1]));
		}
		for (MergeConflict conflict : conflicts) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setData(conflict);
			CorpusFile file = CorpusFile.at(conflict.path()).orElse(null);
			String report = file == null || file.reportId() == null ? "" : reportTitles.apply(file.reportId());
			String in = file == null ? conflict.path() : switch (file.kind()) {
			case INDEX -> "label set, settings";
			case REPORT -> "document fields";
			case LAYER -> file.layerId() + " layer";
			};
			item.setText(new String[] { "choose", report, in, conflict.what(), conflict.mine(), conflict.theirs() });
		}
		table.setSelection(0);
		chooser(body, KEEP_MINE, Take.MINE);
		chooser(body, TAKE_THEIRS, Take.THEIRS);
		return body.getParent();
	}

	/** A button that decides the selected rows (all rows when none is selected). */
	private void chooser(Composite parent, String text, Take take) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		button.addListener(SWT.Selection, e -> choose(take));
	}

	/** Decides the selected rows (all rows when none is selected), and moves on to the next undecided one. */
	void choose(Take take) {
		TableItem[] rows = table.getSelectionCount() == 0 ? table.getItems() : table.getSelection();
		for (TableItem row : rows) {
			choices.put(((MergeConflict) row.getData()).key(), take);
			row.setText(0, take == Take.MINE ? "mine" : "theirs");
		}
		for (int i = 0; i < table.getItemCount(); i++) {
			if (!choices.containsKey(((MergeConflict) table.getItem(i).getData()).key())) {
				table.setSelection(i);
				break;
			}
		}
		updateButtons();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Synchronize", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		updateButtons();
	}

	private void updateButtons() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(choices.size() == conflicts.size());
		}
	}

	/** The version chosen for each conflict, by its key (complete once the dialog returned OK). */
	public Map<String, Take> choices() {
		return Map.copyOf(choices);
	}
}
