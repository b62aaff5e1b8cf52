package org.reportbank.ui.corpus;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.wizard.Wizard;

/** Asks which files and folders to import; the handler imports them as a job once the wizard is finished. */
public final class ImportReportsWizard extends Wizard {

	private final ImportReportsPage page;
	private List<Path> paths = List.of();

	/** {@code corpus}: the folder of the open corpus, named on the page. */
	public ImportReportsWizard(Path corpus) {
		page = new ImportReportsPage(corpus);
		setWindowTitle("Import Reports");
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		paths = page.paths();
		return true;
	}

	/** The page, for tests that add paths without the native file dialogs. */
	public ImportReportsPage page() {
		return page;
	}

	/** The files and folders to import; empty if the wizard was cancelled. */
	public List<Path> paths() {
		return paths;
	}
}
