package org.reportbank.ui.annotation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.reportbank.editing.AnnotationSession;
import org.reportbank.model.Metric;
import org.reportbank.model.Span;
import org.reportbank.ui.workbench.EditCommands;
import org.reportbank.ui.CorpusEvents;
import org.reportbank.ui.presenters.Labels;

/**
 * Every span of the open report, one row each (a suggestion the annotator decided on shows as
 * the decision): label, text, place, origin, status, metric value and unit, note. Sortable by any
 * column, filtered by a search field, linked with the editor both ways; Enter accepts and Delete
 * rejects every selected row in one undoable edit.
 */
public class SpanTablePart {

	@Inject
	private MPart part;

	public static final String ID = "org.reportbank.ui.part.spans";

	@Inject
	private IEventBroker events;

	private TableViewer viewer;
	private Text filter;
	private AnnotationSession session;
	private boolean linking;
	private boolean refreshQueued;
	private Column sortColumn;
	private Comparator<Span> order;
	private List<Span> rows = List.of();
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
			if (!linking && viewer != null && !viewer.getControl().isDisposed()) {
				linking = true;
				if (current == null) {
					viewer.getTable().deselectAll(); // Esc, another report: no row stays highlighted for a span nobody has
				} else {
					reveal(current);
				}
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
		filter.addModifyListener(e -> {
			// filtering starts a new look at the list: no selection survives it, in the table or anywhere
			viewer.getTable().deselectAll();
			if (session != null) {
				session.select(null);
			}
			refreshRows();
		});
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
		// lazy: only the rows on screen are made, so 10,000 spans refresh as fast as 100
		viewer.setContentProvider((ILazyContentProvider) index -> {
			if (index < rows.size()) {
				viewer.replace(rows.get(index), index);
			}
		});
		for (Column column : List.of( //
				new Column("Label", 80, Span::getLabel), //
				new Column("Text", 220, this::textOf), //
				new Column("At", 60, Span::getBegin), //
				new Column("Origin", 60, Labels::origin), //
				new Column("Status", 80, this::statusOf), //
				new Column("Value", 80, s -> s instanceof Metric m && m.getValue() != null ? m.getValue() : null), //
				new Column("Unit", 60, s -> s instanceof Metric m ? m.getUnit() : null), //
				new Column("Note", 160, Span::getNote))) {
			addColumn(column);
		}
		viewer.getTable().addListener(SWT.Selection, event -> {
			List<Span> selected = selectedSpans();
			if (!linking && session != null && selected.size() == 1) {
				linking = true;
				session.select(selected.get(0));
				linking = false;
			}
		});
		viewer.getTable().addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR) {
				acceptSelected();
			} else if (event.keyCode == SWT.DEL) {
				rejectSelected();
			} else if (event.keyCode == SWT.ESC && session != null) {
				session.select(null);
			}
		});
		refreshRows();
	}

	/** The rows again from the session: filtered, sorted, and only the visible ones redrawn. */
	private void refreshRows() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
		List<Span> all = session == null ? List.of() : session.allSpans();
		List<Span> kept = new ArrayList<>(all.size());
		for (Span span : all) {
			if (wanted.isEmpty() || matches(span, wanted)) {
				kept.add(span);
			}
		}
		if (order != null) {
			kept.sort(order);
		}
		rows = kept;
		viewer.setInput(rows);
		viewer.setItemCount(rows.size());
		viewer.getTable().clearAll();
	}

	private boolean matches(Span span, String wanted) {
		return String.valueOf(span.getLabel()).toLowerCase(Locale.ROOT).contains(wanted) || textOf(span).contains(wanted)
				|| statusOf(span).contains(wanted) || Labels.origin(span).contains(wanted);
	}

	/** Selects and shows the span's row, if it is listed. */
	private void reveal(Span span) {
		int index = rows.indexOf(span);
		if (index >= 0) {
			viewer.getTable().setSelection(index);
			viewer.getTable().showSelection();
		} else {
			viewer.getTable().deselectAll();
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

	private void sortBy(Column column, TableViewerColumn created) {
		descending = column == sortColumn && !descending;
		sortColumn = column;
		Comparator<Span> ascending = (a, b) -> compareValues(column.key().apply(a), column.key().apply(b));
		order = descending ? ascending.reversed() : ascending;
		viewer.getTable().setSortColumn(created.getColumn());
		viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
		refreshRows();
	}

	/** A column's values compared as they are (one column holds one type), empty cells last. */
	@SuppressWarnings("unchecked")
	private static int compareValues(Comparable<?> a, Comparable<?> b) {
		if (a == null || b == null) {
			return a == b ? 0 : a == null ? 1 : -1;
		}
		return ((Comparable<Object>) a).compareTo(b);
	}

	@Inject
	@Optional
	public void sessionOpened(AnnotationSession opened) {
		if (session != null) {
			session.removeListener(listener);
		}
		session = opened;
		EditCommands.share(part, opened == null ? null : opened.commandStack()); // this view edits the editor's report
		if (opened != null) {
			opened.addListener(listener);
		}
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.getTable().deselectAll(); // rows of the report before are not rows of this one
		}
		refreshRows();
	}

	private void queueRefresh() {
		if (refreshQueued || viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		refreshQueued = true;
		viewer.getControl().getDisplay().asyncExec(() -> {
			refreshQueued = false;
			if (!viewer.getControl().isDisposed() && session != null) {
				refreshRows();
				Span current = session.current();
				if (current != null) {
					linking = true;
					reveal(current);
					linking = false;
				}
			}
		});
	}

	/** The spans of the selected rows, by index (rows not yet on screen have no item data). */
	public List<Span> selectedSpans() {
		List<Span> selected = new ArrayList<>();
		for (int index : viewer.getTable().getSelectionIndices()) {
			if (index < rows.size()) {
				selected.add(rows.get(index));
			}
		}
		return selected;
	}

	/** Selects the rows of these spans (as a person's click or shift-click would). */
	public void select(List<Span> spans) {
		viewer.getTable().deselectAll();
		for (Span span : spans) {
			int index = rows.indexOf(span);
			if (index >= 0) {
				viewer.getTable().select(index);
			}
		}
	}

	public void acceptSelected() {
		decideSelected(true);
	}

	public void rejectSelected() {
		decideSelected(false);
	}

	/** Acts on the rows the person selected in this report, and only those; with none selected it says so. */
	private void decideSelected(boolean accept) {
		List<Span> selected = selectedSpans();
		if (session == null || selected.isEmpty()) {
			events.post(CorpusEvents.STATUS, "Select rows of the span table first (click, Shift+click, Ctrl+click)");
			return;
		}
		if (accept) {
			session.acceptAll(selected);
		} else {
			session.rejectAll(selected);
		}
	}

	private String textOf(Span span) {
		return session == null ? "" : Labels.covered(session.report(), span);
	}

	private String statusOf(Span span) {
		return session == null ? "" : Labels.status(session, span);
	}

	public TableViewer viewer() {
		return viewer;
	}

	public Text filter() {
		return filter;
	}
}
