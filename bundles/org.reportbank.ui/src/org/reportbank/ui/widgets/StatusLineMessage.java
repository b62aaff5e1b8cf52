package org.reportbank.ui.widgets;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.reportbank.ui.CorpusEvents;

/**
 * What the last key or command did, in the window's status line ("Accepted METRIC 7个 — 12 / 157
 * reviewed", "Marked done", "A label key needs selected text or a current span"), so no action is
 * silent. Anything posts a sentence to {@link CorpusEvents#STATUS}.
 */
public class StatusLineMessage {

	private Label message;

	@PostConstruct
	public void create(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginHeight = 2;
		area.setLayout(layout);
		message = new Label(area, SWT.NONE);
		message.setLayoutData(new GridData(640, SWT.DEFAULT));
	}

	@Inject
	@Optional
	void show(@UIEventTopic(CorpusEvents.STATUS) String text) {
		if (message != null && !message.isDisposed()) {
			message.setText(text == null ? "" : text);
			message.setToolTipText(text);
		}
	}

	/** The sentence shown now. */
	public String text() {
		return message.getText();
	}
}
