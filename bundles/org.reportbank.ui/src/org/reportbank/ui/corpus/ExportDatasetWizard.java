package org.reportbank.ui.corpus;

import java.util.List;

import org.eclipse.jface.wizard.Wizard;
import org.reportbank.io.dataset.DatasetRequest;
import org.reportbank.io.dataset.LayerSelection;
import org.reportbank.io.dataset.Splits;

/** Asks what to export; the handler runs the export as a job once the wizard is finished. */
public final class ExportDatasetWizard extends Wizard {

	/**
	 * The {@code Widget.getData(String)} key naming each input of the page, so a UI test can find
	 * and fill them as a user would: {@code format:NAME} (a check box per format), {@code layer},
	 * {@code split}, {@code ratio}, {@code seed}, {@code stratify}, {@code folder}.
	 */
	public static final String WIDGET_KEY = "org.reportbank.ui.wizards.widget";

	private final ExportDatasetPage page;
	private DatasetRequest request;

	/** {@code layers}: gold, accepted and the corpus's annotators, in that order. */
	public ExportDatasetWizard(List<String> layers) {
		page = new ExportDatasetPage(layers);
		setWindowTitle("Export Dataset");
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		page.remember();
		Splits.Ratio ratio = page.ratio() == null ? null : Splits.Ratio.parse(page.ratio());
		request = new DatasetRequest(page.selectedFormats(), LayerSelection.parse(page.layer()), ratio,
				ratio == null ? DatasetRequest.DEFAULT_SEED : page.seed(),
				page.stratify() == null ? Splits.Stratify.NONE : Splits.Stratify.parse(page.stratify()), page.folder(),
				"workbench: Corpus > Export Dataset (" + page.describe() + ")");
		return true;
	}

	/** The request the user made, or null if cancelled. */
	public DatasetRequest request() {
		return request;
	}
}
