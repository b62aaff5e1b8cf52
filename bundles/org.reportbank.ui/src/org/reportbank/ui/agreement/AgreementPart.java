package org.reportbank.ui.agreement;

import org.reportbank.ui.widgets.HeatMap;
import org.reportbank.ui.corpus.ChecksPart;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnLayoutData;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.reportbank.agreement.Agreement;
import org.reportbank.agreement.AgreementCsv;
import org.reportbank.agreement.AgreementMeasure;
import org.reportbank.agreement.AgreementResult;
import org.reportbank.agreement.AgreementTable;
import org.reportbank.agreement.CorpusAgreement;
import org.reportbank.agreement.PairResult;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.ui.CorpusEvents;

/**
 * The agreement of the corpus's annotators (docs/agreement.md): a heat map annotator ×
 * annotator for a chosen measure (exact F1, overlap F1, Cohen's kappa, α_U), and a table per
 * label for all pairs or one; Export CSV… writes both. Computing reads every report, so it runs
 * as a job (progress and Cancel in the status line) when the part is first shown and again when
 * the corpus changes; while the part is hidden a change only marks the figures stale.
 */
public class AgreementPart {

	public static final String ID = "org.reportbank.ui.part.agreement";
	/** From a change of the corpus to the new count: saves come every few seconds while someone annotates. */
	static final int DELAY_MILLIS = 1000;

	@Inject
	@Optional
	private CorpusStore store;

	@Inject
	private UISynchronize ui;

	private Composite parent;
	private Label summary;
	private Combo measure;
	private Combo pairChoice;
	private Button export;
	private Button cancel;
	private HeatMap heatMap;
	private TableViewer labels;
	private AgreementResult result;
	private Job job;
	private boolean stale;
	private int computations;

