package org.reportbank.ui.annotation;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.reportbank.ui.PersonalLabels;
import org.reportbank.ui.widgets.Colors;
import org.reportbank.core.labels.LabelColors;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.editing.AnnotationSession;
import org.reportbank.model.Label;
import org.reportbank.model.LabelSet;
import org.reportbank.ui.CorpusEvents;
import org.reportbank.ui.CorpusWrites;
import org.reportbank.ui.workbench.EditCommands;

/**
 * The label set: each label with its color, shortcut key and category; clicking a label tags the
 * selected text with it (or relabels the current span), and its guideline shows below. "Edit
 * labels…" changes colors, keys and guidelines, saved with the corpus.
 */
public class LabelPalettePart {

	@Inject
	private MPart part;

	public static final String ID = "org.reportbank.ui.part.palette";

	@Inject
	@Optional
	private CorpusStore store;

	@Inject
	@Optional
	private AnnotationEditor editor;

	@Inject
	private IEventBroker events;

	private Table table;
	private Text guideline;

	@PostConstruct
	public void create(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		table.setHeaderVisible(true);
		for (String title : new String[] { "Key", "Label", "Kind" }) {
			new TableColumn(table, SWT.NONE).setText(title);
		}
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		guideline = new Text(parent, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 64).applyTo(guideline);
		Button edit = new Button(parent, SWT.PUSH);
		edit.setText("Edit labels…");
		edit.addListener(SWT.Selection, e -> editLabels());
		table.addListener(SWT.Selection, e -> {
			Label label = selected();
			if (label != null) {
				guideline.setText(label.getGuideline() == null ? "" : label.getGuideline());
				apply(label);
			}
		});
		fill();
	}

	@Inject
	@Optional
	void editorOpened(AnnotationEditor opened) {
		editor = opened;
	}

	/** Labels applied here are edits of the editor's report: Undo from this view takes them back. */
	@Inject
	@Optional
	void sessionOpened(AnnotationSession opened) {
		EditCommands.share(part, opened == null ? null : opened.commandStack());
	}

	private void fill() {
		table.removeAll();
		LabelSet labels = PersonalLabels.of(store);
		if (labels == null) {
			return;
		}
		for (Label label : labels.getLabels()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { label.getShortcut() == null ? "" : label.getShortcut(), label.getName(),
					label.getCategory().getLiteral() });
			item.setBackground(1, new Color(Colors.rgb(label.getColor(), LabelColors.ACCEPTED_TINT)));
			item.setData(label);
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
	}

	private Label selected() {
		TableItem[] items = table.getSelection();
		return items.length == 0 ? null : (Label) items[0].getData();
	}

	/** Tags the editor's selection (or relabels its current span) with the label, as its key would. */
	public void apply(Label label) {
		if (editor != null && !editor.text().isDisposed()) {
			editor.applyLabel(label.getName());
			editor.text().setFocus();
		}
	}

	private void editLabels() {
		if (store == null) {
			return;
		}
		LabelSetDialog dialog = new LabelSetDialog(table.getShell(), EcoreUtil.copy(store.corpus().getLabelSet()));
		if (dialog.open() != Window.OK) {
			return;
		}
		String problem = CorpusWrites.andWait("Save the label set", store, table.getDisplay(), monitor -> {
			try (CorpusStore.WriteSession session = store.beginWrite("edit the label set")) {
				session.corpus().setLabelSet(dialog.labels());
				session.commit();
			}
			return () -> events.post(CorpusEvents.LABELS_CHANGED, store.directory().toString());
		});
		if (problem != null) {
			MessageDialog.openError(table.getShell(), "Labels not saved", problem);
		}
	}

	@Inject
	@Optional
	void labelsChanged(@UIEventTopic(CorpusEvents.LABELS_CHANGED) Object folder) {
		if (table != null && !table.isDisposed()) {
			fill();
		}
	}

	public Table table() {
		return table;
	}
}
