package org.reportbank.ui.parts;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.reportbank.editing.AnnotationSession;
import org.reportbank.model.Metric;
import org.reportbank.model.Span;

/**
 * Every span of the open report, one row each (a suggestion the annotator decided on shows as
 * the decision): label, text, place, origin, status, metric value and unit, note. Sortable by any
 * column, filtered by a search field, linked with the editor both ways; Enter accepts and Delete
 * rejects every selected row in one undoable edit.
 */
public class SpanTablePart {

	public static final String ID = "org.reportbank.ui.part.spans";

	private TableViewer viewer;
	private Text filter;
	private AnnotationSession session;
	private boolean linking;
	private boolean refreshQueued;
	private Column sortColumn;
	private boolean descending;

	private record Column(String title, int width, Function<Span, Comparable<?>> key) {
	}

	private final AnnotationSession.Listener listener = new AnnotationSession.Listener() {
		@Override
		public void spansChanged(int begin, int end) {
			queueRefresh();
		}

		@Override
		public void currentChanged(Span current) {
			if (!linking && viewer != null && current != null) {
				linking = true;
				viewer.setSelection(new StructuredSelection(current), true);
				linking = false;
			}
		}
	};

	@PostConstruct
	public void create(Composite parent) {
		parent.setLayout(new GridLayout(3, false));
		filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("Filter: label, text, status, origin");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		filter.addModifyListener(e -> viewer.refresh());
		Button accept = new Button(parent, SWT.PUSH);
		accept.setText("Accept selected");
		accept.addListener(SWT.Selection, e -> acceptSelected());
		Button reject = new Button(parent, SWT.PUSH);
		reject.setText("Reject selected");
		reject.addListener(SWT.Selection, e -> rejectSelected());

		viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.VIRTUAL);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(viewer.getTable());
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setUseHashlookup(true);
		for (Column column : List.of( //
				new Column("Label", 80, Span::getLabel), //
				new Column("Text", 220, this::textOf), //
				new Column("At", 60, Span::getBegin), //
				new Column("Origin", 60, s -> s.getOrigin().getLiteral()), //
				new Column("Status", 80, this::statusOf), //
				new Column("Value", 80, s -> s instanceof Metric m && m.getValue() != null ? m.getValue() : null), //
				new Column("Unit", 60, s -> s instanceof Metric m ? m.getUnit() : null), //
				new Column("Note", 160, Span::getNote))) {
			addColumn(column);
		}
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
				if (wanted.isEmpty()) {
					return true;
				}
				Span span = (Span) element;
				return String.valueOf(span.getLabel()).toLowerCase(Locale.ROOT).contains(wanted) || textOf(span).contains(wanted)
						|| statusOf(span).contains(wanted) || span.getOrigin().getLiteral().contains(wanted);
			}
		});
		viewer.addSelectionChangedListener(event -> {
			Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (!linking && session != null && first instanceof Span span
					&& ((IStructuredSelection) event.getSelection()).size() == 1) {
				linking = true;
				session.select(span);
				linking = false;
			}
		});
		viewer.getTable().addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR) {
				acceptSelected();
			} else if (event.keyCode == SWT.DEL) {
				rejectSelected();
			}
		});
		if (session != null) {
			viewer.setInput(session.allSpans());
		}
	}

	private void addColumn(Column column) {
		TableViewerColumn created = new TableViewerColumn(viewer, SWT.NONE);
		created.getColumn().setText(column.title());
		created.getColumn().setWidth(column.width());
		created.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> {
			Object value = column.key().apply((Span) e);
			return value == null ? "" : value.toString();
		}));
		created.getColumn().addListener(SWT.Selection, e -> sortBy(column, created));
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private void sortBy(Column column, TableViewerColumn created) {
		descending = column == sortColumn && !descending;
		sortColumn = column;
		Comparator<Object> order = Comparator.comparing(e -> (Comparable) column.key().apply((Span) e),
				Comparator.nullsLast(Comparator.naturalOrder()));
		Comparator<Object> chosen = descending ? order.reversed() : order;
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				return chosen.compare(a, b);
			}
		});
		viewer.getTable().setSortColumn(created.getColumn());
		viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
	}

	@Inject
	@Optional
	void sessionOpened(AnnotationSession opened) {
		if (session != null) {
			session.removeListener(listener);
		}
		session = opened;
		if (opened != null) {
			opened.addListener(listener);
		}
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.setInput(opened == null ? null : opened.allSpans());
		}
	}

	private void queueRefresh() {
		if (refreshQueued || viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		refreshQueued = true;
		viewer.getControl().getDisplay().asyncExec(() -> {
			refreshQueued = false;
			if (!viewer.getControl().isDisposed() && session != null) {
				viewer.setInput(session.allSpans());
				Span current = session.current();
				if (current != null) {
					linking = true;
					viewer.setSelection(new StructuredSelection(current), true);
					linking = false;
				}
			}
		});
	}

	private List<Span> selectedSpans() {
		return ((IStructuredSelection) viewer.getSelection()).toList().stream().map(Span.class::cast).toList();
	}

	public void acceptSelected() {
		if (session != null) {
			session.acceptAll(selectedSpans());
		}
	}

	public void rejectSelected() {
		if (session != null) {
			session.rejectAll(selectedSpans());
		}
	}

	private String textOf(Span span) {
		String text = session == null ? "" : session.report().getText();
		return span.getEnd() <= text.length() ? text.substring(span.getBegin(), span.getEnd()) : "";
	}

	private String statusOf(Span span) {
		return session == null ? "" : session.decision(span) == AnnotationSession.Decision.UNDECIDED ? "suggested"
				: span.getStatus().getLiteral();
	}

	public TableViewer viewer() {
		return viewer;
	}

	public Text filter() {
		return filter;
	}
}