	@PostConstruct
	public void create(Composite parent) {
		this.parent = parent;
		GridLayout layout = new GridLayout(7, false);
		layout.marginWidth = 2;
		layout.marginHeight = 2;
		parent.setLayout(layout);
		new Label(parent, SWT.NONE).setText("Matrix:");
		measure = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		for (AgreementMeasure m : AgreementMeasure.values()) {
			measure.add(m.title());
		}
		measure.select(0);
		measure.setToolTipText("The figure of each pair of annotators in the matrix");
		measure.addListener(SWT.Selection, e -> showHeatMap());
		new Label(parent, SWT.NONE).setText("Labels of:");
		pairChoice = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		pairChoice.setToolTipText("The pair whose per-label figures the table shows; a click on a cell of the matrix chooses it too");
		pairChoice.addListener(SWT.Selection, e -> {
			showTable();
			showHeatMap();
		});
		export = new Button(parent, SWT.PUSH);
		export.setText("Export CSV…");
		export.setToolTipText("The matrix of every measure and the per-label tables, as CSV (UTF-8)");
		export.addListener(SWT.Selection, e -> exportCsv());
		cancel = new Button(parent, SWT.PUSH);
		cancel.setText("Cancel");
		cancel.setToolTipText("Stop computing");
		cancel.addListener(SWT.Selection, e -> {
			if (job != null) {
				job.cancel();
			}
		});
		summary = new Label(parent, SWT.NONE);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 7, 1));
		heatMap = new HeatMap(sash);
		heatMap.onCellClicked(this::choosePair);
		Composite tableArea = new Composite(sash, SWT.NONE);
		TableColumnLayout columns = new TableColumnLayout();
		tableArea.setLayout(columns);
		labels = new TableViewer(tableArea, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		labels.getTable().setHeaderVisible(true);
		labels.getTable().setLinesVisible(true);
		labels.setContentProvider(ArrayContentProvider.getInstance());
		column(columns, "Label", new ColumnWeightData(2, 70, true), null, "The label; (all): every label together");
		column(columns, "Exact F1", figureWidth(), AgreementTable.Row::exactF1, "F1 of spans with the same begin, end and label");
		column(columns, "Overlap F1", figureWidth(), AgreementTable.Row::overlapF1,
				"F1 of spans of the same label sharing a character, paired one to one");
		column(columns, "Cohen's κ", figureWidth(), AgreementTable.Row::cohenKappa, "Cohen's kappa of the labels of the tokens");
		column(columns, "Fleiss' κ", figureWidth(), AgreementTable.Row::fleissKappa,
				"Fleiss' kappa of all annotators together (three or more)");
		column(columns, "α_U", figureWidth(), AgreementTable.Row::alphaU, "Krippendorff's unitizing alpha over the characters");
		sash.setWeights(1, 1);
		parent.addListener(SWT.Show, e -> {
			if (stale) {
				compute();
			}
		});
		compute();
	}

	private ColumnPixelData figureWidth() {
		return new ColumnPixelData(ChecksPart.textWidth(labels.getTable(), "Overlap F1") + 20, true);
	}

	private void column(TableColumnLayout layout, String title, ColumnLayoutData width, ToDoubleFunction<AgreementTable.Row> figure,
			String tip) {
		TableViewerColumn column = new TableViewerColumn(labels, figure == null ? SWT.LEFT : SWT.RIGHT);
		column.getColumn().setText(title);
		column.getColumn().setToolTipText(tip);
		layout.setColumnData(column.getColumn(), width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				AgreementTable.Row row = (AgreementTable.Row) element;
				return figure == null ? row.label() : text(figure.applyAsDouble(row));
			}
		});
	}

	/** Two decimals, a dash when undefined. */
	static String text(double value) {
		return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f", value);
	}

	/** Computes the agreement again, in a job; a computation under way is cancelled. */
	public void compute() {
		stale = false;
		if (store == null) {
			summary.setText("No corpus is open.");
			return;
		}
		if (job != null) {
			job.cancel();
		}
		summary.setText("Computing the agreement of the annotators…");
		cancel.setEnabled(true);
		Job computing = new Job("Computing annotator agreement") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					AgreementResult computed = CorpusAgreement.compute(store, Agreement.Options.all(), monitor);
					ui.asyncExec(() -> {
						if (job == this) {
							show(computed);
						}
					});
					return Status.OK_STATUS;
				} catch (OperationCanceledException e) {
					ui.asyncExec(() -> {
						if (job == this && !summary.isDisposed()) {
							summary.setText(result == null ? "Cancelled." : "Cancelled; the figures shown may be out of date.");
							cancel.setEnabled(false);
						}
					});
					return Status.CANCEL_STATUS;
				} catch (StoreException | RuntimeException e) {
					ui.asyncExec(() -> {
						if (job == this && !summary.isDisposed()) {
							summary.setText("Cannot compute: " + e.getMessage());
							cancel.setEnabled(false);
						}
					});
					return Status.warning(e.getMessage(), e);
				}
			}
		};
		job = computing;
		computing.schedule();
	}

	private void show(AgreementResult computed) {
		if (summary.isDisposed()) {
			return;
		}
		computations++;
		result = computed;
		cancel.setEnabled(false);
		String chosen = pairChoice.getText();
		pairChoice.removeAll();
		pairChoice.add(AgreementCsv.ALL_PAIRS);
		for (PairResult pair : computed.pairs()) {
			pairChoice.add(pair.a() + " / " + pair.b());
		}
		pairChoice.select(Math.max(0, pairChoice.indexOf(chosen)));
		if (computed.pairs().isEmpty()) {
			summary.setText(computed.annotators().size() < 2
					? (computed.annotators().isEmpty() ? "No annotator has a layer yet."
							: "One annotator only (" + computed.annotators().get(0) + ").")
					: "No report was annotated by two of " + String.join(", ", computed.annotators()) + ".");
		} else {
			summary.setText(computed.annotators().size() + " annotators, " + computed.reports() + " reports annotated by two or more, "
					+ computed.pairs().size() + (computed.pairs().size() == 1 ? " pair" : " pairs"));
		}
		summary.getParent().layout(true);
		showTable();
		showHeatMap();
	}

	private void showTable() {
		if (result == null) {
			return;
		}
		labels.setInput(AgreementTable.perLabel(result, chosenPair()));
	}

	/** The pair chosen for the table, or null for all pairs. */
	private PairResult chosenPair() {
		int index = pairChoice.getSelectionIndex();
		return index <= 0 || result == null || index > result.pairs().size() ? null : result.pairs().get(index - 1);
	}

	/** The corpus changed: compute again (a moment later, as saves come in bursts), or later when the part is hidden. */
	@Inject
	@Optional
	void layerSaved(@UIEventTopic(CorpusEvents.LAYER_SAVED) String reportId) {
		computeSoon();
	}

	@Inject
	@Optional
	void reportsChanged(@UIEventTopic(CorpusEvents.REPORTS_CHANGED) Object summary) {
		computeSoon();
	}

	private void computeSoon() {
		if (summary == null || summary.isDisposed()) {
			return;
		}
		if (!parent.isVisible()) {
			stale = true;
			return;
		}
		stale = true;
		parent.getDisplay().timerExec(DELAY_MILLIS, () -> {
			if (stale && !parent.isDisposed() && parent.isVisible()) {
				compute();
			}
		});
	}

	// --- the heat map

	private AgreementMeasure chosenMeasure() {
		return AgreementMeasure.values()[Math.max(0, measure.getSelectionIndex())];
	}

	/** The chosen measure for every pair, the pair chosen for the table framed. */
	private void showHeatMap() {
		if (result == null || result.annotators().size() < 2) {
			heatMap.showNothing(result == null ? "" : "Agreement needs two annotators with a layer of the same report.");
			return;
		}
		AgreementMeasure chosen = chosenMeasure();
		List<String> names = result.annotators();
		heatMap.show(chosen.title() + " of each pair of annotators", names, AgreementTable.matrix(result, chosen), chosen.minimum() < 0);
		PairResult pair = chosenPair();
		heatMap.choose(pair == null ? -1 : names.indexOf(pair.a()), pair == null ? -1 : names.indexOf(pair.b()));
	}

	/** A click on a cell shows that pair's per-label figures in the table. */
	private void choosePair(int row, int column) {
		List<String> names = result.annotators();
		PairResult pair = AgreementTable.pair(result, names.get(row), names.get(column));
		if (pair != null) {
			pairChoice.select(result.pairs().indexOf(pair) + 1);
			showTable();
			showHeatMap();
		}
	}

	// --- export

	private void exportCsv() {
		if (result == null) {
			return;
		}
		FileDialog dialog = new FileDialog(parent.getShell(), SWT.SAVE);
		dialog.setText("Export Agreement as CSV");
		dialog.setFilterExtensions(new String[] { "*.csv", "*" });
		dialog.setFileName("agreement.csv");
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file != null) {
			try {
				exportCsv(Path.of(file));
			} catch (IOException e) {
				MessageDialog.openError(parent.getShell(), "Not exported", file + ": " + e.getMessage());
			}
		}
	}

	/** Writes the figures shown as CSV ({@link AgreementCsv}); false when nothing is computed yet. */
	public boolean exportCsv(Path file) throws IOException {
		if (result == null) {
			return false;
		}
		AgreementCsv.write(result, file);
		return true;
	}

	@PreDestroy
	void dispose() {
		if (job != null) {
			job.cancel();
		}
	}

	@Focus
	public void focus() {
		heatMap.control().setFocus();
	}

	// --- for tests

	/** The figures shown; null until computed. */
	public AgreementResult result() {
		return result;
	}

	/** How many computations have been shown. */
	public int computations() {
		return computations;
	}

	/** The matrix as shown, for the chosen measure. */
	public double[][] matrix() {
		return result == null ? null : AgreementTable.matrix(result, chosenMeasure());
	}

	public Combo measureChoice() {
		return measure;
	}

	public Combo pairChoice() {
		return pairChoice;
	}

	public TableViewer labelTable() {
		return labels;
	}

	public Canvas heatMap() {
		return heatMap.control();
	}

	public Label summary() {
		return summary;
	}

	/** The rows of the per-label table. */
	public List<AgreementTable.Row> rows() {
		Object input = labels.getInput();
		List<AgreementTable.Row> rows = new ArrayList<>();
		if (input instanceof List<?> list) {
			list.forEach(r -> rows.add((AgreementTable.Row) r));
		}
		return rows;
	}
}
