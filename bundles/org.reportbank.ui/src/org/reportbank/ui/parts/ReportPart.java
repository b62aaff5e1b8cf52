package org.reportbank.ui.parts;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.model.Report;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.Section;
import org.reportbank.ui.CorpusEvents;

/**
 * Shows one report: its section outline beside its text, headings set in bold. Selecting a
 * section scrolls the text to it; moving the caret in the text selects the section it is in.
 */
public class ReportPart {

	public static final String ID = "org.reportbank.ui.part.report";

	@Inject
	@Optional
	private CorpusStore store;

	@Inject
	private MPart part;

	private TreeViewer outline;
	private StyledText text;
	private Report report;
	private boolean syncing;

	@PostConstruct
	public void create(Composite parent) {
		parent.setLayout(new FillLayout());
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		outline = new TreeViewer(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		outline.setContentProvider(new SectionTree());
		outline.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				Section s = (Section) element;
				return s.getNumbering().isEmpty() ? "（前言）" : s.getNumbering() + s.getHeading();
			}
		});
		text = new StyledText(sash, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY | SWT.BORDER);
		text.setMargins(12, 8, 12, 8);
		text.setLineSpacing(4);
		sash.setWeights(1, 3);
		outline.addSelectionChangedListener(event -> {
			Section section = (Section) ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (section != null && !syncing) {
				syncing = true;
				text.setSelection(section.getBegin(), section.getHeadingEnd());
				text.setTopIndex(text.getLineAtOffset(section.getBegin()));
				syncing = false;
			}
		});
		text.addCaretListener(event -> {
			if (!syncing && report != null) {
				Section section = innermostAt(report.getSections(), event.caretOffset);
				if (section != null) {
					syncing = true;
					outline.setSelection(new StructuredSelection(section), true);
					syncing = false;
				}
			}
		});
	}

	@Inject
	@Optional
	void show(@Named(IServiceConstants.ACTIVE_SELECTION) ReportEntry entry) {
		if (entry == null || store == null || text == null || text.isDisposed()
				|| (report != null && report.getId().equals(entry.getId()))) {
			return;
		}
		try {
			show(store.loadReport(entry.getId()));
		} catch (StoreException e) {
			text.setText(e.getMessage());
			outline.setInput(null);
		}
	}

	/** Shows the report (also for tests that hold a report of their own). */
	public void show(Report shown) {
		report = shown;
		part.setLabel(shown.getTitle() == null ? shown.getId() : shown.getTitle());
		text.setText(shown.getText());
		text.setStyleRanges(SpanStyles.of(shown, store == null ? null : store.corpus().getLabelSet()));
		outline.setInput(shown);
		outline.expandToLevel(2);
	}

	/** The corpus changed on disk (pre-annotation, import): reload the report shown. */
	@Inject
	@Optional
	void corpusChanged(@UIEventTopic(CorpusEvents.CHANGED) Object what) {
		if (report == null || store == null || text.isDisposed()) {
			return;
		}
		try {
			int top = text.getTopIndex();
			show(store.loadReport(report.getId()));
			text.setTopIndex(top);
		} catch (StoreException e) {
			text.setText(e.getMessage());
		}
	}

	private static Section innermostAt(List<Section> sections, int offset) {
		for (Section s : sections) {
			if (s.getBegin() <= offset && offset <= s.getEnd()) {
				Section inner = innermostAt(s.getChildren(), offset);
				return inner != null ? inner : s;
			}
		}
		return null;
	}

	@Focus
	public void focus() {
		text.setFocus();
	}

	/** The shown report, or null. */
	public Report report() {
		return report;
	}

	public StyledText text() {
		return text;
	}

	public TreeViewer outline() {
		return outline;
	}

	private static final class SectionTree implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return input instanceof Report r ? r.getSections().toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			return ((Section) parent).getChildren().toArray();
		}

		@Override
		public Object getParent(Object element) {
			return ((Section) element).eContainer() instanceof Section s ? s : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return !((Section) element).getChildren().isEmpty();
		}
	}
}
