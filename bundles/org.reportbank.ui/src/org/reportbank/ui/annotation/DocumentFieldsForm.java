package org.reportbank.ui.annotation;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.reportbank.core.fields.DocumentFields;
import org.reportbank.editing.AnnotationSession;
import org.reportbank.ui.presenters.DocumentFieldRows;
import org.reportbank.ui.presenters.FieldSources;

/**
 * The report's document fields as suggestions in the Properties view, while no span is current:
 * each field's value (the report's, or the annotator's once decided) in a box, Accept beside it,
 * and a line saying whether it is decided and where the import read it. Enter in a box applies
 * what it holds (the report's value as it stands: accepted; anything else: a correction), as does
 * leaving a box one typed in. Each decision is one undoable edit of the annotator's own layer.
 */
final class DocumentFieldsForm {

	private final Group group;
	private final Map<String, Text> boxes = new LinkedHashMap<>();
	private final Map<String, Button> accepts = new LinkedHashMap<>();
	private final Map<String, Label> states = new LinkedHashMap<>();
	/** Boxes typed in since they were filled: left as typed when the form is filled again. */
	private final Set<Text> typedIn = new HashSet<>();
	private final Consumer<String> problems;
	private AnnotationSession session;
	private boolean filling;

	/** The form in the parent (a two-column grid); a refused value is told to {@code problems} ("" clears it). */
	DocumentFieldsForm(Composite parent, Consumer<String> problems) {
		this.problems = problems;
		group = new Group(parent, SWT.NONE);
		group.setText("Document fields");
		group.setLayout(new org.eclipse.swt.layout.GridLayout(3, false));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(group);
		for (String field : DocumentFields.NAMES) {
			new Label(group, SWT.NONE).setText(DocumentFieldRows.caption(field));
			Text box = new Text(group, SWT.BORDER);
			GridDataFactory.fillDefaults().grab(true, false).hint(80, SWT.DEFAULT).applyTo(box);
			Button accept = new Button(group, SWT.PUSH);
			accept.setText("Accept");
			Label state = new Label(group, SWT.WRAP);
			state.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(state);
			box.addListener(SWT.Modify, e -> {
				if (!filling) {
					typedIn.add(box);
				}
			});
			box.addListener(SWT.DefaultSelection, e -> decide(field, box));
			box.addListener(SWT.FocusOut, e -> {
				if (typedIn.contains(box)) {
					decide(field, box);
				}
			});
			accept.addListener(SWT.Selection, e -> {
				if (session != null) {
					typedIn.remove(box);
					problems.accept("");
					session.acceptField(field);
				}
			});
			boxes.put(field, box);
			accepts.put(field, accept);
			states.put(field, state);
		}
	}

	/** Shows the session's document fields, or hides the form (null: a span is current, or no report is open). */
	void show(AnnotationSession shown) {
		if (shown != session) {
			typedIn.clear();
		}
		session = shown;
		group.setVisible(shown != null);
		((org.eclipse.swt.layout.GridData) group.getLayoutData()).exclude = shown == null;
		if (shown == null) {
			return;
		}
		filling = true;
		try {
			for (DocumentFieldRows.Row row : DocumentFieldRows.of(shown)) {
				Text box = boxes.get(row.field());
				if (!typedIn.contains(box) && !box.getText().equals(row.value())) {
					box.setText(row.value());
				}
				box.setToolTipText(FieldSources.describe(shown.report(), row.field()));
				accepts.get(row.field()).setEnabled(row.acceptable());
				states.get(row.field()).setText(row.state());
			}
		} finally {
			filling = false;
		}
	}

	private void decide(String field, Text box) {
		if (session == null) {
			return;
		}
		typedIn.remove(box);
		try {
			session.decideField(field, box.getText());
			problems.accept("");
		} catch (IllegalArgumentException refused) {
			problems.accept(DocumentFieldRows.caption(field) + ": " + refused.getMessage() + "; not changed");
			show(session); // the box shows the value that stands
		}
	}

	/** The box of a document field, for tests. */
	Text box(String field) {
		return boxes.get(field);
	}

	Button accept(String field) {
		return accepts.get(field);
	}

	/** The lines under the boxes, in field order, for tests. */
	List<String> states() {
		return states.values().stream().map(Label::getText).toList();
	}
}
