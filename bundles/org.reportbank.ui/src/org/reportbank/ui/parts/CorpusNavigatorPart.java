package org.reportbank.ui.parts;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.model.ReportEntry;
import org.reportbank.ui.CorpusEvents;
import org.reportbank.ui.CorpusLifeCycle.CorpusProblem;

import java.util.function.Function;

/**
 * Lists the reports of the open corpus from its index (no report is parsed for this). Selecting
 * a report shows it in the report part; Enter or a double-click also brings that part to front.
 */
public class CorpusNavigatorPart {

	public static final String ID = "org.reportbank.ui.part.navigator";

	@Inject
	private ESelectionService selectionService;

	@Inject
	private EPartService partService;

	private TableViewer viewer;

	@PostConstruct
	public void create(Composite parent, @Optional CorpusStore store, @Optional CorpusProblem problem) {
		if (store == null) {
			parent.setLayout(new FillLayout());
			Label message = new Label(parent, SWT.WRAP);
			message.setText(problem == null ? "No corpus is open." : problem.message());
			return;
		}
		Composite tableArea = new Composite(parent, SWT.NONE);
		parent.setLayout(new FillLayout());
		TableColumnLayout columns = new TableColumnLayout();
		tableArea.setLayout(columns);
		viewer = new TableViewer(tableArea, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		column(columns, "Title", 6, e -> e.getTitle() == null ? "(untitled " + e.getId() + ")" : e.getTitle());
		column(columns, "Region", 2, e -> e.getRegion() == null ? "" : e.getRegion());
		column(columns, "Year", 1, e -> e.getYear() == null ? "" : e.getYear().toString());
		column(columns, "Status", 1, e -> e.getStatus().getLiteral());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(store.entries());
		viewer.addSelectionChangedListener(event -> {
			Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (first != null) {
				selectionService.setSelection(first);
			}
		});
		viewer.addOpenListener(event -> partService.showPart(ReportPart.ID, EPartService.PartState.ACTIVATE));
	}

	private void column(TableColumnLayout layout, String title, int weight, Function<ReportEntry, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 40, true));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ReportEntry) element);
			}
		});
	}

	/** The index changed on disk (import, pre-annotation): show the new statuses and reports. */
	@Inject
	@Optional
	void corpusChanged(@UIEventTopic(CorpusEvents.CHANGED) Object what, CorpusStore store) {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.setInput(store.entries());
		}
	}

	@Focus
	public void focus() {
		if (viewer != null) {
			viewer.getControl().setFocus();
		}
	}

	/** The table, for tests and for the report part's "open next". */
	public TableViewer viewer() {
		return viewer;
	}
}
